// Adds the languages to the user menu (top right) of Tasklist, Cockpit, Admin and the welcome page:
// 中文, English, Deutsch, each named in its own language; the current one is marked active.
// Loaded through "customScripts" in each app's scripts/config.js.
import { LANGUAGES, chooseLanguage, currentLanguage } from './language.js';

function addLanguages(menu) {
  if (menu.querySelector('li.language')) {
    return;
  }
  const logout = menu.querySelector('li.logout');
  const current = currentLanguage();
  Object.entries(LANGUAGES).forEach(([code, name]) => {
    const item = document.createElement('li');
    item.className = 'language language-' + code + (code === current ? ' active' : '');
    const link = document.createElement('a');
    link.href = '';
    link.lang = code;
    link.textContent = name;
    link.addEventListener('click', (event) => {
      event.preventDefault();
      chooseLanguage(code);
    });
    item.appendChild(link);
    menu.insertBefore(item, logout);
  });
  const divider = document.createElement('li');
  divider.className = 'divider';
  menu.insertBefore(divider, logout);
}

function addToUserMenus() {
  document.querySelectorAll('li.account > ul.dropdown-menu').forEach(addLanguages);
}

document.documentElement.lang = currentLanguage() === 'zh' ? 'zh-CN' : currentLanguage();
new MutationObserver(addToUserMenus).observe(document.body, { childList: true, subtree: true });
addToUserMenus();

export default [];

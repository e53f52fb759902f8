// Lets the user choose the language of Tasklist, Cockpit, Admin and the welcome page: 中文, English, Deutsch, each
// named in its own language, in the user menu (top right) and under the login form; the current one is marked.
// Loaded through "customScripts" in each app's scripts/config.js.
import { LANGUAGES, chooseLanguage, currentLanguage } from './language.js';

function languageLink(code, name) {
  const link = document.createElement('a');
  link.href = '';
  link.lang = code;
  link.textContent = name;
  link.addEventListener('click', (event) => {
    event.preventDefault();
    chooseLanguage(code);
  });
  return link;
}

function addToUserMenu(menu) {
  if (menu.querySelector('li.language')) {
    return;
  }
  const logout = menu.querySelector('li.logout');
  const current = currentLanguage();
  Object.entries(LANGUAGES).forEach(([code, name]) => {
    const item = document.createElement('li');
    item.className = 'language language-' + code + (code === current ? ' active' : '');
    item.appendChild(languageLink(code, name));
    menu.insertBefore(item, logout);
  });
  const divider = document.createElement('li');
  divider.className = 'divider';
  menu.insertBefore(divider, logout);
}

function addUnderLoginForm(form) {
  if (form.parentNode.querySelector('.language-choice')) {
    return;
  }
  const choice = document.createElement('p');
  choice.className = 'language-choice text-center';
  const current = currentLanguage();
  Object.entries(LANGUAGES).forEach(([code, name], index) => {
    if (index > 0) {
      choice.appendChild(document.createTextNode(' · '));
    }
    const option = code === current ? document.createElement('strong') : languageLink(code, name);
    option.textContent = name;
    option.classList.add('language-' + code);
    choice.appendChild(option);
  });
  form.after(choice);
}

function addLanguageChoices() {
  document.querySelectorAll('li.account > ul.dropdown-menu').forEach(addToUserMenu);
  document.querySelectorAll('form[name="signinForm"]').forEach(addUnderLoginForm);
}

document.documentElement.lang = currentLanguage() === 'zh' ? 'zh-CN' : currentLanguage();
new MutationObserver(addLanguageChoices).observe(document.body, { childList: true, subtree: true });
addLanguageChoices();

export default [];

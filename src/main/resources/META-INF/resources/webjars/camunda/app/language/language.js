// The language of Tasklist, Cockpit, Admin and the welcome page: the one the user chose in the user menu
// (kept in this browser), otherwise the browser's own language when the webapps speak it, otherwise English.
// Each app's scripts/config.js asks locales() for its "locales" setting; the texts are app/<app>/locales/<code>.json.

export const LANGUAGES = { zh: '中文', en: 'English', de: 'Deutsch' };

/** The association's name, as the webapps' header and login page show it. */
export const ASSOCIATION = {
  zh: '中国高科技产业化研究会',
  en: 'China High-tech Industrialization Association',
  de: 'China High-tech Industrialization Association'
};

const CHOICE = 'governance.language';

function known(code) {
  return Object.prototype.hasOwnProperty.call(LANGUAGES, code);
}

export function chosenLanguage() {
  try {
    const chosen = window.localStorage.getItem(CHOICE);
    return known(chosen) ? chosen : null;
  } catch (storageDisabled) {
    return null;
  }
}

function browserLanguage() {
  const first = (navigator.languages && navigator.languages[0]) || navigator.language || '';
  const code = first.split('-')[0].toLowerCase();
  return known(code) ? code : null;
}

/** The language the webapps show now. */
export function currentLanguage() {
  return chosenLanguage() || browserLanguage() || 'en';
}

// The server answers in the language shown here (a refusal of a form, a task completed meanwhile): it reads this
// cookie before the browser's Accept-Language, so that a user who chose English on a Chinese browser reads English.
document.cookie = CHOICE + '=' + currentLanguage() + '; path=/; SameSite=Lax';

/**
 * The webapps' "locales" setting. Camunda picks the browser's first language when it is available (zh-CN and
 * zh-TW give zh), else the fallback; a choice of the user is made the only language, so that it wins.
 */
export function locales() {
  const chosen = chosenLanguage();
  return chosen
    ? { availableLocales: [chosen], fallbackLocale: chosen }
    : { availableLocales: ['en', 'de', 'zh'], fallbackLocale: 'en' };
}

/** Remembers the user's language in this browser and shows the page again in it. */
export function chooseLanguage(code) {
  if (known(code)) {
    window.localStorage.setItem(CHOICE, code);
    window.location.reload();
  }
}

/** A text of our own configuration in the current language: { en: '…', zh: '…' }, English when missing. */
export function text(texts) {
  return texts[currentLanguage()] || texts.en;
}

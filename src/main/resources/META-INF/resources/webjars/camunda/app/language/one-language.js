// A form's description in the reader's language. Camunda Forms cannot translate a text, so a form's description
// (a text field of the form) is written as a Chinese paragraph followed by the same paragraph in English. Here a
// Chinese reader sees the Chinese paragraphs and an English reader the English ones: a paragraph (or list item) in
// the other language only is hidden where the same text field holds one in the reader's language. Labels, which
// carry both languages on one line ("议程 Agenda"), and what people typed are left as they are.
// Loaded through "customScripts" in Tasklist's scripts/config.js.
import { currentLanguage } from './language.js';

const CHINESE = /[\u3400-\u9fff]/;
const ENGLISH = /[A-Za-z]{2,}/;

function reads(element) {
  const text = element.textContent;
  if (CHINESE.test(text)) {
    return ENGLISH.test(text) ? 'both' : 'zh';
  }
  return ENGLISH.test(text) ? 'en' : 'none';
}

function showInOneLanguage(textField) {
  const own = currentLanguage() === 'zh' ? 'zh' : 'en';
  const other = own === 'zh' ? 'en' : 'zh';
  const parts = Array.from(textField.querySelectorAll('p, li, h1, h2, h3, h4, h5, h6'));
  const languages = parts.map(reads);
  if (!languages.includes(own) && !languages.includes('both')) {
    return; // nothing in the reader's language: better the other language than nothing
  }
  parts.forEach((part, index) => {
    part.hidden = languages[index] === other;
  });
}

new MutationObserver(() => {
  document.querySelectorAll('.fjs-form-field-text').forEach(showInOneLanguage);
}).observe(document.documentElement, { childList: true, subtree: true });

// Times in the task list ("创建时间 几秒前", "3 天前"). Camunda gives moment the words of dates of the language when
// its texts arrive (locales/zh.json, "dateLocales"); a list shown before they arrived kept "a few seconds ago" in
// English. Once Angular runs, angular-moment is set to the reader's language (moment's own zh-cn words) and writes the
// times shown again.
const MOMENT_LOCALE = { zh: 'zh-cn', en: 'en', de: 'de' };

function timesInTheReadersLanguage(triesLeft) {
  const root = window.angular && window.angular.element(document.body).injector
    && window.angular.element(document.body).injector();
  if (root && root.has('amMoment')) {
    root.get('amMoment').changeLocale(MOMENT_LOCALE[currentLanguage()] || 'en');
  } else if (triesLeft > 0) {
    setTimeout(() => timesInTheReadersLanguage(triesLeft - 1), 200);
  }
}

timesInTheReadersLanguage(150);

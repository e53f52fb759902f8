// Tasklist's date fields. form-js's date field (flatpickr inside) reads a typed date in the order of the browser's
// language and fills in what it cannot read: in an American browser "2026-12-03" was read as month 20, day 6 of the
// current year, i.e. 6 August 2027, without a word. Here every date field of a form reads and shows the date as
// year-month-day, 2026-12-03, whatever the browser (2026年12月3日 and 2026/12/3 are read too); a text that is not
// such a date, or a day that does not exist (2026-13-03, 2026-02-30), is never reinterpreted: the field is emptied
// and says why, in the user's language. The calendar speaks the user's language (Chinese: 十二月 2026, 一 二 三 …,
// weeks from Monday). Loaded through "customScripts" in Tasklist's scripts/config.js; it configures flatpickr's
// defaults, which form-js leaves alone, so Tasklist itself is not changed.
import { currentLanguage } from './language.js';

const CHINESE = {
  weekdays: {
    shorthand: ['日', '一', '二', '三', '四', '五', '六'],
    longhand: ['星期日', '星期一', '星期二', '星期三', '星期四', '星期五', '星期六']
  },
  months: {
    shorthand: ['1月', '2月', '3月', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月'],
    longhand: ['一月', '二月', '三月', '四月', '五月', '六月', '七月', '八月', '九月', '十月', '十一月', '十二月']
  },
  firstDayOfWeek: 1,
  rangeSeparator: ' 至 ',
  weekAbbreviation: '周',
  scrollTitle: '滚动切换',
  toggleTitle: '点击切换',
  yearAriaLabel: '年',
  monthAriaLabel: '月',
  hourAriaLabel: '时',
  minuteAriaLabel: '分',
  time_24hr: true
};

const PLACEHOLDER = { zh: '年-月-日，如 2026-12-03', en: 'yyyy-mm-dd, e.g. 2026-12-03', de: 'jjjj-mm-tt, z. B. 2026-12-03' };

const WRITTEN = [
  /^(\d{4})-(\d{1,2})-(\d{1,2})$/,
  /^(\d{4})年(\d{1,2})月(\d{1,2})日?$/,
  /^(\d{4})[./](\d{1,2})[./](\d{1,2})$/
];

/** The day {@code text} names, year first; undefined when it names none (never a guess). */
export function readDate(text) {
  const compact = String(text).normalize('NFKC').replace(/\s+/g, '');
  for (const written of WRITTEN) {
    const parts = written.exec(compact);
    if (parts) {
      const [year, month, day] = [Number(parts[1]), Number(parts[2]), Number(parts[3])];
      const date = new Date(year, month - 1, day);
      return date.getFullYear() === year && date.getMonth() === month - 1 && date.getDate() === day ? date : undefined;
    }
  }
  return undefined;
}

function refusal(text) {
  return currentLanguage() === 'zh' ? '无法识别的日期“' + text + '”：请按 年-月-日 填写，例如 2026-12-03。'
    : '“' + text + '” is not a date: enter it as year-month-day, e.g. 2026-12-03.';
}

/** Shows under the field why what was typed is not taken, or removes the message. */
function mark(input, text, date) {
  const field = input.closest('.fjs-form-field') || input.parentElement;
  let message = field.querySelector('.governance-date-error');
  const wrong = text.trim() !== '' && date === undefined;
  input.setAttribute('aria-invalid', wrong ? 'true' : 'false');
  if (!wrong) {
    if (message) message.remove();
    return;
  }
  if (!message) {
    message = document.createElement('div');
    message.className = 'fjs-form-field-error governance-date-error';
    message.setAttribute('role', 'alert');
    field.appendChild(message);
  }
  message.textContent = refusal(text.trim());
}

function yearMonthDay(instance) {
  instance.config.dateFormat = 'Y-m-d';
  instance.config.parseDate = (text) => {
    const date = readDate(text);
    if (instance.input && typeof text === 'string') mark(instance.input, text, date);
    return date;
  };
  if (instance.input) instance.input.placeholder = PLACEHOLDER[currentLanguage()] || PLACEHOLDER.en;
}

function install(flatpickr) {
  const defaults = { onParseConfig: [function (selectedDates, text, instance) { yearMonthDay(instance || this); }] };
  if (currentLanguage() === 'zh') defaults.locale = CHINESE;
  flatpickr.setDefaults(defaults);
}

// flatpickr puts itself on window when its module first runs, which may be after this script
if (window.flatpickr) {
  install(window.flatpickr);
} else {
  Object.defineProperty(window, 'flatpickr', {
    configurable: true,
    enumerable: true,
    get() { return undefined; },
    set(flatpickr) {
      Object.defineProperty(window, 'flatpickr', { value: flatpickr, writable: true, configurable: true, enumerable: true });
      install(flatpickr);
    }
  });
}

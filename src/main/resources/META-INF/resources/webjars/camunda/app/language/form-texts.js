// The texts form-js writes into Tasklist's forms by itself, in the user's language: its validation messages ("Field is
// required."), the select's "Select", "Search", "No results", the table's and the dynamic list's buttons, and the
// words read aloud to a screen reader. form-js 1.8 (Camunda 7.24.0's Tasklist) has them in English only and no way to
// give it others; the form's own labels are the forms' (Chinese, then English). For a Chinese user every such text is
// replaced as form-js writes it into the page; an English user keeps form-js's English. Loaded through
// "customScripts" in Tasklist's scripts/config.js; Tasklist itself is not changed. FormJsTextsTest holds this table
// against the form-js in the webjar: each English text must still be there, and each text of its kind there must be
// here (or named in the test as one a user never meets).
import { currentLanguage } from './language.js';

/**
 * form-js's English texts as its bundle writes them, a ${…} standing for what it fills in (a field's limit, a
 * count), each with its Chinese; the Chinese uses the same ${…}.
 */
export const FORM_JS_TEXTS = {
  // the validation of a field, under the field once the form is submitted or the field left
  'Field is required.': '此项为必填项。',
  'Field must have minimum length of ${t.minLength}.': '长度不能少于 ${t.minLength} 个字。',
  'Field must have maximum length of ${t.maxLength}.': '长度不能超过 ${t.maxLength} 个字。',
  'Field must have minimum value of ${t.min}.': '不能小于 ${t.min}。',
  'Field must have maximum value of ${t.max}.': '不能大于 ${t.max}。',
  'Field must match pattern ${t.pattern}.': '格式不符合要求（${t.pattern}）。',
  'Field must be a valid  international phone number. (e.g. +4930664040900)': '请填写有效的国际电话号码，例如 +4930664040900。',
  'Field must be a valid email.': '请填写有效的电子邮箱。',
  'Value is not a number.': '请填写数字。',
  // written "Value is expected to " + what + "."
  'Value is expected to be an integer.': '请填写整数。',
  'Value is expected to have at most ${n} decimal digit${n>1?"s":""}.': '最多保留 ${n} 位小数。',
  'Please select a valid value, the two nearest valid values are ${t} and ${i}.': '请填写有效的值，最接近的两个有效值为 ${t} 和 ${i}。',
  'Date and time must both be entered.': '日期和时间须同时填写。',
  // choices
  'Select': '请选择',
  'Search': '搜索',
  'No results': '没有匹配的选项',
  'All values selected': '已全部选择',
  'Skip to search': '跳到搜索框',
  'Remove tag': '移除',
  // numbers, times
  'Increment': '增加',
  'Decrement': '减少',
  'hh:mm': '时:分',
  'hh:mm ?m': '时:分 am/pm',
  // tables, lists, images, embedded pages
  'Nothing to show.': '没有可显示的内容。',
  ' of ': ' / ',
  'Previous page': '上一页',
  'Next page': '下一页',
  'Click to sort by ${n} descending': '点击按“${n}”降序排列',
  'Click to sort by ${n} ascending': '点击按“${n}”升序排列',
  'Click to remove sorting': '点击取消排序',
  'Add new': '添加',
  'Collapse': '收起',
  'Expand all (${m.length})': '全部展开（${m.length}）',
  'Remove list item ${t+1}': '删除第 ${t+1} 项',
  'This is an image placeholder': '图片占位',
  'No content to show.': '没有可显示的内容。',
  "External content couldn't be loaded.": '无法加载外部内容。'
};

const PLACEHOLDER = /\$\{[^}]*\}/g;
const ATTRIBUTES = ['placeholder', 'aria-label', 'title', 'alt'];

function escaped(text) {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const TEXTS = Object.entries(FORM_JS_TEXTS).map(([english, chinese]) => {
  const names = english.match(PLACEHOLDER) || [];
  const pattern = new RegExp('^' + english.split(PLACEHOLDER).map(escaped).join('(.*?)') + '$', 's');
  return { pattern, names, chinese };
});

/** The Chinese of one of form-js's texts as the page shows it (its values filled in); null for any other text. */
export function chinese(text) {
  for (const { pattern, names, chinese: words } of TEXTS) {
    const found = pattern.exec(text);
    if (found) {
      return words.replace(PLACEHOLDER, (name) => found[names.indexOf(name) + 1]);
    }
  }
  return null;
}

function translateText(node) {
  const words = chinese(node.data);
  if (words !== null) {
    node.data = words;
  }
}

function translateAttributes(element) {
  ATTRIBUTES.forEach((attribute) => {
    const value = element.getAttribute(attribute);
    const words = value === null ? null : chinese(value);
    if (words !== null) {
      element.setAttribute(attribute, words);
    }
  });
}

function translateAll(root) {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
  for (let node = root; node; node = walker.nextNode()) {
    if (node.nodeType === Node.TEXT_NODE) {
      translateText(node);
    } else {
      translateAttributes(node);
    }
  }
}

function inForm(node) {
  const element = node.nodeType === Node.ELEMENT_NODE ? node : node.parentElement;
  return element !== null && element.closest('.fjs-container') !== null;
}

function look(changes) {
  changes.forEach((change) => {
    if (change.type === 'characterData') {
      if (inForm(change.target)) translateText(change.target);
    } else if (change.type === 'attributes') {
      if (inForm(change.target)) translateAttributes(change.target);
    } else {
      change.addedNodes.forEach((node) => {
        if (node.nodeType === Node.TEXT_NODE) {
          if (inForm(node)) translateText(node);
        } else if (node.nodeType === Node.ELEMENT_NODE) {
          // a whole form, or a part of one
          (inForm(node) ? [node] : node.querySelectorAll('.fjs-container')).forEach(translateAll);
        }
      });
    }
  });
}

if (currentLanguage() === 'zh') {
  new MutationObserver(look).observe(document.body, {
    childList: true, subtree: true, characterData: true, attributes: true, attributeFilter: ATTRIBUTES
  });
  document.querySelectorAll('.fjs-container').forEach(translateAll);
}

export default [];

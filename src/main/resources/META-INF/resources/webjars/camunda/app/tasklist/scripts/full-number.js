// The full identity number in a review form. The engine's variables hold an applicant's identity document number and
// telephone masked (110105********1239, 138****5678; docs/security.md, "Personal information"); a form that shows the
// identity number (review-application: its field Field_IdentityNumber, beside Field_CaseNumber) gets a button
// "显示完整号码 Show full number" that asks GET /api/cases/{case}/personal-data with Tasklist's session. The answer is
// shown under the field, never put into the form (so the full number is not submitted back into the variables); the
// API answers the Secretariat, and the Liaison Department only while the case's review task is before it, and records
// every read; anyone else reads its refusal in their language. Loaded through "customScripts" in scripts/config.js.
import { currentLanguage } from '../../language/language.js';

const LABEL = '显示完整号码 Show full number';
const SAID = {
  identity: { zh: '身份证件号码：', en: 'Identity number: ' },
  phone: { zh: '电话：', en: 'Telephone: ' },
  failed: { zh: '无法读取完整号码。', en: 'The full number could not be read.' }
};

function say(words) {
  return currentLanguage() === 'zh' ? words.zh : words.en;
}

function show(field, caseNumber, button) {
  let answer = field.querySelector('.governance-full-number');
  if (!answer) {
    answer = document.createElement('div');
    answer.className = 'governance-full-number';
    answer.setAttribute('role', 'status');
    field.appendChild(answer);
  }
  button.disabled = true;
  fetch('/api/cases/' + encodeURIComponent(caseNumber) + '/personal-data', {
    credentials: 'same-origin',
    headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' }
  })
    .then((response) => response.json().catch(() => ({})).then((body) => ({ ok: response.ok, body })))
    .then(({ ok, body }) => {
      answer.replaceChildren();
      if (!ok) {
        answer.classList.add('governance-refused');
        answer.textContent = body.detail || say(SAID.failed);
        button.disabled = false;
        return;
      }
      answer.classList.remove('governance-refused');
      [[SAID.identity, body.identityNumber], [SAID.phone, body.phone]].forEach(([what, value]) => {
        if (value) {
          const line = document.createElement('div');
          const number = document.createElement('strong');
          number.textContent = value;
          line.append(say(what), number);
          answer.appendChild(line);
        }
      });
    })
    .catch(() => {
      answer.textContent = say(SAID.failed);
      button.disabled = false;
    });
}

function addButtons(root) {
  root.querySelectorAll('.fjs-container input[id$="Field_IdentityNumber"]').forEach((input) => {
    const field = input.closest('.fjs-form-field') || input.parentElement;
    const form = input.closest('.fjs-container');
    const caseInput = form.querySelector('input[id$="Field_CaseNumber"]');
    if (!caseInput || !caseInput.value || field.querySelector('.governance-show-full-number')) {
      return;
    }
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'btn btn-default btn-xs governance-show-full-number';
    button.textContent = LABEL;
    button.addEventListener('click', (event) => {
      event.preventDefault();
      show(field, caseInput.value, button);
    });
    field.appendChild(button);
  });
}

new MutationObserver(() => addButtons(document)).observe(document.body, { childList: true, subtree: true });
addButtons(document);

export default [];

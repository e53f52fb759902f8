// In Tasklist's header, whether one is told of new tasks by e-mail, and the switch to turn it off or on again
// ("任务邮件：开 Task mail: on"; docs/operations.md, "Due dates and task mail"). It reads and changes GET/PUT
// /api/me/task-mail with Tasklist's session; a change carries the session's CSRF token, as Tasklist's own do.
// Loaded through "customScripts" in scripts/config.js, a plugin of Tasklist's header ("tasklist.navbar.action").
import { text } from '../../language/language.js';

const STATE = { true: { en: 'Task mail: on', zh: '任务邮件：开' }, false: { en: 'Task mail: off', zh: '任务邮件：关' } };
const SWITCH = {
  true: { en: 'You are told of new tasks, reminders and overdue tasks by e-mail. Click to turn it off.',
    zh: '新任务、提醒和逾期任务会通过电子邮件通知您。点击关闭。' },
  false: { en: 'You receive no mail about tasks. Click to turn it on.', zh: '您不接收任务邮件。点击开启。' }
};

function csrfToken() {
  const cookie = document.cookie.split('; ').find((part) => part.startsWith('XSRF-TOKEN='));
  return cookie ? decodeURIComponent(cookie.substring('XSRF-TOKEN='.length)) : '';
}

function ask(method, choice) {
  const headers = { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' };
  if (method !== 'GET') {
    headers['Content-Type'] = 'application/json';
    headers['X-XSRF-TOKEN'] = csrfToken();
  }
  return fetch('/api/me/task-mail', { method, credentials: 'same-origin', headers,
    body: choice === undefined ? undefined : JSON.stringify(choice) })
    .then((answer) => (answer.ok ? answer.json() : Promise.reject(answer.status)));
}

function show(node, mail) {
  const link = document.createElement('a');
  link.href = '';
  link.id = 'association-task-mail';
  link.className = 'task-mail ' + (mail.enabled ? 'on' : 'off');
  link.title = text(SWITCH[mail.enabled]);
  const icon = document.createElement('span');
  icon.className = 'glyphicon glyphicon-envelope';
  link.append(icon, ' ' + text(STATE[mail.enabled]));
  link.addEventListener('click', (event) => {
    event.preventDefault();
    ask('PUT', { enabled: !mail.enabled }).then((changed) => show(node, changed)).catch(() => show(node, mail));
  });
  node.replaceChildren(link);
}

export default [{
  id: 'association-task-mail',
  pluginPoint: 'tasklist.navbar.action',
  priority: 40,
  render: (node) => ask('GET').then((mail) => show(node, mail)).catch(() => node.replaceChildren())
}];

// Links in Tasklist's header to the association's record pages, each shown only to those the page's data answers
// (GET /api/me, with Tasklist's session): "会议 Meetings" (the next meetings' agendas, the minutes of past ones) for
// the Secretariat, the Council and managers, "会员名册 Member register" for the Secretariat and managers
// (docs/procedures.md, "Meetings and the register as pages"). Loaded through "customScripts" in scripts/config.js;
// each is a plugin of Tasklist's header ("tasklist.navbar.action").
import { text } from '../../language/language.js';

const PAGES = [
  { id: 'association-meetings', href: '/records/meetings.html', may: 'readsMeetings', icon: 'glyphicon-calendar',
    name: { en: 'Meetings', zh: '会议' }, priority: 60 },
  { id: 'association-member-register', href: '/records/members.html', may: 'readsMemberRegister',
    icon: 'glyphicon-list-alt', name: { en: 'Member register', zh: '会员名册' }, priority: 50 }
];

function render(page, node) {
  fetch('/api/me', { credentials: 'same-origin',
    headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' } })
    .then((answer) => (answer.ok ? answer.json() : {}))
    .then((me) => {
      if (me[page.may]) {
        const link = document.createElement('a');
        link.href = page.href;
        link.className = 'record-page';
        link.id = page.id;
        const icon = document.createElement('span');
        icon.className = 'glyphicon ' + page.icon;
        link.append(icon, ' ' + text(page.name));
        node.replaceChildren(link);
      }
    })
    .catch(() => node.replaceChildren());
}

export default PAGES.map((page) => ({
  id: page.id,
  pluginPoint: 'tasklist.navbar.action',
  priority: page.priority,
  render: (node) => render(page, node)
}));

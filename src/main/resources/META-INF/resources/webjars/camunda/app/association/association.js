// The association's own look in Tasklist, Cockpit, Admin and the welcome page (the styles are each app's
// styles/user-styles.css): its name above the login form, as the header shows it beside the app's name
// (scripts/config.js, "vendor"); and a mark on the page of whether the signed-in user administers the system
// (class "may-administer" on <body>), so that the styles hide what others cannot use: Tasklist's "Create task" and
// the pencil that edits a filter, which the engine refuses to everyone but administrators (docs/security.md).
// Loaded through "customScripts" in each app's scripts/config.js.
import { ASSOCIATION, text } from '../language/language.js';

function addToLogin(header) {
  if (header.querySelector('.association-name')) {
    return;
  }
  const name = document.createElement('div');
  name.className = 'association-name';
  name.textContent = text(ASSOCIATION);
  header.prepend(name);
}

// "/camunda" when the webapps are at /camunda/app/…
function applicationPath() {
  const at = window.location.pathname.indexOf('/app/');
  return at < 0 ? '' : window.location.pathname.substring(0, at);
}

let askedFor = null;

function markAdministrator() {
  const account = document.querySelector('li.account > a.dropdown-toggle');
  const who = account ? account.textContent.trim() : '';
  if (who === askedFor) {
    return;
  }
  askedFor = who;
  if (!who) {
    document.body.classList.remove('may-administer');
    return;
  }
  fetch(applicationPath() + '/api/admin/auth/user/default', { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((answer) => (answer.ok ? answer.json() : {}))
    .then((user) => {
      document.body.classList.toggle('may-administer', (user.authorizedApps || []).indexOf('admin') >= 0);
    })
    .catch(() => document.body.classList.remove('may-administer'));
}

function lookAfterThePage() {
  document.querySelectorAll('.login-header').forEach(addToLogin);
  markAdministrator();
}

new MutationObserver(lookAfterThePage).observe(document.body, { childList: true, subtree: true });
lookAfterThePage();

export default [];

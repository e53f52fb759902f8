// The number of tasks beside every filter's name in Tasklist's list of filters, not only beside the one chosen
// (Tasklist asks the engine for the chosen filter's count only): the Secretariat sees at a glance how many cases
// wait for each body's decision (docs/procedures.md, "Tasklist"). Asked again when the list changes and every
// 30 seconds. Loaded through "customScripts" in scripts/config.js.

// "/camunda" when the webapps are at /camunda/app/…
function applicationPath() {
  const at = window.location.pathname.indexOf('/app/');
  return at < 0 ? '' : window.location.pathname.substring(0, at);
}

let counts = {};
let asking = false;
let lastAsked = 0;

function ownName(link) {
  let name = '';
  link.childNodes.forEach((node) => {
    if (node.nodeType === Node.TEXT_NODE) {
      name += node.textContent;
    }
  });
  return name.trim();
}

function show() {
  document.querySelectorAll('.task-filters .task-filter h4.name a').forEach((link) => {
    const count = counts[ownName(link)];
    let shown = link.querySelector('.filter-total');
    if (count === undefined) {
      if (shown) {
        shown.remove();
      }
      return;
    }
    if (!shown) {
      shown = document.createElement('span');
      shown.className = 'filter-total';
      link.appendChild(shown);
    }
    if (shown.textContent !== String(count)) {
      shown.textContent = String(count);
    }
  });
}

function ask() {
  if (asking || !document.querySelector('.task-filters .task-filter')) {
    return;
  }
  asking = true;
  lastAsked = Date.now();
  fetch(applicationPath() + '/api/engine/engine/default/filter?resourceType=Task&itemCount=true',
    { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((answer) => (answer.ok ? answer.json() : []))
    .then((filters) => {
      counts = {};
      filters.forEach((filter) => { counts[filter.name] = filter.itemCount; });
      show();
    })
    .catch(() => { counts = {}; show(); })
    .finally(() => { asking = false; });
}

new MutationObserver(() => {
  show();
  if (Date.now() - lastAsked > 2000) {
    ask();
  }
}).observe(document.body, { childList: true, subtree: true });
setInterval(ask, 30000);
ask();

export default [];

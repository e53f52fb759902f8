// The member register as a page: find a member by name or number, narrow by status, kind and branch. Data: GET
// /api/members (the whole register, narrowed here in the browser) and the branches' names, GET
// /api/applications/branches; the CSV export is GET /api/members.csv.
import { codes, date, el, frame, language, read, t, table, word } from './records.js';

/** At most this many rows are drawn at once; the count says how many match. */
const LIMIT = 500;

/** A branch's configured name ("北京分支机构 Beijing Branch") in the page's language. */
function branchName(branches, id) {
  if (!id) {
    return '—';
  }
  const name = branches.get(id) || id;
  const latin = name.search(/ [A-Za-z]/);
  if (latin < 0 || !/[\u3400-\u9fff]/.test(name.substring(0, latin))) {
    return name;
  }
  return language() === 'zh' ? name.substring(0, latin) : name.substring(latin + 1);
}

function matches(member, filters) {
  const wanted = filters.text.trim().toLowerCase();
  const found = !wanted || [member.name, member.membershipNumber, member.caseNumber]
    .some((value) => (value || '').toLowerCase().includes(wanted));
  return found && (!filters.status || member.status === filters.status)
    && (!filters.kind || member.kind === filters.kind)
    && (!filters.branch || (filters.branch === '-' ? !member.branch : member.branch === filters.branch));
}

frame('members', async (main) => {
  const [members, branchList] = await Promise.all([read('/api/members'), read('/api/applications/branches')]);
  const branches = new Map(branchList.map((b) => [b.id, b.name]));
  members.filter((m) => m.branch && !branches.has(m.branch)).forEach((m) => branches.set(m.branch, m.branch));

  const text = el('input', { type: 'search', id: 'search', autocomplete: 'off' });
  const status = el('select', { id: 'filter-status' }, el('option', { value: '' }, t('allStatuses')),
    codes('memberStatus').map((code) => el('option', { value: code }, word('memberStatus', code))));
  const kind = el('select', { id: 'filter-kind' }, el('option', { value: '' }, t('allKinds')),
    codes('kind').map((code) => el('option', { value: code }, word('kind', code))));
  const branch = el('select', { id: 'filter-branch' }, el('option', { value: '' }, t('allBranches')),
    el('option', { value: '-' }, t('noBranch')),
    [...branches.keys()].map((id) => el('option', { value: id }, branchName(branches, id))));
  const count = el('p', { id: 'count', class: 'hint', role: 'status' });
  const list = el('div', { id: 'register' });

  const show = () => {
    const filters = { text: text.value, status: status.value, kind: kind.value, branch: branch.value };
    const found = members.filter((m) => matches(m, filters));
    count.textContent = t('shown')(found.length, members.length) + (found.length > LIMIT ? ' ' + t('cut')(LIMIT) : '');
    list.replaceChildren(found.length === 0 ? el('p', { class: 'hint' }, t('noMembers'))
      : table('members', [t('membershipNumber'), t('memberName'), t('kind'), t('organisation'), t('branch'), t('status'),
        t('admittedOn'), t('resolution')],
      found.slice(0, LIMIT).map((m) => [m.membershipNumber, m.name, word('kind', m.kind), m.organisation || '',
        branchName(branches, m.branch), word('memberStatus', m.status), date(m.admittedOn), m.resolutionNumber])));
  };
  text.placeholder = t('search');
  text.addEventListener('input', show);
  [status, kind, branch].forEach((select) => select.addEventListener('change', show));
  main.append(el('div', { class: 'filters' }, el('label', { class: 'wide' }, t('search'), text),
    el('label', null, t('status'), status), el('label', null, t('kind'), kind), el('label', null, t('branch'), branch),
    el('a', { href: '/api/members.csv', id: 'export', class: 'button' }, t('exportCsv'))), count, list);
  show();
});

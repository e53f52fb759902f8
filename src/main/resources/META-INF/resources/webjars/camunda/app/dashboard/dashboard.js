// The governance dashboard: a tab of its own in Cockpit (治理看板 / Governance) for managers, the Secretariat and
// administrators, in the webapps' language (app/language/language.js). Its figures come from GET /api/dashboard, read
// with the webapps' session (docs/api.md, "The governance dashboard"); every figure links to the cases behind it: Cockpit's
// list of a process's cases waiting at a step, a case itself, the member register, a meeting's minutes, a document.
// The charts are Chart.js, served by this application from its webjar (pom.xml: chartjs.version; nothing is fetched from
// elsewhere). Loaded through "customScripts" in cockpit/scripts/config.js.
import { currentLanguage } from '../language/language.js';

/** Chart.js of the webjar in pom.xml; DashboardScriptTest checks that the file is on the class path. */
export const CHART_JS = '/webjars/chart.js/4.5.1/dist/chart.umd.min.js';
const FIGURES = '/api/dashboard';
const ROUTE = '/governance';

const TEXTS = {
  zh: {
    tab: '治理看板',
    title: '治理看板',
    asOf: '数据截至 {0}',
    loading: '正在加载……',
    failed: '无法加载看板数据（{0}）。',
    days: '{0} 天',
    none: '无',
    openInCockpit: '在驾驶舱中查看',
    headActive: '在册会员',
    headApplications: '办理中的入会申请',
    headOverdue: '逾期任务',
    headIncidents: '未解决的故障',
    headTerm: '距本届任期届满',
    headReport: '距下一份年度工作报告报送期限',
    members: '会员',
    membersCaption: '近 12 个月各月末的会员人数；点击表中数字查看相应会员名单。',
    byStatus: '按状态',
    byKind: '按会员类别',
    byBranch: '按分支机构',
    kindColumn: '会员类别',
    branchColumn: '分支机构',
    ACTIVE: '在册',
    WITHDRAWN: '退会',
    EXPELLED: '除名',
    INDIVIDUAL: '个人会员',
    UNIT: '单位会员',
    FOREIGN: '外籍会员',
    HONORARY: '荣誉会员',
    noBranch: '未经分支机构',
    total: '合计',
    applications: '入会申请：各阶段的件数与等待时间',
    applicationsCaption: '等待天数自申请受理之日起算；中位数为居中一件的天数（件数为偶数时取居中两件中较少者）。',
    stage: '阶段',
    count: '件数',
    median: '等待天数中位数',
    oldest: '最久（天）',
    oldestCase: '最久的申请',
    RECEIVED: '待分支机构推荐',
    UNDER_REVIEW: '联络部审核中',
    MORE_INFORMATION_NEEDED: '待申请人补充材料',
    ON_THE_AGENDA: '待理事会或常务理事会决定',
    FILED_WITH_CAST: '报中国科协备案中',
    ADOPTED: '已通过，正在登记',
    overdue: '逾期任务',
    overdueSummary: '设有截止日期的待办任务 {0} 项，其中已过截止日期的 {1} 项。',
    noDueDates: '目前没有待办任务设有截止日期。',
    process: '流程',
    task: '任务',
    earliestDue: '最早截止',
    due: '截止日期',
    caseColumn: '案件',
    mostOverdue: '逾期最久的任务',
    meetings: '会议与章程规定的频次',
    meetingsCaption: '理事会每年至少召开一次会议，常务理事会每半年至少召开一次（自上次会议或本届任期开始起算）。',
    body: '机构',
    lastHeld: '最近一次会议',
    dueBy: '下次会议最迟于',
    daysLeft: '剩余天数',
    state: '状态',
    heldInYear: '近 12 个月召开',
    required: '章程要求 12 个月内至少',
    GENERAL_ASSEMBLY: '会员代表大会',
    COUNCIL: '理事会',
    STANDING_COUNCIL: '常务理事会',
    ON_TIME: '按期',
    DUE_SOON: '即将到期',
    OVERDUE: '已逾期',
    NOT_APPLICABLE: '随届期',
    minutesPdf: '会议纪要（PDF）',
    decisions: '各月决议',
    decisionsCaption: '点击某月的柱形，查看作出这些决议的会议及其会议纪要。',
    month: '月份',
    adopted: '通过',
    rejected: '未通过',
    meetingsOfMonth: '{0}作出决议的会议',
    meeting: '会议',
    term: '届期',
    termSpan: '本届任期：{0} 至 {1}',
    termChanged: '（选举时定于 {0} 届满，已获批准变更）',
    termDaysLeft: '距届满还有 {0} 天',
    renewalOpensOn: '换届最早可于 {0} 启动。',
    renewalOpen: '换届选举正在进行：',
    openChanges: '待批准的届期变更：',
    termRecord: '届期记录',
    reports: '年度工作报告报送期限',
    BUSINESS_SUPERVISOR: '报业务主管单位（中国科协）',
    REGISTRATION_AUTHORITY: '报登记管理机关（民政部）',
    reportDue: '{0} 年度工作报告，须于 {1} 前报送',
    pdf: '下载 PDF',
    xlsx: '下载 Excel（XLSX）',
    annualReports: '年度工作报告（本年度截至今日）：',
    reportOfYear: '{0} 年度',
    notAvailable: '文件暂不可用（HTTP {0}）。',
    incidents: '故障',
    openIncidents: '未解决的故障：{0} 个。',
    activity: '环节',
    type: '类型',
    since: '发生时间',
    latestIncidents: '最新的故障'
  },
  en: {
    tab: 'Governance',
    title: 'Governance dashboard',
    asOf: 'Figures as of {0}',
    loading: 'Loading…',
    failed: 'The dashboard\'s figures could not be loaded ({0}).',
    days: '{0} days',
    none: 'none',
    openInCockpit: 'Open in Cockpit',
    headActive: 'Members',
    headApplications: 'Applications in progress',
    headOverdue: 'Tasks past their due date',
    headIncidents: 'Open incidents',
    headTerm: 'Until the term ends',
    headReport: 'Until the next annual work report is due',
    members: 'Members',
    membersCaption: 'Members at the end of each of the last 12 months; a number in the tables lists those members.',
    byStatus: 'By status',
    byKind: 'By kind',
    byBranch: 'By branch',
    kindColumn: 'Kind of member',
    branchColumn: 'Branch',
    ACTIVE: 'Active',
    WITHDRAWN: 'Withdrawn',
    EXPELLED: 'Expelled',
    INDIVIDUAL: 'Individual members',
    UNIT: 'Unit members',
    FOREIGN: 'Foreign members',
    HONORARY: 'Honorary members',
    noBranch: 'No branch',
    total: 'Total',
    applications: 'Applications: how many wait at each stage, and for how long',
    applicationsCaption: 'Days since the application was received; the median is the middle one (of an even number, the '
      + 'younger of the two in the middle).',
    stage: 'Stage',
    count: 'Cases',
    median: 'Median days waiting',
    oldest: 'Oldest (days)',
    oldestCase: 'Oldest application',
    RECEIVED: 'Waiting for the branch\'s recommendation',
    UNDER_REVIEW: 'Under review by the Liaison Department',
    MORE_INFORMATION_NEEDED: 'Waiting for the applicant\'s information',
    ON_THE_AGENDA: 'Waiting for the Council or Standing Council',
    FILED_WITH_CAST: 'Filed with CAST',
    ADOPTED: 'Adopted, being registered',
    overdue: 'Tasks past their due date',
    overdueSummary: '{0} open tasks have a due date; {1} of them are past it.',
    noDueDates: 'No open task has a due date.',
    process: 'Process',
    task: 'Task',
    earliestDue: 'Earliest due',
    due: 'Due',
    caseColumn: 'Case',
    mostOverdue: 'Longest overdue',
    meetings: 'Meetings against the charter\'s cadence',
    meetingsCaption: 'The Council meets at least once a year, the Standing Council at least every six months (counted '
      + 'from the last meeting, or the start of the term).',
    body: 'Body',
    lastHeld: 'Last meeting',
    dueBy: 'Next meeting due by',
    daysLeft: 'Days left',
    state: 'State',
    heldInYear: 'Held in the last 12 months',
    required: 'Required by the charter in 12 months',
    GENERAL_ASSEMBLY: 'General Assembly',
    COUNCIL: 'Council',
    STANDING_COUNCIL: 'Standing Council',
    ON_TIME: 'On time',
    DUE_SOON: 'Due soon',
    OVERDUE: 'Overdue',
    NOT_APPLICABLE: 'By the term',
    minutesPdf: 'Minutes (PDF)',
    decisions: 'Resolutions per month',
    decisionsCaption: 'Click a month\'s bar for the meetings that took its resolutions, and their minutes.',
    month: 'Month',
    adopted: 'Adopted',
    rejected: 'Not adopted',
    meetingsOfMonth: 'Meetings with resolutions in {0}',
    meeting: 'Meeting',
    term: 'The term',
    termSpan: 'Current term: {0} to {1}',
    termChanged: ' (elected to end on {0}; a change was approved)',
    termDaysLeft: '{0} days until the term ends',
    renewalOpensOn: 'The renewal of the term may be opened from {0}.',
    renewalOpen: 'The renewal of the term is under way: ',
    openChanges: 'Requests to change the term awaiting approval: ',
    termRecord: 'Record of the term',
    reports: 'Annual work report: when it is due',
    BUSINESS_SUPERVISOR: 'To the business supervisor (CAST)',
    REGISTRATION_AUTHORITY: 'To the registration authority (Ministry of Civil Affairs)',
    reportDue: 'Annual work report on {0}, due by {1}',
    pdf: 'Download PDF',
    xlsx: 'Download Excel (XLSX)',
    annualReports: 'Annual work reports (this year\'s as of today): ',
    reportOfYear: '{0}',
    notAvailable: 'The document is not available (HTTP {0}).',
    incidents: 'Incidents',
    openIncidents: 'Open incidents: {0}.',
    activity: 'Step',
    type: 'Type',
    since: 'Since',
    latestIncidents: 'Latest incidents'
  }
};

const COLOURS = ['#1f6f9f', '#d9822b', '#6b8e23', '#8e44ad', '#c0392b', '#16a085', '#7f8c8d', '#b8860b'];

function language() {
  return currentLanguage() === 'zh' ? 'zh' : 'en';
}

/** A text of the dashboard in the current language, with {0}, {1}… filled in. */
function t(key, ...values) {
  const text = TEXTS[language()][key];
  return values.reduce((filled, value, index) => filled.replace('{' + index + '}', value), text);
}

/** A text of the dashboard with nodes (figures, links) in the places of {0}, {1}…, as an array for element(). */
function sentence(key, ...nodes) {
  return TEXTS[language()][key].split(/(\{\d\})/).map((part) => {
    const place = /^\{(\d)\}$/.exec(part);
    return place ? nodes[Number(place[1])] : part;
  });
}

function number(value) {
  return Number(value).toLocaleString(language() === 'zh' ? 'zh-CN' : 'en-GB');
}

/** 2026年11月24日 in Chinese, 24 November 2026 in English (docs/languages.md). */
function date(iso) {
  if (!iso) {
    return t('none');
  }
  const [year, month, day] = iso.substring(0, 10).split('-').map(Number);
  if (language() === 'zh') {
    return year + '年' + month + '月' + day + '日';
  }
  return new Date(Date.UTC(year, month - 1, day)).toLocaleDateString('en-GB',
    { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });
}

function dateTime(iso) {
  return iso ? date(iso) + ' ' + iso.substring(11, 16) : t('none');
}

/** 2026年3月 in Chinese, March 2026 in English. */
function month(yearMonth) {
  const [year, monthOfYear] = yearMonth.split('-').map(Number);
  if (language() === 'zh') {
    return year + '年' + monthOfYear + '月';
  }
  return new Date(Date.UTC(year, monthOfYear - 1, 1)).toLocaleDateString('en-GB',
    { month: 'long', year: 'numeric', timeZone: 'UTC' });
}

// ---- building the page

function element(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  Object.entries(attributes).forEach(([name, value]) => {
    if (value !== undefined && value !== null) {
      node.setAttribute(name, value);
    }
  });
  children.flat().forEach((child) => {
    if (child !== undefined && child !== null) {
      node.appendChild(typeof child === 'object' ? child : document.createTextNode(String(child)));
    }
  });
  return node;
}

function link(href, text, attributes = {}) {
  return element('a', { href, ...attributes }, text);
}

function figure(name, text, href) {
  return href ? link(href, text, { 'data-figure': name }) : element('span', { 'data-figure': name }, text);
}

/** A table; the columns listed in {@code numbers} (0 the first) hold figures, aligned right. */
function table(headers, rows, numbers = [], attributes = {}) {
  const cell = (tag, content, column) => element(tag, numbers.includes(column) ? { class: 'governance-number' } : {},
    content);
  return element('table', { class: 'table table-condensed governance-table', ...attributes },
    element('thead', {}, element('tr', {}, headers.map((header, column) => cell('th', header, column)))),
    element('tbody', {}, rows.map((cells) => element('tr', {}, cells.map((content, column) => cell('td', content,
      column))))));
}

function section(id, title, caption, ...content) {
  return element('section', { class: 'governance-section', id: 'governance-' + id },
    element('h3', {}, title), caption ? element('p', { class: 'governance-caption' }, caption) : null, content);
}

function canvas(name) {
  return element('div', { class: 'governance-chart' }, element('canvas', { 'data-chart': name }));
}

/** Cockpit's page of a running case. */
function caseLink(caseLinkFigure) {
  if (!caseLinkFigure) {
    return t('none');
  }
  const text = caseLinkFigure.caseNumber || caseLinkFigure.processInstanceId;
  return caseLinkFigure.processInstanceId
    ? link('#/process-instance/' + caseLinkFigure.processInstanceId + '/runtime', text, { class: 'governance-case' })
    : text;
}

/** Cockpit's list of a process definition's cases waiting at these activities. */
function waitingAt(processDefinitionId, activities) {
  const query = activities.map((activity) => ({ type: 'activityIdIn', operator: 'eq', value: activity }));
  return '#/process-definition/' + processDefinitionId + '/runtime?searchQuery='
    + encodeURIComponent(JSON.stringify(query));
}

function members(query) {
  const parameters = Object.entries(query).map(([name, value]) => name + '=' + encodeURIComponent(value));
  return '/api/members?' + parameters.join('&');
}

function minutes(number) {
  return '/api/meetings/' + encodeURIComponent(number) + '/minutes';
}

/**
 * A link to a document of the application's API that asks for it with the right Accept header when clicked (with the
 * session; a plain link would ask for whatever the browser asks for) and saves it; says so when it is not there.
 */
function download(href, text, accept, fileName) {
  const anchor = link(href, text, { class: 'governance-download', 'data-accept': accept });
  anchor.addEventListener('click', (event) => {
    event.preventDefault();
    const shown = anchor.parentNode.querySelector('.governance-unavailable');
    if (shown) {
      shown.remove();
    }
    fetch(href, { credentials: 'same-origin', headers: { Accept: accept } })
      .then((answer) => {
        if (!answer.ok) {
          throw new Error(String(answer.status));
        }
        return answer.blob();
      })
      .then((blob) => {
        const saved = element('a', { href: URL.createObjectURL(blob), download: fileName });
        document.body.appendChild(saved);
        saved.click();
        saved.remove();
        setTimeout(() => URL.revokeObjectURL(saved.href), 10000);
      })
      .catch((failure) => anchor.after(element('span', { class: 'governance-unavailable text-danger' },
        ' ' + t('notAvailable', failure.message))));
  });
  return anchor;
}

// ---- the sections

function headline(figures) {
  const open = figures.applications.reduce((sum, stage) => sum + stage.count, 0);
  const nextReport = figures.reports.reduce((first, report) => (report.daysLeft < first.daysLeft ? report : first));
  const card = (label, name, value, href, state) => element('div', { class: 'governance-card' + (state ? ' ' + state : '') },
    element('div', { class: 'governance-card-value' }, figure(name, value, href)),
    element('div', { class: 'governance-card-label' }, label));
  return element('div', { class: 'governance-cards' },
    card(t('headActive'), 'headline-active', number(figures.members.total.active), '#governance-members'),
    card(t('headApplications'), 'headline-applications', number(open), '#governance-applications'),
    card(t('headOverdue'), 'headline-overdue', number(figures.overdueTasks.overdue), '#governance-overdue',
      figures.overdueTasks.overdue > 0 ? 'governance-warning' : null),
    card(t('headIncidents'), 'headline-incidents', number(figures.incidents.open), '#governance-incidents',
      figures.incidents.open > 0 ? 'governance-warning' : null),
    card(t('headTerm'), 'headline-term', t('days', number(figures.term.daysLeft)), '#governance-term'),
    card(t('headReport'), 'headline-report', t('days', number(nextReport.daysLeft)), '#governance-reports'));
}

function membersSection(figures, charts) {
  const data = figures.members;
  const countCells = (prefix, group, query) => [
    figure(prefix + '-active', number(group.count.active), members({ ...query, status: 'ACTIVE' })),
    figure(prefix + '-withdrawn', number(group.count.withdrawn), members({ ...query, status: 'WITHDRAWN' })),
    figure(prefix + '-expelled', number(group.count.expelled), members({ ...query, status: 'EXPELLED' }))];
  const branchName = (group) => (group.key === '' ? t('noBranch') : group.name || group.key);
  const branchKey = (key) => (key === '' ? 'none' : key);
  const statuses = [t('ACTIVE'), t('WITHDRAWN'), t('EXPELLED')];
  const views = element('div', { class: 'btn-group governance-views' });
  const view = (name, label) => {
    const button = element('button', { type: 'button', class: 'btn btn-default', 'data-view': name }, label);
    button.addEventListener('click', () => charts.showMembers(name));
    views.appendChild(button);
  };
  view('status', t('byStatus'));
  view('kind', t('byKind'));
  view('branch', t('byBranch'));
  charts.membersData = {
    labels: data.months.map((m) => month(m.month)),
    status: [['active', t('ACTIVE')], ['withdrawn', t('WITHDRAWN')], ['expelled', t('EXPELLED')]]
      .map(([key, label]) => ({ label, data: data.months.map((m) => m.count[key]) })),
    kind: data.byKind.map((group) => ({ label: t(group.key) || group.key,
      data: data.months.map((m) => m.activeByKind[group.key]) })),
    branch: data.byBranch.map((group) => ({ label: branchName(group),
      data: data.months.map((m) => m.activeByBranch[group.key]) }))
  };
  return section('members', t('members'), t('membersCaption'), views, canvas('members'),
    element('div', { class: 'governance-columns' },
      table([t('kindColumn')].concat(statuses),
        data.byKind.map((group) => [t(group.key) || group.key].concat(countCells('kind-' + group.key, group,
          { kind: group.key })))
          .concat([[t('total')].concat(countCells('members', { count: data.total }, {}))]), [1, 2, 3]),
      table([t('branchColumn')].concat(statuses),
        data.byBranch.map((group) => [branchName(group)].concat(countCells('branch-' + branchKey(group.key), group,
          { branch: group.key }))), [1, 2, 3])));
}

function applicationsSection(figures) {
  return section('applications', t('applications'), t('applicationsCaption'), canvas('applications'),
    table([t('stage'), t('count'), t('median'), t('oldest'), t('oldestCase')], figures.applications.map((stage) => [
      t(stage.stage),
      figure('stage-' + stage.stage + '-count', number(stage.count),
        stage.count > 0 && stage.processDefinitionId ? waitingAt(stage.processDefinitionId, stage.activities) : null),
      figure('stage-' + stage.stage + '-median', stage.medianAgeDays === null ? '–' : number(stage.medianAgeDays)),
      figure('stage-' + stage.stage + '-oldest', stage.oldestAgeDays === null ? '–' : number(stage.oldestAgeDays)),
      caseLink(stage.oldest)]), [1, 2, 3]));
}

function overdueSection(figures) {
  const overdue = figures.overdueTasks;
  return section('overdue', t('overdue'), null,
    overdue.withDueDate === 0 ? element('p', {}, t('noDueDates')) : null,
    element('p', {}, sentence('overdueSummary', figure('overdue-with-due-date', number(overdue.withDueDate)),
      figure('overdue-count', number(overdue.overdue)))),
    overdue.groups.length === 0 ? null : table([t('process'), t('task'), t('count'), t('earliestDue')],
      overdue.groups.map((group) => [group.processName || group.processKey, group.taskName,
        figure('overdue-' + group.processKey + '-' + group.taskKey, number(group.count),
          waitingAt(group.processDefinitionId, [group.taskKey])),
        dateTime(group.earliestDue)]), [2]),
    overdue.mostOverdue.length === 0 ? null : element('h4', {}, t('mostOverdue')),
    overdue.mostOverdue.length === 0 ? null : table([t('task'), t('process'), t('due'), t('caseColumn')],
      overdue.mostOverdue.map((task) => [task.taskName, task.processName, dateTime(task.due), caseLink(task.caseLink)])));
}

function meetingsSection(figures) {
  return section('meetings', t('meetings'), t('meetingsCaption'), canvas('meetings'),
    table([t('body'), t('lastHeld'), t('dueBy'), t('daysLeft'), t('state'), t('heldInYear'), t('required')],
      figures.bodies.map((body) => [
        t(body.body),
        body.lastHeld ? element('span', {}, date(body.lastHeld.date) + ' ',
          download(minutes(body.lastHeld.number), body.lastHeld.number, 'application/pdf', body.lastHeld.number + '.pdf'))
          : t('none'),
        figure('body-' + body.body + '-due-by', body.dueBy ? date(body.dueBy) : '–'),
        figure('body-' + body.body + '-days-left', body.daysLeft === null ? '–' : number(body.daysLeft)),
        element('span', { class: 'governance-state governance-state-' + body.state }, t(body.state)),
        figure('body-' + body.body + '-held', number(body.heldInLast12Months)),
        body.requiredIn12Months === null ? '–' : number(body.requiredIn12Months)]), [3, 5, 6]));
}

function decisionsSection(figures, charts) {
  const list = element('div', { class: 'governance-month-meetings' });
  charts.showMonth = (index) => {
    const decided = figures.decisions[index];
    list.replaceChildren(element('h4', {}, t('meetingsOfMonth', month(decided.month))),
      table([t('meeting'), t('body'), t('adopted'), t('rejected'), t('minutesPdf')], decided.meetings.map((meeting) => [
        meeting.number, t(meeting.body), number(meeting.adopted), number(meeting.rejected),
        download(minutes(meeting.number), t('minutesPdf'), 'application/pdf', meeting.number + '.pdf')]), [2, 3]));
  };
  return section('decisions', t('decisions'), t('decisionsCaption'), canvas('decisions'),
    table([t('month'), t('adopted'), t('rejected')], figures.decisions.map((decided, index) => {
      const show = link('#governance-decisions', month(decided.month));
      show.addEventListener('click', (event) => {
        event.preventDefault();
        charts.showMonth(index);
      });
      return [show, figure('decisions-' + decided.month + '-adopted', number(decided.adopted)),
        figure('decisions-' + decided.month + '-rejected', number(decided.rejected))];
    }), [1, 2], { class: 'table table-condensed governance-table governance-months' }), list);
}

function termSection(figures) {
  const term = figures.term;
  return section('term', t('term'), null,
    element('p', {}, t('termSpan', date(term.termStart), date(term.currentTermEnd)),
      term.electedTermEnd !== term.currentTermEnd ? t('termChanged', date(term.electedTermEnd)) : null),
    element('p', { class: 'governance-countdown' }, sentence('termDaysLeft', figure('term-days-left', number(term.daysLeft)))),
    element('p', {}, term.renewal ? [t('renewalOpen'), caseLink(term.renewal)]
      : t('renewalOpensOn', date(term.renewalOpensOn))),
    term.openChanges.length === 0 ? null : element('p', {}, t('openChanges'),
      term.openChanges.map((change) => change.caseNumber).join(', ')),
    element('p', {}, link('/api/terms', t('termRecord'))));
}

function reportsSection(figures) {
  return section('reports', t('reports'), null, element('div', { class: 'governance-cards' },
    figures.reports.map((report) => {
      const href = '/api/reports/annual/' + report.reportYear;
      return element('div', { class: 'governance-card governance-report' },
        element('div', { class: 'governance-card-label' }, t(report.recipient)),
        element('div', { class: 'governance-card-value' },
          figure('report-' + report.recipient + '-days-left', t('days', number(report.daysLeft)))),
        element('div', {}, t('reportDue', report.reportYear, date(report.dueOn))),
        element('div', { class: 'governance-downloads' },
          download(href, t('pdf'), 'application/pdf', 'annual-report-' + report.reportYear + '.pdf'), ' · ',
          download(href, t('xlsx'), 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
            'annual-report-' + report.reportYear + '.xlsx')));
    })), annualReports(Number(figures.asOf.substring(0, 4))));
}

/** The annual work report of this year (so far) and of the last, each as PDF and as XLSX. */
function annualReports(year) {
  return element('p', { class: 'governance-downloads governance-annual-reports' }, t('annualReports'),
    [year, year - 1].flatMap((reportYear, index) => {
      const href = '/api/reports/annual/' + reportYear;
      return [index === 0 ? null : ' · ', element('strong', {}, t('reportOfYear', reportYear)), ' ',
        download(href, 'PDF', 'application/pdf', 'annual-report-' + reportYear + '.pdf'), ' ',
        download(href, 'XLSX', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
          'annual-report-' + reportYear + '.xlsx')];
    }));
}

function incidentsSection(figures) {
  const incidents = figures.incidents;
  return section('incidents', t('incidents'), null,
    element('p', {}, sentence('openIncidents', figure('incidents-open', number(incidents.open)))),
    incidents.groups.length === 0 ? null : table([t('process'), t('activity'), t('type'), t('count')],
      incidents.groups.map((group) => [group.processName || group.processKey, group.activityId, group.type,
        figure('incidents-' + group.processKey + '-' + group.activityId, number(group.count),
          '#/process-definition/' + group.processDefinitionId + '/runtime?detailsTab=pd-incidents-tab')]), [3]),
    incidents.latest.length === 0 ? null : element('h4', {}, t('latestIncidents')),
    incidents.latest.length === 0 ? null : table([t('process'), t('activity'), t('since'), t('caseColumn')],
      incidents.latest.map((incident) => [incident.processName, incident.activityId, dateTime(incident.since),
        caseLink(incident.caseLink)])));
}

// ---- the charts

let chartLoading = null;

/**
 * Chart.js, loaded once from this application. Its UMD file registers with an AMD loader when it finds one (Cockpit
 * carries RequireJS) instead of setting window.Chart: the loader is put aside while the file runs.
 */
function loadChart() {
  if (window.Chart) {
    return Promise.resolve(window.Chart);
  }
  if (!chartLoading) {
    chartLoading = new Promise((resolve, reject) => {
      const amd = window.define;
      window.define = undefined;
      const script = element('script', { src: CHART_JS });
      script.onload = () => {
        window.define = amd;
        resolve(window.Chart);
      };
      script.onerror = () => {
        window.define = amd;
        chartLoading = null;
        reject(new Error(CHART_JS));
      };
      document.head.appendChild(script);
    });
  }
  return chartLoading;
}

function colour(index) {
  return COLOURS[index % COLOURS.length];
}

function drawCharts(node, figures, Chart, charts) {
  Chart.defaults.font.family = '"Helvetica Neue", Helvetica, Arial, "Noto Sans CJK SC", "PingFang SC", '
    + '"Microsoft YaHei", sans-serif';
  const canvasOf = (name) => node.querySelector('canvas[data-chart="' + name + '"]');
  const add = (name, config) => charts.instances.push(new Chart(canvasOf(name), {
    ...config, options: { responsive: true, maintainAspectRatio: false, animation: false, ...config.options }
  }));
  const integers = { beginAtZero: true, ticks: { precision: 0 } };

  add('members', { type: 'line', data: { labels: charts.membersData.labels, datasets: [] },
    options: { scales: { y: integers } } });
  const membersChart = charts.instances[charts.instances.length - 1];
  charts.showMembers = (view) => {
    membersChart.data.datasets = charts.membersData[view].map((dataset, index) => ({
      ...dataset, borderColor: colour(index), backgroundColor: colour(index), tension: 0.2 }));
    membersChart.update();
    node.querySelectorAll('.governance-views button').forEach((button) =>
      button.classList.toggle('active', button.getAttribute('data-view') === view));
  };
  charts.showMembers('status');

  const stages = figures.applications;
  add('applications', { type: 'bar',
    data: { labels: stages.map((stage) => t(stage.stage)),
      datasets: [{ label: t('count'), data: stages.map((stage) => stage.count), backgroundColor: colour(0) }] },
    options: { indexAxis: 'y', scales: { x: integers }, plugins: { legend: { display: false } },
      onClick: (event, bars) => {
        const stage = bars.length ? stages[bars[0].index] : null;
        if (stage && stage.count > 0 && stage.processDefinitionId) {
          window.location.hash = waitingAt(stage.processDefinitionId, stage.activities);
        }
      } } });

  const bodies = figures.bodies.filter((body) => body.requiredIn12Months !== null);
  add('meetings', { type: 'bar',
    data: { labels: bodies.map((body) => t(body.body)), datasets: [
      { label: t('heldInYear'), data: bodies.map((body) => body.heldInLast12Months), backgroundColor: colour(0) },
      { label: t('required'), data: bodies.map((body) => body.requiredIn12Months), backgroundColor: '#bbbbbb' }] },
    options: { scales: { y: integers } } });

  add('decisions', { type: 'bar',
    data: { labels: figures.decisions.map((decided) => month(decided.month)), datasets: [
      { label: t('adopted'), data: figures.decisions.map((decided) => decided.adopted), backgroundColor: '#3c8d40' },
      { label: t('rejected'), data: figures.decisions.map((decided) => decided.rejected), backgroundColor: '#c0392b' }] },
    options: { scales: { x: { stacked: true }, y: { ...integers, stacked: true } },
      onClick: (event, bars) => {
        if (bars.length) {
          charts.showMonth(bars[0].index);
        }
      } } });
}

// ---- the page

function fetchFigures() {
  return fetch(FIGURES, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
    .then((answer) => {
      if (!answer.ok) {
        throw new Error('HTTP ' + answer.status);
      }
      return answer.json();
    });
}

let shown = null;

function draw(node, figures, Chart) {
  const charts = { instances: [], showMembers: () => {}, showMonth: () => {} };
  node.replaceChildren(
    element('div', { class: 'governance-header' }, element('h2', {}, t('title')),
      element('p', { class: 'governance-as-of' }, t('asOf', dateTime(figures.asOf)))),
    headline(figures),
    membersSection(figures, charts),
    element('div', { class: 'governance-grid' }, applicationsSection(figures), meetingsSection(figures),
      decisionsSection(figures, charts), overdueSection(figures), termSection(figures), reportsSection(figures),
      incidentsSection(figures)));
  if (Chart) {
    drawCharts(node, figures, Chart, charts);
  }
  node.setAttribute('data-loaded', 'true');
  return charts;
}

function destroy() {
  if (shown) {
    shown.instances.forEach((chart) => chart.destroy());
    shown = null;
  }
}

function render(node) {
  destroy();
  node.classList.add('governance-dashboard');
  node.replaceChildren(element('h2', {}, t('title')), element('p', { class: 'governance-loading' }, t('loading')));
  Promise.all([fetchFigures(), loadChart().catch(() => null)])
    .then(([figures, Chart]) => {
      shown = draw(node, figures, Chart);
    })
    .catch((failure) => node.replaceChildren(element('h2', {}, t('title')),
      element('p', { class: 'governance-failed text-danger' }, t('failed', failure.message))));
}

export default [
  {
    id: 'governance-dashboard-tab',
    pluginPoint: 'cockpit.navigation',
    priority: 200,
    properties: {
      path: ROUTE,
      label: t('tab'),
      pagePath: '#' + ROUTE,
      checkActive: (url) => url.indexOf('#' + ROUTE) > -1
    }
  },
  {
    id: 'governance-dashboard',
    pluginPoint: 'cockpit.route',
    properties: { path: ROUTE },
    render,
    unmount: destroy
  }
];

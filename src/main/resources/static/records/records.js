// What the pages of the association's records (meetings.html, members.html) share: the language, the words for the
// API's codes, dates, building elements, reading the API as the person signed in to Tasklist, and the page's frame.
// Chinese or English: the language chosen in the webapps' user menu (local storage "governance.language",
// docs/languages.md), otherwise the browser's; German, which the webapps also speak, shows English here.
// Every value from the API goes into the page as text (textContent), never as HTML: names are what people typed.

const CHOICE = 'governance.language';

/** "zh" or "en". */
export function language() {
  let chosen = null;
  try {
    chosen = window.localStorage.getItem(CHOICE);
  } catch (storageDisabled) {
    chosen = null;
  }
  if (chosen === 'zh') {
    return 'zh';
  }
  if (chosen === 'en' || chosen === 'de') {
    return 'en';
  }
  const first = (navigator.languages && navigator.languages[0]) || navigator.language || '';
  return first.toLowerCase().startsWith('zh') ? 'zh' : 'en';
}

const TEXTS = {
  zh: {
    association: '中国高科技产业化研究会',
    meetings: '会议', members: '会员名册', tasklist: '任务列表', otherLanguage: 'English',
    loading: '正在读取……',
    signIn: '您尚未登录，或登录已过期。请先登录任务列表，再打开本页。',
    signInLink: '登录任务列表',
    notYours: '本页内容不供您查阅。',
    failed: '读取失败，请稍后再试。',
    nextMeetings: '各机构的下次会议',
    noNextMeeting: '尚未安排会议。',
    agenda: '议程', agendaToConfirm: '议程（待秘书处确认）', noAgenda: '议程中没有待决事项。',
    caseNumber: '案件编号', matter: '事项', title: '标题', outcome: '结果', resolution: '决议编号',
    pastMeetings: '历次会议', allBodies: '全部机构', allYears: '全部年份', body: '机构', year: '年份',
    noPastMeetings: '没有符合条件的会议。',
    number: '会议编号', date: '日期', state: '状态', resolutions: '决议', noResolutions: '未作出决议。',
    inPerson: '现场会议', byCommunication: '通讯会议', votesDueBy: '表决截止',
    showMinutes: '查看会议纪要', hideMinutes: '收起会议纪要', minutes: '会议纪要',
    seats: '应到', presentInPerson: '现场出席', presentByProxy: '委托出席', quorum: '法定人数',
    attendance: '出席情况', name: '姓名', organisation: '工作单位', presence: '出席', representedBy: '受托人',
    votesFor: '赞成', votesAgainst: '反对', abstentions: '弃权', didNotVote: '未投票', required: '通过所需票数',
    reason: '理由', reasonIs: '理由：', quorumMet: '已达到', quorumNotMet: '未达到', office: '职务',
    reports: '会议听取的报告（不表决）', elections: '选举', elected: '当选',
    votesByName: '记名表决', vote: '表决', recordedBy: '书记员登记',
    specialCircumstances: '特殊情况',
    // the member register
    search: '按姓名、名称或编号查找', allStatuses: '全部状态', allKinds: '全部类别', allBranches: '全部分支机构',
    noBranch: '无（直接申请）', status: '状态', kind: '类别', branch: '分支机构',
    membershipNumber: '会员编号', memberName: '姓名或单位名称', admittedOn: '入会日期',
    shown: (shown, all) => '共 ' + all + ' 名会员，符合条件 ' + shown + ' 名。',
    cut: (limit) => '只列出前 ' + limit + ' 名，请缩小查找范围。',
    noMembers: '没有符合条件的会员。',
    exportCsv: '导出 CSV'
  },
  en: {
    association: 'China High-tech Industrialization Association',
    meetings: 'Meetings', members: 'Member register', tasklist: 'Tasklist', otherLanguage: '中文',
    loading: 'Loading…',
    signIn: 'You are not signed in, or your session has ended. Sign in to Tasklist, then open this page again.',
    signInLink: 'Sign in to Tasklist',
    notYours: 'This page is not for you.',
    failed: 'The page could not be read. Please try again later.',
    nextMeetings: 'The next meeting of each body',
    noNextMeeting: 'No meeting planned.',
    agenda: 'Agenda', agendaToConfirm: 'Agenda (to be confirmed by the Secretariat)', noAgenda: 'Nothing on the agenda to decide.',
    caseNumber: 'Case', matter: 'Matter', title: 'Title', outcome: 'Outcome', resolution: 'Resolution',
    pastMeetings: 'Meetings held', allBodies: 'All bodies', allYears: 'All years', body: 'Body', year: 'Year',
    noPastMeetings: 'No meeting matches.',
    number: 'Meeting', date: 'Date', state: 'State', resolutions: 'Resolutions', noResolutions: 'No resolution taken.',
    inPerson: 'In person', byCommunication: 'By communication', votesDueBy: 'Votes due by',
    showMinutes: 'Show the minutes', hideMinutes: 'Hide the minutes', minutes: 'Minutes',
    seats: 'Seats', presentInPerson: 'Present in person', presentByProxy: 'Present by proxy', quorum: 'Quorum',
    attendance: 'Attendance', name: 'Name', organisation: 'Organisation', presence: 'Present', representedBy: 'Proxy holder',
    votesFor: 'For', votesAgainst: 'Against', abstentions: 'Abstentions', didNotVote: 'Did not vote', required: 'Votes required',
    reason: 'Reason', reasonIs: 'Reason: ', quorumMet: 'Met', quorumNotMet: 'Not met', office: 'Office',
    reports: 'Reports received (not voted)', elections: 'Elections', elected: 'Elected',
    votesByName: 'Votes by name', vote: 'Vote', recordedBy: 'Recorded by the clerk',
    specialCircumstances: 'Special circumstances',
    search: 'Find by name or number', allStatuses: 'All statuses', allKinds: 'All kinds', allBranches: 'All branches',
    noBranch: 'None (applied directly)', status: 'Status', kind: 'Kind', branch: 'Branch',
    membershipNumber: 'Membership number', memberName: 'Name', admittedOn: 'Admitted on',
    shown: (shown, all) => shown + ' of ' + all + ' members match.',
    cut: (limit) => 'Only the first ' + limit + ' are listed: narrow the search.',
    noMembers: 'No member matches.',
    exportCsv: 'Export CSV'
  }
};

/** The codes of the API in words: WORDS[group][code] = [Chinese, English]. */
const WORDS = {
  body: {
    GENERAL_ASSEMBLY: ['会员代表大会', 'General Assembly'], COUNCIL: ['理事会', 'Council'],
    STANDING_COUNCIL: ['常务理事会', 'Standing Council']
  },
  state: {
    PLANNED: ['已安排', 'Planned'], IN_SESSION: ['进行中', 'In session'], VOTING: ['通讯表决中', 'Voting by communication'],
    HELD: ['已举行', 'Held'], ADJOURNED: ['休会：未达法定人数', 'Adjourned: no quorum'],
    NOTHING_TO_DECIDE: ['已结束：无待决事项', 'Closed: nothing to decide'], CANCELLED: ['已取消', 'Cancelled']
  },
  matter: {
    ADMISSION: ['会员入会', 'Admission of a member'], FOREIGN_MEMBER_REVIEW: ['外籍会员审核', 'Foreign member review'],
    FOREIGN_MEMBER_APPROVAL: ['外籍会员批准', 'Foreign member approval'], EXPULSION: ['会员除名', 'Expulsion of a member'],
    TERM_CHANGE: ['届期变更', 'Term change'],
    DIRECTOR_NOMINATION: ['届中调整理事的提名', 'Nomination for a mid-term adjustment of directors'],
    DIRECTOR_ADJUSTMENT: ['届中调整理事', 'Mid-term adjustment of directors'],
    HONORARY_RECOMMENDATION: ['推荐荣誉会员', 'Recommendation for honorary membership'],
    HONORARY_MEMBERSHIP: ['授予荣誉会员', 'Honorary membership'],
    ARTICLES_AMENDMENT: ['修改章程', 'Amendment of the Articles of Association'],
    REMOVAL_FROM_OFFICE: ['罢免理事、监事', 'Removal of directors or supervisors'],
    COUNCIL_REPORTS: ['理事会工作报告和财务报告', "The Council's work report and financial report"],
    SUPERVISORS_REPORT: ['监事会工作报告', "The Board of Supervisors' work report"],
    FEE_STANDARD: ['会费标准', 'Membership fee standard'], TERMINATION: ['本会终止', 'Termination of the Association'],
    OTHER_MAJOR_MATTER: ['其他重大事项', 'Other major matter'],
    RENEWAL_CANDIDATES: ['新一届理事、监事候选人', "Candidates for the new term's directors and supervisors"],
    SECRETARY_GENERAL_APPOINTMENT: ['聘任秘书长', 'Appointment of the secretary-general']
  },
  outcome: { ADOPTED: ['通过', 'Adopted'], REJECTED: ['未通过', 'Rejected'] },
  presence: {
    IN_PERSON: ['现场出席', 'In person'], BY_PROXY: ['委托出席', 'By proxy'], EXCUSED: ['请假', 'Excused'],
    ABSENT: ['无故缺席', 'Absent without reason']
  },
  vote: { FOR: ['赞成', 'For'], AGAINST: ['反对', 'Against'], ABSTAIN: ['弃权', 'Abstain'] },
  office: {
    DIRECTOR: ['理事', 'Director'], SUPERVISOR: ['监事', 'Supervisor'], EXECUTIVE_DIRECTOR: ['常务理事', 'Executive director'],
    PRESIDENT: ['会长', 'President'], VICE_PRESIDENT: ['副会长', 'Vice president']
  },
  memberStatus: { ACTIVE: ['在册', 'Active'], WITHDRAWN: ['已退会', 'Withdrawn'], EXPELLED: ['已除名', 'Expelled'] },
  kind: {
    INDIVIDUAL: ['个人会员', 'Individual member'], UNIT: ['单位会员', 'Unit member'], FOREIGN: ['外籍会员', 'Foreign member'],
    HONORARY: ['荣誉会员', 'Honorary member']
  }
};

/** A text of the page in its language. */
export function t(key) {
  return TEXTS[language()][key];
}

/** A code of the API in words; a code this page does not know is shown as it is. */
export function word(group, code) {
  const words = WORDS[group] && WORDS[group][code];
  return words ? words[language() === 'zh' ? 0 : 1] : String(code);
}

/** The codes of a group, in the page's order. */
export function codes(group) {
  return Object.keys(WORDS[group]);
}

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October',
  'November', 'December'];

/** An ISO day (2026-12-03) as 2026年12月3日 or 3 December 2026; empty for none. */
export function date(iso) {
  const day = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso || '');
  if (!day) {
    return iso ? String(iso) : '';
  }
  const [year, month, dayOfMonth] = [Number(day[1]), Number(day[2]), Number(day[3])];
  return language() === 'zh' ? year + '年' + month + '月' + dayOfMonth + '日'
    : dayOfMonth + ' ' + MONTHS[month - 1] + ' ' + year;
}

/** The server's bilingual sentence ("中文。 English.") in the page's language. */
export function inLanguage(sentence) {
  const english = (sentence || '').indexOf('。 ');
  if (english < 0) {
    return sentence || '';
  }
  return language() === 'zh' ? sentence.slice(0, english + 1) : sentence.slice(english + 2);
}

/**
 * An element with attributes (a "class", "hidden", an event "onclick", …) and children: nodes, or anything else as
 * text. Nothing is ever parsed as HTML.
 */
export function el(tag, attributes, ...children) {
  const element = document.createElement(tag);
  Object.entries(attributes || {}).forEach(([name, value]) => {
    if (value === null || value === undefined || value === false) {
      return;
    }
    if (name.startsWith('on')) {
      element.addEventListener(name.substring(2), value);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  });
  children.flat(Infinity).forEach((child) => {
    if (child !== null && child !== undefined && child !== '') {
      element.appendChild(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  });
  return element;
}

/** A table: the header's texts, then one row (a list of cells: nodes or text) per item. */
export function table(className, headers, rows) {
  return el('table', { class: className },
    el('thead', null, el('tr', null, headers.map((header) => el('th', { scope: 'col' }, header)))),
    el('tbody', null, rows.map((cells) => el('tr', null, cells.map((cell) => el('td', null, cell))))));
}

/** Why the API did not answer: its HTTP status and, when it said, its reason. */
export class Refusal extends Error {
  constructor(status, detail) {
    super(detail || String(status));
    this.status = status;
    this.detail = detail;
  }
}

/**
 * Reads the application's API as the person signed in to the webapps (their session; "X-Requested-With" so that the
 * browser asks for no password when there is none).
 */
export async function read(path) {
  const answer = await fetch(path, {
    credentials: 'same-origin',
    headers: { Accept: 'application/json', 'X-Requested-With': 'XMLHttpRequest' }
  });
  if (!answer.ok) {
    let detail = null;
    try {
      detail = (await answer.json()).detail;
    } catch (notJson) {
      detail = null;
    }
    throw new Refusal(answer.status, detail);
  }
  return answer.json();
}

/** What the page shows when the API refused or failed. */
export function refusal(failure) {
  if (failure instanceof Refusal && failure.status === 401) {
    return el('div', { class: 'error', id: 'sign-in' }, el('p', null, t('signIn')),
      el('a', { href: '/camunda/app/tasklist/' }, t('signInLink')));
  }
  if (failure instanceof Refusal && failure.status === 403) {
    return el('div', { class: 'error', id: 'not-yours' }, el('p', null, t('notYours')),
      failure.detail ? el('p', null, inLanguage(failure.detail)) : null);
  }
  return el('div', { class: 'error', id: 'failed' }, el('p', null, t('failed')),
    failure instanceof Refusal && failure.detail ? el('p', null, inLanguage(failure.detail)) : null);
}

/**
 * The frame of a page: the association's name, the links to the pages the person may read (as /api/me says) and to
 * Tasklist, the language switch; then {@code show(main)} fills the page, again when the language is switched.
 */
export function frame(current, show) {
  const render = () => {
    document.documentElement.lang = language() === 'zh' ? 'zh-CN' : 'en';
    document.title = t(current) + ' · ' + t('association');
    const nav = el('nav', null);
    const switchLanguage = el('button', {
      type: 'button', id: 'language',
      onclick: () => {
        window.localStorage.setItem(CHOICE, language() === 'zh' ? 'en' : 'zh');
        render();
      }
    }, t('otherLanguage'));
    const main = el('main', null, el('h1', null, t(current)), el('p', { class: 'hint', id: 'loading' }, t('loading')));
    document.body.replaceChildren(el('header', null, el('strong', null, t('association')), nav, switchLanguage), main);
    read('/api/me').then((me) => {
      const links = [['meetings', '/records/meetings.html', me.readsMeetings],
        ['members', '/records/members.html', me.readsMemberRegister]];
      links.filter(([, , may]) => may).forEach(([name, href]) => nav.appendChild(
        el('a', { href, id: 'to-' + name, class: name === current ? 'current' : null }, t(name))));
      nav.appendChild(el('a', { href: '/camunda/app/tasklist/', id: 'to-tasklist' }, t('tasklist')));
    }).catch(() => nav.appendChild(el('a', { href: '/camunda/app/tasklist/', id: 'to-tasklist' }, t('tasklist'))));
    show(main).catch((failure) => main.appendChild(refusal(failure)))
      .finally(() => main.querySelector('#loading') && main.querySelector('#loading').remove());
  };
  render();
}

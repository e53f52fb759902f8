// The meetings page: the agenda of each body's next meeting, then the meetings held, each with its resolutions and,
// on demand, its minutes. Data: GET /api/meetings (?body=, ?year=) and GET /api/meetings/{number}/minutes.
import { codes, date, el, frame, language, read, refusal, t, table, word } from './records.js';

const UNDER_WAY = ['PLANNED', 'IN_SESSION', 'VOTING'];

function mode(meeting) {
  return meeting.byCommunication ? t('byCommunication') : t('inPerson');
}

function facts(pairs) {
  return el('dl', null, pairs.filter(([, value]) => value !== null && value !== undefined && value !== '')
    .map(([term, value]) => [el('dt', null, term), el('dd', null, value)]));
}

function agenda(meeting) {
  return [
    el('h4', null, meeting.agendaConfirmed ? t('agenda') : t('agendaToConfirm')),
    meeting.agenda.length === 0 ? el('p', { class: 'hint' }, t('noAgenda'))
      : table('agenda', [t('caseNumber'), t('matter'), t('title')],
        meeting.agenda.map((item) => [item.caseNumber, word('matter', item.matter), item.title || '']))
  ];
}

function nextMeetings(all) {
  const underWay = all.filter((m) => UNDER_WAY.includes(m.state))
    .sort((a, b) => a.date.localeCompare(b.date) || a.number.localeCompare(b.number));
  return el('section', { id: 'next-meetings' }, el('h2', null, t('nextMeetings')),
    codes('body').map((body) => {
      const next = underWay.find((m) => m.body === body);
      return el('article', { class: 'meeting next', id: 'next-' + body }, el('h3', null, word('body', body)),
        next ? [
          facts([[t('number'), next.number], [t('date'), date(next.date)], [t('state'), word('state', next.state)],
            [mode(next), next.votesDueBy ? t('votesDueBy') + ' ' + date(next.votesDueBy) : '']]),
          agenda(next)
        ] : el('p', { class: 'hint' }, t('noNextMeeting')));
    }));
}

/** Whether the quorum was met: the register keeps the clerk's sentence in English only, Chinese says met or not. */
function quorum(meeting) {
  if (meeting.presentInPerson == null) {
    return null;
  }
  if (language() === 'en') {
    return meeting.quorumReason;
  }
  return meeting.status === 'ADJOURNED' ? t('quorumNotMet') : t('quorumMet');
}

function minutesOf(minutes) {
  const meeting = minutes.meeting;
  const parts = [facts([
    [t('seats'), meeting.seats], [t('presentInPerson'), meeting.presentInPerson],
    [t('presentByProxy'), meeting.presentByProxy],
    [t('quorum'), quorum(meeting)],
    [t('specialCircumstances'), meeting.specialCircumstances],
    [t('votesDueBy'), date(meeting.votesDueBy)]])];
  minutes.resolutions.forEach((r) => parts.push(el('div', { class: 'resolution', id: 'resolution-' + r.resolutionNumber },
    el('h4', null, r.resolutionNumber + ' · ' + word('outcome', r.outcome)),
    facts([[t('caseNumber'), r.caseNumber], [t('title'), r.title], [t('matter'), word('matter', r.matter)],
      [t('date'), date(r.date)]]),
    table('counts', [t('votesFor'), t('votesAgainst'), t('abstentions'), t('didNotVote'), t('required')],
      [[r.votesFor, r.votesAgainst, r.abstentions, r.didNotVote ?? '—', r.requiredVotes]]),
    el('p', { class: 'reason' }, t('reasonIs') + (language() === 'zh' ? r.reasonZh : r.reason)))));
  if (minutes.attendance.length > 0) {
    parts.push(el('h4', null, t('attendance')), table('attendance',
      [t('name'), t('organisation'), t('presence'), t('representedBy')],
      minutes.attendance.map((a) => [a.name, a.organisation, a.attendance ? word('presence', a.attendance) : '—',
        a.representedByName || ''])));
  }
  if (minutes.votes.length > 0) {
    parts.push(el('h4', null, t('votesByName')), table('votes', [t('caseNumber'), t('name'), t('vote'), t('recordedBy')],
      minutes.votes.map((v) => [v.caseNumber, v.name, word('vote', v.vote), v.recordedBy || ''])));
  }
  if (minutes.elections.length > 0) {
    parts.push(el('h4', null, t('elections')), table('elections',
      [t('resolution'), t('office'), t('elected'), t('reason')],
      minutes.elections.map((e) => [e.resolutionNumber, word('office', e.office), e.elected.join('、'),
        language() === 'zh' ? e.reasonZh : e.reason])));
  }
  if (minutes.reports.length > 0) {
    parts.push(el('h4', null, t('reports')), el('ul', { class: 'reports' },
      minutes.reports.map((report) => el('li', null, report.summary))));
  }
  return parts;
}

function pastMeeting(meeting) {
  const minutes = el('div', { class: 'minutes', hidden: true });
  const toggle = el('button', {
    type: 'button', class: 'link show-minutes',
    onclick: () => {
      if (!minutes.hidden) {
        minutes.hidden = true;
        toggle.textContent = t('showMinutes');
        return;
      }
      minutes.hidden = false;
      toggle.textContent = t('hideMinutes');
      if (minutes.childElementCount === 0) {
        minutes.appendChild(el('p', { class: 'hint' }, t('loading')));
        read('/api/meetings/' + encodeURIComponent(meeting.number) + '/minutes')
          .then((found) => minutes.replaceChildren(el('h4', null, t('minutes')), ...minutesOf(found)))
          .catch((failure) => minutes.replaceChildren(refusal(failure)));
      }
    }
  }, t('showMinutes'));
  return el('article', { class: 'meeting past', id: 'meeting-' + meeting.number },
    el('h3', null, word('body', meeting.body) + ' · ' + date(meeting.date) + ' · ' + meeting.number),
    el('p', { class: 'state' }, mode(meeting) + ' · ' + word('state', meeting.state)),
    meeting.resolutions.length === 0 ? el('p', { class: 'hint' }, t('noResolutions'))
      : table('resolutions', [t('resolution'), t('caseNumber'), t('title'), t('matter'), t('outcome')],
        meeting.resolutions.map((r) => [r.number, r.caseNumber, r.title || '', word('matter', r.matter),
          word('outcome', r.outcome)])),
    toggle, minutes);
}

function pastMeetings(all) {
  const list = el('div', { id: 'past-list' });
  const show = (meetings) => {
    const past = meetings.filter((m) => !UNDER_WAY.includes(m.state));
    list.replaceChildren(...(past.length === 0 ? [el('p', { class: 'hint' }, t('noPastMeetings'))] : past.map(pastMeeting)));
  };
  const body = el('select', { id: 'filter-body' }, el('option', { value: '' }, t('allBodies')),
    codes('body').map((code) => el('option', { value: code }, word('body', code))));
  const years = [...new Set(all.map((m) => m.date.substring(0, 4)))].sort().reverse();
  const year = el('select', { id: 'filter-year' }, el('option', { value: '' }, t('allYears')),
    years.map((y) => el('option', { value: y }, language() === 'zh' ? y + '年' : y)));
  const filter = () => {
    const query = new URLSearchParams();
    if (body.value) {
      query.set('body', body.value);
    }
    if (year.value) {
      query.set('year', year.value);
    }
    read('/api/meetings' + (query.toString() ? '?' + query : '')).then(show)
      .catch((failure) => list.replaceChildren(refusal(failure)));
  };
  body.addEventListener('change', filter);
  year.addEventListener('change', filter);
  show(all);
  return el('section', { id: 'past-meetings' }, el('h2', null, t('pastMeetings')),
    el('div', { class: 'filters' }, el('label', null, t('body'), body), el('label', null, t('year'), year)), list);
}

frame('meetings', async (main) => {
  const all = await read('/api/meetings');
  main.append(nextMeetings(all), pastMeetings(all));
});

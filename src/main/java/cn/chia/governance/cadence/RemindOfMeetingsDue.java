package cn.chia.governance.cadence;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;

import org.camunda.bpm.engine.RuntimeService;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.Body;
import cn.chia.governance.charter.Language;
import cn.chia.governance.charter.MeetingCadence;
import cn.chia.governance.charter.RenewalProposal;
import cn.chia.governance.config.GovernanceSettings;
import cn.chia.governance.process.Texts;
import cn.chia.governance.register.MeetingCadences;
import cn.chia.governance.register.MeetingCadences.BodyCadence;
import cn.chia.governance.register.Notifier;
import cn.chia.governance.register.TermRecords;

/**
 * The daily check of the bodies' meetings: for the Council and the Standing Council, reminds the Secretariat of the
 * day by which the next meeting is due, once per reminder day of the settings (60 and 14 days before by default), and
 * warns it once when that day has passed; in Chinese, then English. Each message is stored under
 * {@code CAD-<BODY>-<due day>} (e.g. CAD-STANDING-COUNCIL-2027-01-27, a case number as the API reads one) and sent once per body, due day and kind, whichever node runs the check.
 * Today is the engine's day. It also reminds the Secretariat, once per term, when the renewal of the term may be
 * opened and none is under way.
 */
@Component("remindOfMeetingsDue")
class RemindOfMeetingsDue implements JavaDelegate {

    static final String PROCESS_KEY = "meeting-cadence";
    static final String OVERDUE = "OVERDUE";
    static final String DAYS_BEFORE = "DAYS_BEFORE_";

    static final String RENEWAL_WINDOW = "RENEWAL_WINDOW";
    /** The renewal of the term's process, which this check looks for but does not use. */
    static final String RENEWAL_PROCESS_KEY = "general-election";

    /** What the Secretariat is told. */
    enum Notice {
        MEETING_DUE, MEETING_OVERDUE, RENEWAL_DUE
    }

    private final MeetingCadences cadences;
    private final Notifier notifier;
    private final Texts texts;
    private final Clock clock;
    private final String secretariat;
    private final TermRecords terms;
    private final RuntimeService runtime;
    private final Period renewalOpensBefore;

    RemindOfMeetingsDue(MeetingCadences cadences, Notifier notifier, Texts texts, Clock clock, GovernanceSettings settings,
            TermRecords terms, RuntimeService runtime) {
        this.cadences = cadences;
        this.notifier = notifier;
        this.texts = texts;
        this.clock = clock;
        this.secretariat = settings.mail().from();
        this.terms = terms;
        this.runtime = runtime;
        this.renewalOpensBefore = settings.renewal().opensBefore();
    }

    @Override
    public void execute(DelegateExecution execution) {
        LocalDate today = LocalDate.now(clock);
        for (BodyCadence body : cadences.all()) {
            MeetingCadence cadence = body.cadence();
            if (cadence.state(today) == MeetingCadence.State.OVERDUE) {
                tell(body, OVERDUE, Notice.MEETING_OVERDUE, today);
            } else {
                cadence.reminderDue(today).ifPresent(days -> tell(body, DAYS_BEFORE + days, Notice.MEETING_DUE, today));
            }
        }
        remindOfRenewal(today);
    }

    /**
     * Once the renewal of the term may be opened ({@link RenewalProposal#opensOn}) and none is under way, reminds the
     * Secretariat once per term end, stored under {@code CAD-RENEWAL-<term end>}.
     */
    private void remindOfRenewal(LocalDate today) {
        LocalDate termEnd = terms.currentTermEnd();
        LocalDate opensOn = RenewalProposal.opensOn(termEnd, renewalOpensBefore);
        if (today.isBefore(opensOn)
                || runtime.createProcessInstanceQuery().processDefinitionKey(RENEWAL_PROCESS_KEY).count() > 0) {
            return;
        }
        String caseNumber = "CAD-RENEWAL-" + termEnd;
        if (!cadences.firstTime(Body.GENERAL_ASSEMBLY, termEnd, RENEWAL_WINDOW, caseNumber)) {
            return;
        }
        Object[] zh = {Texts.date(Language.ZH, termEnd), Texts.date(Language.ZH, opensOn), period(Language.ZH)};
        Object[] en = {Texts.date(Language.EN, termEnd), Texts.date(Language.EN, opensOn), period(Language.EN)};
        String key = "notice." + Notice.RENEWAL_DUE.name();
        notifier.notify(caseNumber, secretariat, texts.get(Language.ZH, key + ".subject", zh) + " / "
                + texts.get(Language.EN, key + ".subject", en), texts.get(Language.ZH, key + ".body", zh) + "\n\n"
                + texts.get(Language.EN, key + ".body", en));
    }

    /** "6 个月", "6 months"; a period of other units as ISO 8601 (P1Y). */
    private String period(Language language) {
        Period period = renewalOpensBefore;
        if (period.getYears() == 0 && period.getDays() == 0) {
            return period.getMonths() + (language == Language.ZH ? " 个月" : period.getMonths() == 1 ? " month" : " months");
        }
        return period.toString();
    }

    /** The case number under which the messages about a body's meeting due on a day are stored. */
    static String caseNumber(Body body, LocalDate dueBy) {
        return "CAD-" + body.name().replace('_', '-') + "-" + dueBy;
    }

    private void tell(BodyCadence body, String kind, Notice notice, LocalDate today) {
        LocalDate due = body.cadence().dueBy().orElseThrow();
        String caseNumber = caseNumber(body.body(), due);
        if (!cadences.firstTime(body.body(), due, kind, caseNumber)) {
            return;
        }
        Texts.Message chinese = message(body, notice, today, Language.ZH);
        Texts.Message english = message(body, notice, today, Language.EN);
        notifier.notify(caseNumber, secretariat, chinese.subject() + " / " + english.subject(),
                chinese.body() + "\n\n" + english.body());
    }

    private Texts.Message message(BodyCadence body, Notice notice, LocalDate today, Language language) {
        MeetingCadence cadence = body.cadence();
        String since = cadence.countsFromTermStart()
                ? texts.get(language, "cadence.since.TERM", Texts.date(language, cadence.termStart()))
                : texts.get(language, "cadence.since.MEETING", Texts.date(language, cadence.lastMeetingHeld()),
                        body.lastHeld().businessKey());
        Object[] arguments = {language == Language.ZH ? body.body().chineseTitle() : body.body().title(), since,
                Texts.date(language, cadence.dueBy().orElseThrow()), cadence.daysLeft(today).orElseThrow(),
                texts.get(language, "cadence.rule." + body.body().name())};
        return new Texts.Message(texts.get(language, "notice." + notice.name() + ".subject", arguments),
                texts.get(language, "notice." + notice.name() + ".body", arguments));
    }
}

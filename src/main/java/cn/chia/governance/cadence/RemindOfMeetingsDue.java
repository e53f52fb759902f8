package cn.chia.governance.cadence;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.Body;
import cn.chia.governance.charter.Language;
import cn.chia.governance.charter.MeetingCadence;
import cn.chia.governance.config.GovernanceSettings;
import cn.chia.governance.process.Texts;
import cn.chia.governance.register.MeetingCadences;
import cn.chia.governance.register.MeetingCadences.BodyCadence;
import cn.chia.governance.register.Notifier;

/**
 * The daily check of the bodies' meetings: for the Council and the Standing Council, reminds the Secretariat of the
 * day by which the next meeting is due, once per reminder day of the settings (60 and 14 days before by default), and
 * warns it once when that day has passed; in Chinese, then English. Each message is stored under
 * {@code CAD-<BODY>-<due day>} (e.g. CAD-STANDING-COUNCIL-2027-01-27, a case number as the API reads one) and sent once per body, due day and kind, whichever node runs the check.
 * Today is the engine's day.
 */
@Component("remindOfMeetingsDue")
class RemindOfMeetingsDue implements JavaDelegate {

    static final String PROCESS_KEY = "meeting-cadence";
    static final String OVERDUE = "OVERDUE";
    static final String DAYS_BEFORE = "DAYS_BEFORE_";

    /** What the Secretariat is told. */
    enum Notice {
        MEETING_DUE, MEETING_OVERDUE
    }

    private final MeetingCadences cadences;
    private final Notifier notifier;
    private final Texts texts;
    private final Clock clock;
    private final String secretariat;

    RemindOfMeetingsDue(MeetingCadences cadences, Notifier notifier, Texts texts, Clock clock, GovernanceSettings settings) {
        this.cadences = cadences;
        this.notifier = notifier;
        this.texts = texts;
        this.clock = clock;
        this.secretariat = settings.mail().from();
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

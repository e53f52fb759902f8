package cn.chia.governance.cadence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.LocalDate;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.chia.governance.charter.Body;
import cn.chia.governance.charter.MeetingCadence.State;
import cn.chia.governance.process.Members;
import cn.chia.governance.process.ProcessTest;
import cn.chia.governance.process.WaitingCases;
import cn.chia.governance.register.MeetingCadences;
import cn.chia.governance.register.MeetingRecords;
import cn.chia.governance.register.Notifier;
import cn.chia.governance.register.Notifier.Notification;

/**
 * The daily check of the bodies' meetings, run on chosen days by moving the engine's clock. Its meetings lie in the
 * 2090s, later than any other test's, so that they are the bodies' last; it removes them again before each test.
 */
@ProcessTest
class MeetingCadenceProcessTest {

    static final String SECRETARIAT = "secretariat@chia.example";

    @Autowired
    ProcessEngine engine;
    @Autowired
    MeetingRecords meetings;
    @Autowired
    MeetingCadences cadences;
    @Autowired
    Notifier notifier;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void cleanEngineAndTheseMeetings() {
        init(engine);
        new WaitingCases(engine).clearAll();
        jdbc.sql("DELETE FROM gov_cadence_notice WHERE due_on >= ?").param(LocalDate.of(2090, 1, 1)).update();
        jdbc.sql("DELETE FROM gov_notification WHERE case_number LIKE 'CAD-%-209%'").update();
        jdbc.sql("DELETE FROM gov_meeting WHERE meeting_date >= ?").param(LocalDate.of(2090, 1, 1)).update();
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void theSecretariatIsRemindedSixtyAndFourteenDaysBeforeOnceEachAndWarnedOnceTheDayAfter() {
        held(Body.COUNCIL, "MTG-2091-0001", LocalDate.of(2091, 3, 10));
        held(Body.STANDING_COUNCIL, "MTG-2091-0002", LocalDate.of(2091, 12, 1));
        String council = "CAD-COUNCIL-2092-03-10";

        checkOn(LocalDate.of(2092, 1, 9));
        assertThat(notifier.of(council)).as("61 days before").isEmpty();

        checkOn(LocalDate.of(2092, 1, 10));
        assertThat(notifier.of(council)).singleElement().satisfies(reminder -> {
            assertThat(reminder.recipient()).isEqualTo(SECRETARIAT);
            assertThat(reminder.subject()).isEqualTo("理事会最迟须于2092年3月10日召开会议 / The Council must meet by 10 March 2092");
            assertThat(reminder.body()).isEqualTo("""
                    根据章程，理事会每年至少召开一次会议；上次会议于2091年3月10日召开（MTG-2091-0001），下次会议最迟应于2092年3月10日召开，\
                    距今60天。请按时召开；特殊情况下可采用通讯方式召开。

                    The charter has the Council meet at least once a year: it last met on 10 March 2091 (MTG-2091-0001), \
                    so its next meeting is due by 10 March 2092, in 60 days. Convene it in time; in special circumstances \
                    it may be held by communication.""");
        });

        checkOn(LocalDate.of(2092, 1, 10));
        checkOn(LocalDate.of(2092, 2, 24));
        assertThat(notifier.of(council)).as("once per reminder, not every day").hasSize(1);

        checkOn(LocalDate.of(2092, 2, 25));
        assertThat(notifier.of(council)).hasSize(2).last().satisfies(reminder ->
                assertThat(reminder.body()).contains("距今14天", "in 14 days"));

        checkOn(LocalDate.of(2092, 3, 10));
        assertThat(notifier.of(council)).as("the last allowed day").hasSize(2);
        assertThat(cadences.of(Body.COUNCIL).cadence().state(LocalDate.of(2092, 3, 10))).isEqualTo(State.DUE_SOON);

        checkOn(LocalDate.of(2092, 3, 11));
        assertThat(notifier.of(council)).hasSize(3).last().satisfies(warning -> {
            assertThat(warning.recipient()).isEqualTo(SECRETARIAT);
            assertThat(warning.subject()).isEqualTo(
                    "理事会未按时召开会议：最迟应于2092年3月10日召开 / The Council has not met in time: its meeting was due by 10 March 2092");
            assertThat(warning.body()).contains("该日期已过，请尽快召开会议。", "That day has passed; convene a meeting as soon as possible.");
        });

        checkOn(LocalDate.of(2092, 3, 12));
        checkOn(LocalDate.of(2092, 3, 31));
        assertThat(notifier.of(council)).as("warned once").hasSize(3);
        assertThat(notifier.of("CAD-STANDING-COUNCIL-2092-06-01")).as("its reminders only from 2 April").isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM gov_notification WHERE case_number LIKE 'CAD-GENERAL-ASSEMBLY%'")
                .query(Long.class).single()).as("the General Assembly has no cadence").isZero();
        assertThat(cadences.of(Body.GENERAL_ASSEMBLY).cadence().state(LocalDate.of(2092, 3, 31))).isEqualTo(State.NOT_APPLICABLE);
    }

    @Test
    void aMeetingHeldMovesTheDueDayAndItsRemindersStartAgain() {
        held(Body.COUNCIL, "MTG-2093-0001", LocalDate.of(2093, 6, 1));
        held(Body.STANDING_COUNCIL, "MTG-2093-0002", LocalDate.of(2093, 8, 31));

        checkOn(LocalDate.of(2093, 12, 30));
        assertThat(notifier.of("CAD-STANDING-COUNCIL-2094-02-28")).singleElement().satisfies(reminder -> {
            assertThat(reminder.subject()).isEqualTo(
                    "常务理事会最迟须于2094年2月28日召开会议 / The Standing Council must meet by 28 February 2094");
            assertThat(reminder.body()).contains("根据章程，常务理事会每半年至少召开一次会议",
                    "The charter has the Standing Council meet at least once every six months", "in 60 days");
        });

        held(Body.STANDING_COUNCIL, "MTG-2094-0001", LocalDate.of(2094, 1, 15));
        held(Body.STANDING_COUNCIL, "MTG-2094-0002", LocalDate.of(2094, 1, 20)).adjourned();
        checkOn(LocalDate.of(2094, 3, 1));
        assertThat(notifier.of("CAD-STANDING-COUNCIL-2094-02-28")).as("met in time: no warning").hasSize(1);

        checkOn(LocalDate.of(2094, 5, 15));
        assertThat(notifier.of("CAD-STANDING-COUNCIL-2094-07-15")).as("61 days before").isEmpty();
        checkOn(LocalDate.of(2094, 5, 16));
        assertThat(notifier.of("CAD-STANDING-COUNCIL-2094-07-15")).as("counted from the meeting held, not the one adjourned")
                .singleElement().extracting(Notification::body).asString().contains("MTG-2094-0001", "in 60 days");
    }

    @Test
    void whatAnotherNodeSentIsNotSentAgainAndADueDayFirstSeenLateBringsOnlyTheNearestReminder() {
        held(Body.COUNCIL, "MTG-2095-0001", LocalDate.of(2095, 5, 1));
        held(Body.STANDING_COUNCIL, "MTG-2095-0002", LocalDate.of(2095, 12, 1));
        String council = "CAD-COUNCIL-2096-05-01";
        assertThat(cadences.firstTime(Body.COUNCIL, LocalDate.of(2096, 5, 1), "DAYS_BEFORE_60", council))
                .as("the other node records it first").isTrue();
        assertThat(cadences.firstTime(Body.COUNCIL, LocalDate.of(2096, 5, 1), "DAYS_BEFORE_60", council)).isFalse();

        checkOn(LocalDate.of(2096, 3, 2));
        assertThat(notifier.of(council)).as("sent by the other node").isEmpty();

        checkOn(LocalDate.of(2096, 4, 20));
        assertThat(notifier.of(council)).singleElement().extracting(Notification::body).asString().contains("in 11 days");
        checkOn(LocalDate.of(2096, 4, 21));
        assertThat(notifier.of(council)).hasSize(1);
    }

    /** A meeting of the body on that day, with its quorum met and closed: held. */
    private Held held(Body body, String key, LocalDate day) {
        meetings.open(key, body, day, false, 90, null, null);
        jdbc.sql("UPDATE gov_meeting SET present_in_person = 70, present_by_proxy = 0 WHERE business_key = ?").param(key).update();
        meetings.close(key);
        return new Held(key);
    }

    private class Held {
        private final String key;

        Held(String key) {
            this.key = key;
        }

        void adjourned() {
            jdbc.sql("UPDATE gov_meeting SET status = ? WHERE business_key = ?")
                    .params(MeetingRecords.Status.ADJOURNED.name(), key).update();
        }
    }

    @Test
    void theSecretariatIsRemindedOnceWhenTheRenewalMayBeOpenedAndNoneIsUnderWay() {
        String renewal = "CAD-RENEWAL-2027-07-27";
        forgetRenewalReminders();
        try {
            checkOn(LocalDate.of(2027, 1, 26));
            assertThat(notifier.of(renewal)).as("the day before the window opens").isEmpty();
            checkOn(LocalDate.of(2027, 1, 27));
            assertThat(notifier.of(renewal)).singleElement().satisfies(reminder -> {
                assertThat(reminder.recipient()).isEqualTo(SECRETARIAT);
                assertThat(reminder.subject()).startsWith("本届任期将于").contains("可以启动换届选举",
                        "The renewal of the term may be opened");
                assertThat(reminder.body()).contains("届满前 6 个月", "6 months before its end", "none is under way");
            });
            checkOn(LocalDate.of(2027, 1, 28));
            assertThat(notifier.of(renewal)).as("once per term").hasSize(1);
            // with a renewal under way, nobody is reminded: RenewalProcessTest
        } finally {
            forgetRenewalReminders();
        }
    }

    private void forgetRenewalReminders() {
        jdbc.sql("DELETE FROM gov_cadence_notice WHERE kind = 'RENEWAL_WINDOW'").update();
        jdbc.sql("DELETE FROM gov_notification WHERE case_number LIKE 'CAD-RENEWAL-%'").update();
    }

    private void checkOn(LocalDate day) {
        Members.today(day);
        Job check = engine.getManagementService().createJobQuery()
                .processDefinitionKey(RemindOfMeetingsDue.PROCESS_KEY).timers().singleResult();
        engine.getManagementService().executeJob(check.getId());
    }
}

package cn.chia.governance.deadlines;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Period;

import org.junit.jupiter.api.Test;

import cn.chia.governance.config.GovernanceSettings;

/** Each task's period from the settings: the answer to a personal-data request takes the legal period, whatever else. */
class DueDatesTest {

    private static GovernanceSettings.DueDates otherTasksIn(Period otherTasks) {
        return new GovernanceSettings.DueDates(null, null, null, null, null, null, null, otherTasks, null, null);
    }

    @Test
    void theAnswerToAPersonalDataRequestIsDueWithinTheLegalPeriodNotTheOtherTasksPeriod() {
        DueDates dueDates = new DueDates(otherTasksIn(Period.ofDays(3)),
                new GovernanceSettings.Privacy(null, null, null, Period.ofDays(30), null));
        assertThat(dueDates.of("UserTask_AnswerDataRequest")).isEqualTo(Period.ofDays(30));
        assertThat(dueDates.of("UserTask_SomethingElse")).isEqualTo(Period.ofDays(3));
    }

    @Test
    void withoutASettingTheLegalPeriodIsFifteenDays() {
        DueDates dueDates = new DueDates(otherTasksIn(null), new GovernanceSettings.Privacy(null, null, null, null, null));
        assertThat(dueDates.of("UserTask_AnswerDataRequest")).isEqualTo(Period.ofDays(15));
    }
}

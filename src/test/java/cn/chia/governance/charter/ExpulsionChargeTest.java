package cn.chia.governance.charter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.chia.governance.charter.ExpulsionCharge.Ground;

class ExpulsionChargeTest {

    static final String FACTS = "Convicted of fraud by the Haidian District People's Court.";

    @Test
    void aViolationOfCriminalLawWithTheFactsIsAGroundOfExpulsion() {
        assertThat(new ExpulsionCharge("CRIMINAL_OFFENCE", FACTS).problems()).isEmpty();
    }

    @Test
    void aSeriousViolationOfTheArticlesWithTheFactsIsAGroundOfExpulsion() {
        assertThat(new ExpulsionCharge("SERIOUS_VIOLATION", FACTS).problems()).isEmpty();
    }

    @Test
    void theCharterNamesTwoGroundsAndNoOther() {
        assertThat(Ground.values()).containsExactly(Ground.CRIMINAL_OFFENCE, Ground.SERIOUS_VIOLATION);
        assertThat(new ExpulsionCharge("RUDENESS", FACTS).problems()).containsOnlyKeys("ground")
                .containsEntry("ground", new Words("请选择除名的理由：会员违反刑法（CRIMINAL_OFFENCE）或严重违反章程（SERIOUS_VIOLATION）；"
                        + "收到的是 RUDENESS。", "Choose the ground of the expulsion: the member violates the criminal law"
                        + " (CRIMINAL_OFFENCE) or seriously violates the Articles of Association (SERIOUS_VIOLATION); got RUDENESS."));
    }

    @Test
    void aGroundIsNamedExactly() {
        assertThat(new ExpulsionCharge("criminal_offence", FACTS).problems()).containsOnlyKeys("ground");
        assertThat(new ExpulsionCharge(" CRIMINAL_OFFENCE", FACTS).problems()).containsOnlyKeys("ground");
    }

    @Test
    void withoutAGroundTheCaseCannotBeOpened() {
        assertThat(new ExpulsionCharge(null, FACTS).problems().get("ground").en()).endsWith("; got null.");
    }

    @Test
    void theFactsMustBeStated() {
        assertThat(new ExpulsionCharge("CRIMINAL_OFFENCE", null).problems()).containsOnlyKeys("facts");
        assertThat(new ExpulsionCharge("CRIMINAL_OFFENCE", " \n").problems())
                .containsExactlyEntriesOf(Map.of("facts", new Words("请陈述会员被指控的事实。",
                        "State the facts the member is charged with.")));
        assertThat(new ExpulsionCharge("CRIMINAL_OFFENCE", "x").problems()).isEmpty();
    }

    @Test
    void everyProblemIsListedGroundFirst() {
        assertThat(new ExpulsionCharge(null, "").problems()).containsOnlyKeys("ground", "facts");
        assertThat(new ExpulsionCharge(null, "").problems().keySet()).first().isEqualTo("ground");
    }

    @Test
    void theMemberHasThirtyDaysToAnswerTheLastOneIncluded() {
        LocalDate opened = LocalDate.of(2026, 5, 20);
        assertThat(ExpulsionCharge.answerDue(opened)).isEqualTo(LocalDate.of(2026, 6, 19));
        assertThat(ExpulsionCharge.answerDue(opened)).isEqualTo(opened.plusDays(ExpulsionCharge.DAYS_TO_ANSWER));
        assertThat(ExpulsionCharge.DAYS_TO_ANSWER).isEqualTo(30);
    }
}

package cn.chia.governance.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

import cn.chia.governance.charter.InvalidTallyException;
import cn.chia.governance.charter.Words;

/**
 * What the server says of a form's field, a date or a head count it refuses, in each language: the field named by its
 * label's half in that language, a choice's words with the code a REST client sends, nothing of the other language.
 */
class FieldRefusalsTest {

    @Test
    void aLabelIsReadAsItsChineseAndItsEnglishHalf() {
        assertThat(FormFields.labelWords("审核意见 Decision")).isEqualTo(new Words("审核意见", "Decision"));
        assertThat(FormFields.labelWords("不通过的理由（将告知申请人） Reason for the rejection (the applicant is told)"))
                .isEqualTo(new Words("不通过的理由（将告知申请人）", "Reason for the rejection (the applicant is told)"));
        assertThat(FormFields.labelWords("会员代表大会会议编号 General Assembly's meeting (MTG-…)"))
                .isEqualTo(new Words("会员代表大会会议编号", "General Assembly's meeting (MTG-…)"));
        assertThat(FormFields.labelWords("Seats")).isEqualTo(new Words("Seats", "Seats"));
        assertThat(FormFields.labelWords("席位数")).isEqualTo(new Words("席位数", "席位数"));
    }

    @Test
    void aFieldIsNamedInEachLanguageAndAChoiceListsItsWordsWithTheCodes() {
        FormFields.Field decision = FormFields.field("review-application", "reviewDecision");

        Words refused = SubmittedFields.named(decision, decision.problem("MAYBE"));

        assertThat(refused.zh()).startsWith("“审核意见”（reviewDecision）须为以下之一：").contains("（FORWARD）", "（REJECT）")
                .doesNotContain("'Decision'", "must", "Forward");
        assertThat(refused.en()).isEqualTo("'Decision' (reviewDecision) must be one of FORWARD, MORE_INFORMATION, REJECT.");
        assertThat(SubmittedFields.named(decision, decision.problem(" "))).isEqualTo(
                new Words("“审核意见”（reviewDecision）为必填项。", "'Decision' (reviewDecision) is required."));
    }

    @Test
    void aDateThatCannotBeReadIsRefusedInEachLanguageNamingTheDate() {
        assertThatThrownBy(() -> Dates.of("12/03/2026", new Words("会议日期", "the meeting date")))
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.words()).isEqualTo(new Words(
                        "无法识别的会议日期“12/03/2026”：请按 年-月-日（YYYY-MM-DD）填写，例如 2026-12-03。",
                        "'12/03/2026' cannot be read as the meeting date: enter it as YYYY-MM-DD (year-month-day), e.g. 2026-12-03.")));
        assertThatThrownBy(() -> Dates.of("明天", "the day of the answer"))
                .isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.words().zh())
                        .isEqualTo("无法识别的日期“明天”：请按 年-月-日（YYYY-MM-DD）填写，例如 2026-12-03。"));
    }

    @Test
    void aHeadCountThatIsNoCountIsRefusedInEachLanguage() {
        assertThatThrownBy(() -> Counts.of("ten", new Words("赞成票数", "votes in favour")))
                .isInstanceOfSatisfying(InvalidTallyException.class, refused -> assertThat(refused.words()).isEqualTo(
                        new Words("赞成票数须为不小于 0 的整数。", "The number of votes in favour must be a whole number, not 'ten'.")));
        assertThatThrownBy(() -> Counts.of(null, "votes against"))
                .isInstanceOfSatisfying(InvalidTallyException.class, refused -> assertThat(refused.words())
                        .isEqualTo(new Words("请填写所有人数、票数。", "Enter the number of votes against.")));
    }
}

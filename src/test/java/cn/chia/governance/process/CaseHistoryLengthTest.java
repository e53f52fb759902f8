package cn.chia.governance.process;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

/** The case's history fits a text variable (4000 characters): the first line stays, the oldest steps after it go. */
class CaseHistoryLengthTest {

    @Test
    void aShortHistoryStaysWhole() {
        String history = "2026-12-03 10:00 立案 Case opened — clerk\n2026-12-03 11:00 审核申请 Review the application — liaison";
        assertThat(TaskVariables.shortened(history)).isEqualTo(history);
    }

    @Test
    void aLongHistoryKeepsItsOpeningAndItsLatestSteps() {
        String opened = "2026-01-01 09:00 立案 Case opened — clerk";
        String steps = IntStream.rangeClosed(1, 200).mapToObj(i -> "2026-02-01 10:00 第" + i + "步 step " + i + " — clerk")
                .collect(Collectors.joining("\n"));
        String kept = TaskVariables.shortened(opened + "\n" + steps);
        assertThat(kept.length()).isLessThanOrEqualTo(TaskVariables.LONGEST_HISTORY);
        assertThat(kept).startsWith(opened + "\n" + TaskVariables.LEFT_OUT + "\n").endsWith("step 200 — clerk")
                .doesNotContain("step 1 —");
        // shortened again with one more step: still one mark of what was left out
        String again = TaskVariables.shortened(kept + "\n2026-03-01 10:00 第201步 step 201 — clerk");
        assertThat(again.length()).isLessThanOrEqualTo(TaskVariables.LONGEST_HISTORY);
        assertThat(again.split(TaskVariables.LEFT_OUT, -1)).hasSize(2);
        assertThat(again).endsWith("step 201 — clerk");
    }
}

package cn.chia.governance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import cn.chia.governance.admission.ApplicantDesk.MilestoneKind;
import cn.chia.governance.admission.ApplicantDesk.Stage;
import cn.chia.governance.charter.MembershipApplication;

/**
 * The applicants' pages (/apply and its status page) name every stage, step and kind of applicant the server answers
 * with in words of both their languages: a stage or step without its words would show its code (UNDER_REVIEW).
 */
class ApplicantPagesWordsTest {

    private static final Path TEXTS = Path.of("src/main/resources/static/apply/texts.js");

    @ParameterizedTest
    @ValueSource(strings = {"en", "\"zh-CN\""})
    void everyStageStepAndKindHasItsWords(String language) throws IOException {
        String texts = dictionary(language);
        List<String> stages = Arrays.stream(Stage.values()).map(Stage::name).toList();
        assertThat(keys(block(texts, "stages"))).as("stages").containsExactlyInAnyOrderElementsOf(stages);
        assertThat(keys(block(texts, "next"))).as("what comes next").containsExactlyInAnyOrderElementsOf(stages);
        assertThat(keys(block(texts, "steps"))).as("steps").containsExactlyInAnyOrderElementsOf(
                Arrays.stream(MilestoneKind.values()).map(MilestoneKind::name).toList());
        for (String kind : List.of(MembershipApplication.INDIVIDUAL, MembershipApplication.UNIT, MembershipApplication.FOREIGN)) {
            assertThat(texts).as(kind).containsPattern("kind" + kind + ": \"[^\"]+\"");
        }
    }

    /** The dictionary of one language in texts.js. */
    private static String dictionary(String language) throws IOException {
        String all = Files.readString(TEXTS, StandardCharsets.UTF_8);
        int start = all.indexOf("\n  " + language + ": {");
        assertThat(start).as(language + " in " + TEXTS).isPositive();
        int end = all.indexOf("\n  },", start);
        return all.substring(start, end < 0 ? all.indexOf("\n  }\n", start) : end);
    }

    private static String block(String texts, String name) {
        int start = texts.indexOf("\n    " + name + ": {");
        assertThat(start).as(name).isPositive();
        return texts.substring(start, texts.indexOf("\n    }", start));
    }

    private static List<String> keys(String block) {
        Matcher key = Pattern.compile("\n\\s+([A-Z_]+): \"[^\"]+\"").matcher(block);
        List<String> keys = new java.util.ArrayList<>();
        while (key.find()) {
            keys.add(key.group(1));
        }
        return keys;
    }
}

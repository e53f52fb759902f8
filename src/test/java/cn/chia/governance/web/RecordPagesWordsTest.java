package cn.chia.governance.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import cn.chia.governance.charter.AttendanceRoll.Presence;
import cn.chia.governance.charter.Body;
import cn.chia.governance.charter.CommunicationMeeting.Vote;
import cn.chia.governance.charter.ElectedOffice;
import cn.chia.governance.charter.HonoraryProposal;
import cn.chia.governance.charter.Matter;
import cn.chia.governance.charter.MembershipApplication;
import cn.chia.governance.charter.Outcome;
import cn.chia.governance.register.MemberRegister;

/**
 * The pages of the meetings and the register (static/records/records.js) show every code the API answers with as
 * words of both languages, and the charter's words where the charter has them: a code without its words would show
 * as ADMISSION, a matter worded otherwise than in Tasklist would read as another matter.
 */
class RecordPagesWordsTest {

    private static final Path WORDS = Path.of("src/main/resources/static/records/records.js");

    @Test
    void bodiesAndMattersReadAsTheCharterNamesThem() throws IOException {
        Map<String, List<String>> bodies = group("body");
        assertThat(bodies.keySet()).containsExactlyInAnyOrderElementsOf(names(Body.values()));
        Arrays.stream(Body.values()).forEach(body -> assertThat(bodies.get(body.name())).as(body.name())
                .containsExactly(body.chineseTitle(), body.title()));
        Map<String, List<String>> matters = group("matter");
        assertThat(matters.keySet()).containsExactlyInAnyOrderElementsOf(names(Matter.values()));
        Arrays.stream(Matter.values()).forEach(matter -> assertThat(matters.get(matter.name())).as(matter.name())
                .containsExactly(matter.chineseTitle(), matter.title()));
        Map<String, List<String>> votes = group("vote");
        Arrays.stream(Vote.values()).forEach(vote -> assertThat(votes.get(vote.name())).as(vote.name())
                .containsExactly(vote.chinese(), vote.english()));
    }

    @Test
    void everyOtherCodeTheApiAnswersWithHasItsWords() throws IOException {
        assertThat(group("state").keySet()).containsExactlyInAnyOrderElementsOf(names(MeetingsController.State.values()));
        assertThat(group("outcome").keySet()).containsExactlyInAnyOrderElementsOf(names(Outcome.values()));
        assertThat(group("presence").keySet()).containsExactlyInAnyOrderElementsOf(names(Presence.values()));
        assertThat(group("office").keySet()).containsExactlyInAnyOrderElementsOf(names(ElectedOffice.values()));
        assertThat(group("memberStatus").keySet()).containsExactlyInAnyOrderElementsOf(names(MemberRegister.Status.values()));
        assertThat(group("kind").keySet()).containsExactlyInAnyOrder(MembershipApplication.INDIVIDUAL,
                MembershipApplication.UNIT, MembershipApplication.FOREIGN, HonoraryProposal.KIND);
        for (String group : List.of("state", "outcome", "presence", "office", "memberStatus", "kind")) {
            group(group).forEach((code, words) -> assertThat(words).as(group + " " + code)
                    .satisfies(w -> assertThat(w.get(0)).containsPattern("[\\u3400-\\u9fff]"))
                    .satisfies(w -> assertThat(w.get(1)).containsPattern("^[A-Z][A-Za-z ,:()'-]+$")));
        }
    }

    /** The words of one group of records.js's WORDS: code to [Chinese, English]. */
    private static Map<String, List<String>> group(String name) throws IOException {
        String all = Files.readString(WORDS, StandardCharsets.UTF_8);
        int start = all.indexOf("\n  " + name + ": {");
        assertThat(start).as(name + " in " + WORDS).isPositive();
        String block = all.substring(start, all.indexOf("}", start));
        Matcher entry = Pattern.compile("([A-Z_]+): \\[(['\"])(.*?)\\2, (['\"])(.*?)\\4]").matcher(block);
        Map<String, List<String>> words = new LinkedHashMap<>();
        while (entry.find()) {
            words.put(entry.group(1), List.of(entry.group(3), entry.group(5)));
        }
        return words;
    }

    private static List<String> names(Enum<?>[] values) {
        return Arrays.stream(values).map(Enum::name).toList();
    }
}

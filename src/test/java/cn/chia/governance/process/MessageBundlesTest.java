package cn.chia.governance.process;

import cn.chia.governance.admission.AdmissionCase;
import cn.chia.governance.admission.ApplicantDesk;
import cn.chia.governance.admission.ApplicationCheck;
import cn.chia.governance.charter.ExpulsionCharge;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import cn.chia.governance.charter.Language;
import cn.chia.governance.charter.MembershipApplication;

/**
 * The two message bundles have the same keys, no empty text, the same placeholders; every notice and every stage
 * renders in both languages without a raw key or an unfilled placeholder; and every notice a BPMN names exists.
 */
class MessageBundlesTest {

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    private static final Pattern NOTICE_IN_BPMN = Pattern.compile("<camunda:inputParameter name=\"notice\">([A-Z_]+)<");

    private final Texts texts = new Texts();

    @Test
    void bothBundlesHaveTheSameKeysAndNoEmptyText() throws IOException {
        Properties english = bundle("messages.properties");
        Properties chinese = bundle("messages_zh.properties");
        assertThat(chinese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertThat(english.getProperty(key)).as(key).isNotBlank().doesNotContain("'");
            assertThat(chinese.getProperty(key)).as(key).isNotBlank().doesNotContain("'");
            assertThat(placeholders(chinese.getProperty(key))).as("placeholders of " + key)
                    .isEqualTo(placeholders(english.getProperty(key)));
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyNoticeRendersWithoutARawKeyOrPlaceholder(Language language) throws IOException {
        Properties english = bundle("messages.properties");
        List<String> kinds = english.stringPropertyNames().stream().filter(k -> k.matches("notice\\.[A-Z_]+\\.subject"))
                .map(k -> k.split("\\.")[1]).sorted().toList();
        assertThat(kinds).hasSizeGreaterThanOrEqualTo(15);
        for (String kind : kinds) {
            Object[] arguments = arguments(english, "notice." + kind + ".subject", "notice." + kind + ".body");
            Texts.Message message = texts.notice(kind, language, "李四", arguments);
            for (String text : List.of(message.subject(), message.body())) {
                assertThat(text).as(kind).isNotBlank().doesNotContain("{", "}", "notice.", "greeting");
            }
            Set<Integer> used = placeholders(english.getProperty("notice." + kind + ".subject"));
            used.addAll(placeholders(english.getProperty("notice." + kind + ".body")));
            for (int index : used) {
                assertThat(message.subject() + message.body()).as(kind + " shows {" + index + "}").contains(arguments[index].toString());
            }
            assertThat(message.body()).as(kind).startsWith(language == Language.ZH ? "尊敬的李四：" : "Dear 李四,");
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyStageGroundLapseAndAuthorityRenders(Language language) throws IOException {
        Properties english = bundle("messages.properties");
        List<String> keys = new ArrayList<>();
        for (ApplicantDesk.Stage stage : ApplicantDesk.Stage.values()) {
            keys.add("stage." + stage.name());
        }
        for (ExpulsionCharge.Ground ground : ExpulsionCharge.Ground.values()) {
            keys.add("ground." + ground.name());
        }
        keys.addAll(List.of("inactivity.lapse.DUES", "inactivity.lapse.PARTICIPATION", "inactivity.remedy.DUES",
                "inactivity.remedy.PARTICIPATION", "authority.CAST", "authority.MINISTRY_OF_CIVIL_AFFAIRS",
                "cadence.since.MEETING", "cadence.since.TERM", "cadence.rule.COUNCIL", "cadence.rule.STANDING_COUNCIL"));
        for (String key : keys) {
            String text = texts.get(language, key, arguments(english, key));
            assertThat(text).as(key).isNotBlank().doesNotContain("{", "}", key);
            assertThat(text.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN))
                    .as(key + " in Chinese").isEqualTo(language == Language.ZH);
        }
    }

    @Test
    void everyNoticeNamedInABpmnHasATextInBothLanguages() throws IOException {
        Properties english = bundle("messages.properties");
        Properties chinese = bundle("messages_zh.properties");
        Set<String> named = new TreeSet<>();
        try (Stream<Path> files = Files.list(Path.of("processes"))) {
            for (Path file : files.filter(f -> f.toString().endsWith(".bpmn")).toList()) {
                Matcher notice = NOTICE_IN_BPMN.matcher(Files.readString(file));
                while (notice.find()) {
                    named.add(notice.group(1));
                }
            }
        }
        assertThat(named).contains("ADMITTED", "EXPELLED", "WITHDRAWAL_RECEIVED", "CARD_VOID");
        for (String kind : named) {
            for (Properties bundle : List.of(english, chinese)) {
                assertThat(bundle.getProperty("notice." + kind + ".subject")).as(kind).isNotBlank();
                assertThat(bundle.getProperty("notice." + kind + ".body")).as(kind).isNotBlank();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Language.class)
    void everyProblemTheServerFindsInAnApplicationHasAText(Language language) {
        Set<String> fields = new TreeSet<>(new MembershipApplication(null, null, null, null, null, null, null, null,
                null, false, false).problems(TODAY).keySet());
        fields.addAll(new MembershipApplication("UNIT", null, null, null, null, null, null, null, null, false, false)
                .problems(TODAY).keySet());
        fields.addAll(List.of(AdmissionCase.BRANCH, AdmissionCase.LANGUAGE));
        assertThat(fields).contains("applicantKind", "creditCode", "identityNumber", "statement", "willingToJoin");
        for (String field : fields) {
            assertThat(ApplicationCheck.problemText(texts, language, field)).as(field)
                    .isNotBlank().doesNotContain("problem.").doesNotContain("{");
        }
        MembershipApplication person = new MembershipApplication("INDIVIDUAL", null, null, null, "110105194912310021",
                null, null, null, null, false, false);
        MembershipApplication unit = new MembershipApplication("UNIT", null, null, null, null, "91110000100001234X",
                null, null, null, false, false);
        assertThat(ApplicationCheck.problemText(texts, language, "identityNumber", person, TODAY))
                .startsWith(language == Language.ZH ? "请填写个人的 18 位居民身份证号码：末位校验码不符"
                        : "Enter the 18-character resident identity number of the person: Its last character");
        assertThat(ApplicationCheck.problemText(texts, language, "creditCode", unit, TODAY))
                .startsWith(language == Language.ZH ? "请填写单位的 18 位统一社会信用代码：末位校验码不符"
                        : "Enter the unified social credit code of the unit: Its last character");
    }

    private static final LocalDate TODAY = LocalDate.of(2026, 12, 2);

    @Test
    void datesReadTheChineseWayInChineseAndInWordsInEnglish() {
        LocalDate day = LocalDate.of(2026, 11, 24);
        assertThat(Texts.date(Language.ZH, day)).isEqualTo("2026年11月24日");
        assertThat(Texts.date(Language.EN, day)).isEqualTo("24 November 2026");
        assertThat(Texts.date(Language.ZH, LocalDate.of(2027, 1, 5))).isEqualTo("2027年1月5日");
    }

    @Test
    void numbersAreNotGroupedOrLocalised() {
        assertThat(texts.get(Language.ZH, "stage.LAPSED", 1234)).contains("1234 天");
        assertThat(texts.get(Language.EN, "stage.LAPSED", 1234)).contains("within 1234 days");
    }

    /** «0», «1», ... for every placeholder the keys use. */
    private static Object[] arguments(Properties bundle, String... keys) {
        int count = 0;
        for (String key : keys) {
            for (int index : placeholders(bundle.getProperty(key))) {
                count = Math.max(count, index + 1);
            }
        }
        Object[] arguments = new Object[count];
        for (int i = 0; i < count; i++) {
            arguments[i] = "«" + i + "»";
        }
        return arguments;
    }

    private static Set<Integer> placeholders(String text) {
        Set<Integer> found = new TreeSet<>();
        Matcher placeholder = PLACEHOLDER.matcher(text);
        while (placeholder.find()) {
            found.add(Integer.parseInt(placeholder.group(1)));
        }
        return found;
    }

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessageBundlesTest.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }
}

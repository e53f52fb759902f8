package cn.chia.governance.process;

import cn.chia.governance.admission.ApplicationCheck;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import cn.chia.governance.charter.Language;
import cn.chia.governance.charter.MembershipApplication;

/**
 * The forms say how long a text may be; everything else that names a length says the same: the
 * applicants' page (its inputs and its texts in both languages) and the membership conditions an
 * application is checked against before the engine sees it.
 */
class FormLimitsTest {

    private static final String APPLY = "apply-for-membership";

    @Test
    void theApplicationPageLetsEachInputHoldWhatItsFormAllows() throws IOException {
        String page = resource("static/apply/index.html");
        for (String key : new String[] {"applicantName", "email", "phone", "organisation", "field", "statement"}) {
            assertThat(maxlength(page, key)).as(key).isEqualTo(FormFields.maxLength(APPLY, key));
        }
        // the page's one input holds a person's resident identity number and a foreign expert's passport number
        assertThat(maxlength(page, "identityNumber")).isEqualTo(Math.max(FormFields.maxLength(APPLY, "identityNumber"),
                FormFields.maxLength(APPLY, "passportNumber")));
        assertThat(maxlength(resource("static/apply/status.html"), "informationProvided"))
                .isEqualTo(FormFields.maxLength("record-information", "informationProvided"));
    }

    @Test
    void theApplicationPageNamesTheFormsLimitsInBothLanguages() throws IOException {
        String texts = resource("static/apply/texts.js");
        FormFields.Field statement = FormFields.field(APPLY, "statement");
        assertThat(texts).contains("(" + statement.minLength() + " to " + statement.maxLength() + " characters)")
                .contains("（" + statement.minLength() + " 至 " + statement.maxLength() + " 字）");
        int answer = FormFields.maxLength("record-information", "informationProvided");
        assertThat(texts).contains("1 to " + answer + " characters").contains("1 至 " + answer + " 字");
    }

    @Test
    void theServerNamesTheFormsLimitsInBothLanguages() {
        Texts texts = new Texts();
        for (String key : new String[] {"applicantName", "organisation", "field", "statement"}) {
            FormFields.Field field = FormFields.field(APPLY, key);
            assertThat(ApplicationCheck.problemText(texts, Language.ZH, key)).as(key)
                    .contains("（" + field.minLength() + " 至 " + field.maxLength() + " 字）");
            assertThat(ApplicationCheck.problemText(texts, Language.EN, key)).as(key)
                    .contains(" " + field.minLength() + " to " + field.maxLength() + " characters.");
        }
    }

    @Test
    void anApplicationIsHeldToTheLengthsOfItsForm() {
        for (String key : new String[] {"applicantName", "organisation", "field", "statement"}) {
            FormFields.Field field = FormFields.field(APPLY, key);
            assertThat(problems(key, "x".repeat(field.maxLength()))).as(key).doesNotContainKey(key);
            assertThat(problems(key, "x".repeat(field.maxLength() + 1))).as(key).containsKey(key);
            assertThat(problems(key, "x".repeat(field.minLength()))).as(key).doesNotContainKey(key);
            assertThat(problems(key, "x".repeat(field.minLength() - 1) + " ")).as(key).containsKey(key);
        }
        int email = FormFields.maxLength(APPLY, "email");
        String local = "z".repeat(64) + "@";
        assertThat(problems("email", local + "e".repeat(email - local.length() - 4) + ".org")).doesNotContainKey("email");
        assertThat(problems("email", local + "e".repeat(email - local.length() - 3) + ".org")).containsKey("email");
    }

    private static Map<String, String> problems(String key, String value) {
        Map<String, String> fields = new java.util.HashMap<>(Map.of("applicantName", "Zhang San",
                "email", "zhang@example.org", "organisation", "China Academy of Space Technology",
                "field", "Aerospace materials", "statement", "Led the development of heat-resistant composites."));
        fields.put(key, value);
        return new MembershipApplication("INDIVIDUAL", fields.get("applicantName"), fields.get("email"),
                "+86 10 6851 2345", "11010519491231002X", null, fields.get("organisation"), fields.get("field"),
                fields.get("statement"), true, true).problems(java.time.LocalDate.of(2026, 12, 2));
    }

    private static int maxlength(String page, String id) {
        Matcher input = Pattern.compile("id=\"" + id + "\"[^>]*maxlength=\"(\\d+)\"").matcher(page);
        assertThat(input.find()).as("an input %s with a maxlength", id).isTrue();
        return Integer.parseInt(input.group(1));
    }

    private static String resource(String path) throws IOException {
        try (InputStream in = FormLimitsTest.class.getClassLoader().getResourceAsStream(path)) {
            assertThat(in).as(path).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}

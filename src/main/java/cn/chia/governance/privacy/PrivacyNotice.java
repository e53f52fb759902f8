package cn.chia.governance.privacy;

import java.time.Period;
import java.util.ArrayList;
import java.util.List;

import org.springframework.stereotype.Component;

import cn.chia.governance.charter.Language;
import cn.chia.governance.config.GovernanceSettings;
import cn.chia.governance.process.Texts;

/**
 * The notice on personal information an applicant reads on {@code /apply} and consents to (docs/security.md,
 * "Personal information"): its version ({@code governance.privacy.notice-version}), a short summary and its sections in
 * each language, the periods of keeping and of answering a request from the settings ({@code governance.privacy.*}),
 * the Secretariat's address from {@code governance.mail.from}. The texts are {@code privacy.*} of the message bundles.
 */
@Component
public class PrivacyNotice {

    /** The sections of the full notice, in order; each is {@code privacy.<name>.heading} and {@code .text}. */
    public static final List<String> SECTIONS = List.of("collected", "purposes", "recipients", "masked", "retention",
            "rights", "sensitive");

    /** One section of the notice. */
    public record Section(String id, String heading, String text) {
    }

    /** The notice in one language. */
    public record Wording(String title, String summary, List<Section> sections) {
    }

    private final GovernanceSettings.Privacy privacy;
    private final String secretariat;
    private final Texts texts;

    PrivacyNotice(GovernanceSettings governance, Texts texts) {
        this.privacy = governance.privacy();
        this.secretariat = governance.mail().from();
        this.texts = texts;
    }

    /** The version in force, which a consent must name. */
    public String version() {
        return privacy.noticeVersion();
    }

    /** How long an application that did not lead to membership is kept after it ended. */
    public Period notAdmittedKeptFor() {
        return privacy.notAdmittedKeptFor();
    }

    /** How long a former member is kept after leaving. */
    public Period formerMemberKeptFor() {
        return privacy.formerMemberKeptFor();
    }

    /** Within how long the Secretariat answers a request for a copy, a correction or a deletion. */
    public Period answerWithin() {
        return privacy.answerWithin();
    }

    /** The notice in {@code language}. */
    public Wording in(Language language) {
        List<Section> sections = new ArrayList<>();
        for (String section : SECTIONS) {
            Object[] arguments = switch (section) {
                case "retention" -> new Object[] {words(language, privacy.notAdmittedKeptFor()),
                        words(language, privacy.formerMemberKeptFor())};
                case "rights" -> new Object[] {secretariat, words(language, privacy.answerWithin())};
                default -> new Object[0];
            };
            sections.add(new Section(section, texts.get(language, "privacy." + section + ".heading"),
                    texts.get(language, "privacy." + section + ".text", arguments)));
        }
        return new Wording(texts.get(language, "privacy.title"), texts.get(language, "privacy.summary"),
                List.copyOf(sections));
    }

    /** A period in words: 12 个月, 3 年, 15 日; 12 months, 3 years, 15 days, 1 year and 6 months. */
    public static String words(Language language, Period period) {
        List<String> parts = new ArrayList<>();
        boolean zh = language == Language.ZH;
        if (period.getYears() != 0) {
            parts.add(period.getYears() + (zh ? " 年" : period.getYears() == 1 ? " year" : " years"));
        }
        if (period.getMonths() != 0) {
            parts.add(period.getMonths() + (zh ? " 个月" : period.getMonths() == 1 ? " month" : " months"));
        }
        if (period.getDays() != 0 || parts.isEmpty()) {
            parts.add(period.getDays() + (zh ? " 日" : period.getDays() == 1 ? " day" : " days"));
        }
        return zh ? String.join(" ", parts) : String.join(" and ", parts);
    }
}

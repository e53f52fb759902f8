package cn.chia.governance.privacy;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/**
 * How a value stored as bytes in a meeting's history is rewritten: JSON value by value (an escaped name too), text as
 * text; the same case always gets the same pseudonym.
 */
class EngineHistoryRetentionTest {

    static final Map<String, String> REPLACEMENTS = new LinkedHashMap<>(Map.of("钱十四", "匿名会员 Anonymised member APP-2025-000123",
            "qian@example.org", "[已删除 removed]"));

    @Test
    void jsonIsRewrittenValueByValueAndStaysJson() {
        String agenda = "[{\"caseNumber\":\"APP-2025-000123\",\"title\":\"\\u94b1\\u5341\\u56db\",\"contact\":\"qian@example.org\","
                + "\"votes\":20}]";
        assertThat(EngineHistoryRetention.rewrite(agenda, REPLACEMENTS)).isEqualTo("[{\"caseNumber\":\"APP-2025-000123\","
                + "\"title\":\"匿名会员 Anonymised member APP-2025-000123\",\"contact\":\"[已删除 removed]\",\"votes\":20}]");
    }

    @Test
    void textThatIsNotJsonIsReplacedAsText() {
        assertThat(EngineHistoryRetention.rewrite("<p>钱十四 · qian@example.org</p>", REPLACEMENTS))
                .isEqualTo("<p>匿名会员 Anonymised member APP-2025-000123 · [已删除 removed]</p>");
        assertThat(EngineHistoryRetention.rewrite("[not json 钱十四", REPLACEMENTS))
                .isEqualTo("[not json 匿名会员 Anonymised member APP-2025-000123");
    }

    @Test
    void theSameCaseAlwaysGetsTheSamePseudonymAndTwoCasesTwo() {
        assertThat(Pseudonyms.of("APP-2025-000123", false)).isEqualTo(Pseudonyms.of("APP-2025-000123", false))
                .isEqualTo("匿名申请人 Anonymised applicant APP-2025-000123")
                .isNotEqualTo(Pseudonyms.of("APP-2025-000124", false));
        assertThat(Pseudonyms.of("APP-2025-000123", true)).isEqualTo("匿名会员 Anonymised member APP-2025-000123");
    }
}

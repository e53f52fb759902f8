package cn.chia.governance.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.chia.governance.Glossary;

/** The Tasklist filters a role sees read Chinese first, then English, in the glossary's terms. */
class TasklistFilterNamesTest {

    @Test
    void filterNamesDescriptionsAndColumnsAreChineseThenEnglish() {
        GovernanceProperties properties = new GovernanceProperties(
                List.of(new GovernanceProperties.Branch("beijing", "北京分支机构 Beijing Branch")), null, false, false);
        Map<String, String> texts = new LinkedHashMap<>();
        for (TasklistFilter filter : TasklistFilter.all(properties)) {
            texts.put(filter.name() + " (name)", filter.name());
            texts.put(filter.name() + " (description)", filter.description());
            @SuppressWarnings("unchecked")
            List<Map<String, String>> columns = (List<Map<String, String>>) filter.properties().get("variables");
            columns.forEach(column -> texts.put(filter.name() + " (column " + column.get("name") + ")", column.get("label")));
        }
        assertThat(texts).containsKey("联络部 — 待审核的申请 Liaison Department — applications to review (name)");
        assertThat(Glossary.read().problems(texts)).isEmpty();
    }
}

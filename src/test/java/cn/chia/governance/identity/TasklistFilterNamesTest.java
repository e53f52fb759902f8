package cn.chia.governance.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import cn.chia.governance.Glossary;
import cn.chia.governance.config.GovernanceSettings;

/** The Tasklist filters a role sees read Chinese first, then English, in the glossary's terms. */
class TasklistFilterNamesTest {

    @Test
    void filterNamesDescriptionsAndColumnsAreChineseThenEnglish() {
        GovernanceSettings properties = new GovernanceSettings(new GovernanceSettings.GeneralAssembly(LocalDate.of(2027, 7, 27)),
                List.of(new GovernanceSettings.Branch("beijing", "北京分支机构 Beijing Branch")), null, false, false, false,
                null, null, null, null, null, null, null, null, null, null, null, null, null, null, false);
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

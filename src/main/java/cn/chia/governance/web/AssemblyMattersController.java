package cn.chia.governance.web;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.chia.governance.charter.AssemblyMatterProposal;
import cn.chia.governance.charter.Matter;
import cn.chia.governance.charter.Words;
import cn.chia.governance.identity.Roles;
import cn.chia.governance.process.FormFields;
import cn.chia.governance.process.Refusal;
import cn.chia.governance.register.AssemblyMatters;
import cn.chia.governance.register.AssemblyMatters.AssemblyMatter;

/**
 * The General Assembly's matters as the register keeps them, the latest first: what was put before the Assembly,
 * its resolution, and what followed (the authorities' answers, the persons removed, the fee standard's text).
 */
@RestController
class AssemblyMattersController {

    /** The form that opens a matter, whose choice of kind names each matter in Chinese and English. */
    static final String OPEN_FORM = "open-assembly-matter";

    private final AssemblyMatters matters;
    private final Caller caller;

    AssemblyMattersController(AssemblyMatters matters, Caller caller) {
        this.matters = matters;
        this.caller = caller;
    }

    @GetMapping("/api/assembly/matters")
    List<AssemblyMatter> matters(@RequestParam(required = false) String kind) {
        caller.requireOneOf(Roles.RECORD_READERS, "会员代表大会议题的记录供秘书处、理事会和管理人员查阅。",
                "The General Assembly's matters are for the Secretariat, the Council and managers.");
        if (kind == null || kind.isBlank()) {
            return matters.list(Optional.empty());
        }
        Matter matter = AssemblyMatterProposal.kind(kind.strip()).orElseThrow(() -> {
            List<Words> kinds = AssemblyMatterProposal.kinds().stream().map(AssemblyMattersController::named).toList();
            return new Refusal("kind 须为会员代表大会的议题类别之一：" + kinds.stream().map(Words::zh).collect(Collectors.joining("、"))
                    + "。", "kind is one of the General Assembly's matters: " + kinds.stream().map(Words::en)
                            .collect(Collectors.joining(", ")) + ".");
        });
        return matters.list(Optional.of(matter));
    }

    /** 修改章程（ARTICLES_AMENDMENT）, Amendment of the Articles (ARTICLES_AMENDMENT): as the form that opens a matter names it. */
    private static Words named(Matter matter) {
        Words words = FormFields.labelWords(FormFields.field(OPEN_FORM, "matterKind").words(matter.name()));
        return new Words(words.zh() + "（" + matter.name() + "）", words.en() + " (" + matter.name() + ")");
    }
}

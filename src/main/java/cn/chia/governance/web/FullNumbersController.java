package cn.chia.governance.web;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.chia.governance.admission.CaseReviewers;
import cn.chia.governance.identity.Roles;
import cn.chia.governance.process.Refusal;
import cn.chia.governance.register.PersonalData;
import cn.chia.governance.register.PersonalData.Kept;
import cn.chia.governance.register.PersonalData.Read;
import cn.chia.governance.register.PersonalData.What;

/**
 * A case's full identity document number and telephone (the engine's variables hold them masked), for the Secretariat
 * and for the Liaison Department's reviewer while the case's review task is open before them (a member of the Liaison
 * Department who is its assignee, or its candidate while nobody has claimed it); every read recorded.
 * The record of those reads, for administrators (docs/security.md, "Personal information").
 */
@RestController
class FullNumbersController {

    private static final Pattern CASE_NUMBER = Pattern.compile("[A-Za-z]{2,5}-[0-9A-Za-z-]{1,60}");
    private static final int MOST_READS = 1000;

    private final PersonalData vault;
    private final CaseReviewers reviewers;
    private final Caller caller;

    FullNumbersController(PersonalData vault, CaseReviewers reviewers, Caller caller) {
        this.vault = vault;
        this.reviewers = reviewers;
        this.caller = caller;
    }

    @GetMapping("/api/cases/{caseNumber}/personal-data")
    Kept personalData(@PathVariable String caseNumber) {
        if (!CASE_NUMBER.matcher(caseNumber).matches()) {
            throw new Refusal("案件编号形如 APP-2026-000123：字母、年份和序号。",
                    "A case number reads like APP-2026-000123: letters, the year and the number.");
        }
        boolean reviewer = caller.isInOneOf(Roles.CASE_REVIEWERS)
                && reviewers.reviews(caseNumber, caller.userId(), caller.groups());
        if (!caller.isInOneOf(Roles.FULL_NUMBER_READERS) && !reviewer) {
            throw Refusal.forbidden("完整的身份证件号码和电话只供秘书处查阅，以及联络部在审核该案件期间查阅。",
                    "Full identity numbers and telephones are for the Secretariat, and for the Liaison Department"
                            + " while it reviews the case.");
        }
        Kept kept = vault.find(caseNumber).orElseThrow(() -> Refusal.notFound(
                "案件 " + caseNumber + " 没有登记身份证件号码或电话。", "Case " + caseNumber
                        + " has no identity number or telephone on record."));
        vault.recordRead(caller.userId(), caseNumber, What.CASE_PERSONAL_DATA);
        return kept;
    }

    /** The reads of full numbers, newest first, of one case ({@code case}) or of all; at most 1000. */
    @GetMapping("/api/personal-data-reads")
    List<Read> reads(@RequestParam(name = "case", required = false) String caseNumber,
            @RequestParam(required = false) Integer limit) {
        caller.requireOneOf(Roles.PERSONAL_DATA_AUDITORS, "个人信息的查阅记录只供系统管理员查阅。",
                "The record of who read personal data is for administrators.");
        int most = limit == null ? 200 : Math.min(Math.max(1, limit), MOST_READS);
        return vault.reads(caseNumber == null || caseNumber.isBlank() ? null : caseNumber.strip(), most);
    }
}

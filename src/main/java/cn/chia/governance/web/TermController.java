package cn.chia.governance.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.chia.governance.identity.Roles;
import cn.chia.governance.register.TermRecords;
import cn.chia.governance.register.TermRecords.Term;

/** The General Assembly's current term and every request to change it. */
@RestController
class TermController {

    private final TermRecords terms;
    private final Caller caller;

    TermController(TermRecords terms, Caller caller) {
        this.terms = terms;
        this.caller = caller;
    }

    @GetMapping("/api/terms")
    Term term() {
        caller.requireOneOf(Roles.RECORD_READERS, "届期记录供秘书处、理事会和管理人员查阅。",
                "The term's record is for the Secretariat, the Council and managers.");
        return terms.term();
    }
}

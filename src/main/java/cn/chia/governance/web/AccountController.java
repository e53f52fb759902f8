package cn.chia.governance.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.chia.governance.identity.Roles;

/**
 * Who the caller is and which of the application's pages they may read: Tasklist's menu links to a page only for
 * those the page's data answers, so that no link leads to a refusal.
 */
@RestController
class AccountController {

    /** The caller's user id; whether they read the meetings and their minutes, and the member register. */
    record Account(String userId, boolean readsMeetings, boolean readsMemberRegister) {
    }

    private final Caller caller;

    AccountController(Caller caller) {
        this.caller = caller;
    }

    @GetMapping("/api/me")
    Account me() {
        return new Account(caller.userId(), caller.isInOneOf(Roles.RECORD_READERS), caller.isInOneOf(Roles.REGISTER_READERS));
    }
}

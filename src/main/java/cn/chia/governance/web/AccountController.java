package cn.chia.governance.web;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

import cn.chia.governance.charter.Language;
import cn.chia.governance.identity.Roles;
import cn.chia.governance.process.Refusal;
import cn.chia.governance.register.TaskMails;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Who the caller is and which of the application's pages they may read: Tasklist's menu links to a page only for
 * those the page's data answers, so that no link leads to a refusal. And the caller's own choice about mail on tasks:
 * on or off, and in which language.
 */
@RestController
class AccountController {

    /** The caller's user id; whether they read the meetings and their minutes, and the member register. */
    record Account(String userId, boolean readsMeetings, boolean readsMemberRegister) {
    }

    /**
     * Mail about tasks: whether the caller gets it, and in which language ({@code zh} or {@code en}; unless chosen, the
     * language the caller's webapps last showed, else Chinese); {@code languageChosen} says whether it was chosen.
     */
    record TaskMail(Boolean enabled, String language, Boolean languageChosen) {
    }

    private final Caller caller;
    private final TaskMails mails;

    AccountController(Caller caller, TaskMails mails) {
        this.caller = caller;
        this.mails = mails;
    }

    /** Also notes the language the caller's webapps show (their cookie), the language of their task mail unless chosen. */
    @GetMapping("/api/me")
    Account me(HttpServletRequest request) {
        String userId = caller.userId();
        if (userId != null && request.getCookies() != null) {
            for (jakarta.servlet.http.Cookie cookie : request.getCookies()) {
                if (CallerLanguage.COOKIE.equals(cookie.getName()) && cookie.getValue() != null
                        && cookie.getValue().matches("zh|en")) {
                    mails.seen(userId, Language.of(cookie.getValue()));
                }
            }
        }
        return new Account(userId, caller.isInOneOf(Roles.RECORD_READERS), caller.isInOneOf(Roles.REGISTER_READERS));
    }

    @GetMapping("/api/me/task-mail")
    TaskMail taskMail() {
        return shown(mails.choices(caller.userId()));
    }

    /** Turns the caller's task mail on or off ({@code enabled}), and chooses its language ({@code language}, optional). */
    @PutMapping("/api/me/task-mail")
    TaskMail chooseTaskMail(@RequestBody TaskMail choice) {
        if (choice == null || choice.enabled() == null) {
            throw new Refusal("请说明是否接收任务邮件：{\"enabled\": true} 或 {\"enabled\": false}。",
                    "Say whether you want mail about tasks: {\"enabled\": true} or {\"enabled\": false}.");
        }
        Language language = choice.language() == null || choice.language().isBlank() ? null : Language.of(choice.language());
        return shown(mails.choose(caller.userId(), choice.enabled(), language));
    }

    private static TaskMail shown(TaskMails.Choices choices) {
        return new TaskMail(choices.mailEnabled(), choices.language().code(), choices.chosen() != null);
    }
}

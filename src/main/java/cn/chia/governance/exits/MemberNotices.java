package cn.chia.governance.exits;

import org.springframework.stereotype.Component;

import cn.chia.governance.process.Texts;
import cn.chia.governance.register.MemberRegister.Member;
import cn.chia.governance.register.Notifier;

/** Sends a member a notice in the member's language, at the address in the register. */
@Component
class MemberNotices {

    private final Notifier notifier;
    private final Texts texts;

    MemberNotices(Notifier notifier, Texts texts) {
        this.notifier = notifier;
        this.texts = texts;
    }

    /** {@code filedUnder}: the case number (or, for a warning, the membership number) the notice is filed under. */
    void send(Member member, String filedUnder, Enum<?> notice, Object... arguments) {
        Texts.Message message = texts.notice(notice.name(), member.language(), member.name(), arguments);
        notifier.notify(filedUnder, member.email(), message.subject(), message.body());
    }
}

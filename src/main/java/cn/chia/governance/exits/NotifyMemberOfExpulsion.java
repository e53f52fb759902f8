package cn.chia.governance.exits;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.ExpulsionCharge;
import cn.chia.governance.charter.Language;
import cn.chia.governance.process.Texts;
import cn.chia.governance.register.MemberRegister;
import cn.chia.governance.register.MemberRegister.Member;

/** Tells a member, in the member's language, where an expulsion case stands: the {@link ExpulsionCase.Notice} its task names. */
@Component("notifyMemberOfExpulsion")
class NotifyMemberOfExpulsion implements JavaDelegate {

    private final MemberRegister register;
    private final MemberNotices notices;
    private final Texts texts;
    private final Clock clock;

    NotifyMemberOfExpulsion(MemberRegister register, MemberNotices notices, Texts texts, Clock clock) {
        this.register = register;
        this.notices = notices;
        this.texts = texts;
        this.clock = clock;
    }

    @Override
    public void execute(DelegateExecution execution) {
        String caseNumber = execution.getProcessBusinessKey();
        ExpulsionCase expulsion = ExpulsionCase.of(execution);
        Member member = register.find(expulsion.membershipNumber()).orElseThrow();
        Language language = member.language();
        ExpulsionCase.Notice notice = expulsion.notice();
        Object[] arguments = switch (notice) {
            case EXPULSION_OPENED -> new Object[] {caseNumber, texts.get(language, "ground." + expulsion.ground()),
                    expulsion.facts(), Texts.date(language, ExpulsionCharge.answerDue(LocalDate.now(clock)))};
            case EXPELLED, EXPULSION_REJECTED -> new Object[] {caseNumber, expulsion.resolutionNumber(),
                    expulsion.decisionReason(language)};
        };
        notices.send(member, caseNumber, notice, arguments);
    }
}

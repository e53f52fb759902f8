package cn.chia.governance.privacy;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import cn.chia.governance.admission.AdmissionCase;
import cn.chia.governance.charter.Language;
import cn.chia.governance.config.GovernanceSettings;
import cn.chia.governance.process.NewCases;
import cn.chia.governance.process.Refusal;
import cn.chia.governance.register.CaseNumbers;
import cn.chia.governance.register.MemberRegister;

/**
 * Receives a request to correct or delete personal data, from the person (the personal-data API, proved by a receipt or
 * card secret) or from the Secretariat's start form (a request by letter): a kind, what is asked, and whose data (an
 * application's case number or a membership number the association holds). Numbers it (PDR-2026-0001), and sets the
 * last day to answer: today in Beijing and {@code governance.privacy.answer-within} (the task's due date is the same).
 */
@Component("receiveDataRequest")
class ReceiveDataRequest implements ExecutionListener {

    /** The longest request (the form's limit). */
    static final int DETAIL_LENGTH = 2000;

    private final HistoryService history;
    private final MemberRegister register;
    private final CaseNumbers caseNumbers;
    private final Clock clock;
    private final java.time.Period answerWithin;

    ReceiveDataRequest(HistoryService history, MemberRegister register, CaseNumbers caseNumbers, Clock clock,
            GovernanceSettings settings) {
        this.history = history;
        this.register = register;
        this.caseNumbers = caseNumbers;
        this.clock = clock;
        this.answerWithin = settings.privacy().answerWithin();
    }

    @Override
    public void notify(DelegateExecution execution) {
        NewCases.refuseChosenCaseNumber(execution);
        DataRequestCase request = DataRequestCase.of(execution);
        DataRequestCase.Kind kind = request.kind();
        if (kind == null) {
            throw new Refusal("请选择请求的种类：更正（CORRECTION）或删除（DELETION）。",
                    "Choose the kind of request: CORRECTION or DELETION.");
        }
        String detail = request.detail() == null ? "" : request.detail().strip();
        if (detail.isEmpty() || detail.length() > DETAIL_LENGTH) {
            throw new Refusal("请写明要更正或删除哪些信息（至多 " + DETAIL_LENGTH + " 字）。",
                    "Say which data to correct or delete (at most " + DETAIL_LENGTH + " characters).");
        }
        String number = request.subjectNumber();
        String name;
        String email;
        Language language;
        DataRequestCase.Subject subject;
        MemberRegister.Member member = number == null ? null : register.find(number).orElse(null);
        if (member != null) {
            subject = DataRequestCase.Subject.MEMBER;
            name = member.name();
            email = member.email();
            language = member.language();
        } else {
            AdmissionCase.Given given = number == null ? null : AdmissionCase.given(history, number).orElse(null);
            if (given == null) {
                throw Refusal.notFound("没有案件编号或会员编号为 " + number + " 的申请或会员。",
                        "No application or member numbered " + number + ".");
            }
            subject = DataRequestCase.Subject.APPLICATION;
            name = given.applicantName();
            email = given.email();
            language = Language.of(given.language());
        }
        LocalDate today = LocalDate.now(clock);
        String caseNumber = NewCases.assignCaseNumber(execution, caseNumbers, CaseNumbers.Kind.PERSONAL_DATA_REQUEST);
        request.receive(caseNumber, number, subject, kind, detail, name, email, language, today,
                today.plus(answerWithin));
    }
}

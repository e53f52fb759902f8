package cn.chia.governance.term;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.Language;
import cn.chia.governance.charter.TermChangeRequest;
import cn.chia.governance.charter.TermChangeRequest.Kind;
import cn.chia.governance.charter.Words;
import cn.chia.governance.process.FormFields;
import cn.chia.governance.process.NewCases;
import cn.chia.governance.process.Refusal;
import cn.chia.governance.process.Texts;
import cn.chia.governance.register.CaseNumbers;
import cn.chia.governance.register.TermRecords;

/**
 * Receives a request to change the General Assembly's term: a known kind, real dates and a reason, then the
 * charter's rules of a change ({@link TermChangeRequest}); one change at a time.
 */
@Component("receiveTermChange")
class ReceiveTermChange implements ExecutionListener {

    private final TermRecords terms;
    private final CaseNumbers caseNumbers;
    private final RuntimeService runtime;
    private final Clock clock;

    ReceiveTermChange(TermRecords terms, CaseNumbers caseNumbers, RuntimeService runtime, Clock clock) {
        this.terms = terms;
        this.caseNumbers = caseNumbers;
        this.runtime = runtime;
        this.clock = clock;
    }

    @Override
    public void notify(DelegateExecution execution) {
        NewCases.refuseChosenCaseNumber(execution);
        TermExtensionCase change = TermExtensionCase.of(execution);
        Kind kind = Kind.of(change.changeKind()).orElseThrow(() -> new Refusal("请选择" + Kind.POSTPONEMENT.named().zh()
                + "或" + Kind.EARLY_CHANGE.named().zh() + "；收到的是“" + change.changeKind() + "”。", "Choose a "
                + Kind.POSTPONEMENT.named().en() + " or an " + Kind.EARLY_CHANGE.named().en() + "; got '"
                + change.changeKind() + "'."));
        LocalDate current = change.currentTermEnd();
        LocalDate requested = change.requestedTermEnd();
        String reason = change.reason();
        if (reason == null || reason.isBlank()) {
            int longest = FormFields.maxLength("request-term-change", TermExtensionCase.REASON);
            throw new Refusal("请说明变更届期的理由（至多 " + longest + " 个字符）。", "Give the reason for the change (at most "
                    + longest + " characters).");
        }
        List<Words> problems = new TermChangeRequest(kind, current, requested, terms.currentTermEnd(),
                terms.electedTermEnd(), LocalDate.now(clock)).problems();
        if (!problems.isEmpty()) {
            throw new Refusal(problems.get(0));
        }
        Optional<String> open = TermExtensionCase.otherChangeUnderWay(runtime, execution.getProcessInstanceId());
        if (open.isPresent()) {
            throw new Refusal("届期变更案件 " + open.get() + " 正在办理中。", "A change of the term is already under way: "
                    + open.get() + ".");
        }
        String caseNumber = NewCases.assignCaseNumber(execution, caseNumbers, CaseNumbers.Kind.TERM_CHANGE);
        String day = Texts.date(Language.ZH, requested);
        change.open(caseNumber, current, requested, kind == Kind.POSTPONEMENT
                ? "会员代表大会届期延长至" + day + " Postponement of the General Assembly's term to " + requested
                : "会员代表大会提前于" + day + "换届 Early change of the General Assembly's term to " + requested);
        terms.request(caseNumber, TermRecords.Kind.valueOf(kind.name()), current, requested, reason);
    }
}

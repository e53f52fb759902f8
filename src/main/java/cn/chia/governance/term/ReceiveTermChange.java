package cn.chia.governance.term;

import cn.chia.governance.process.WaitingCase;

import cn.chia.governance.process.Dates;
import cn.chia.governance.process.FormFields;
import cn.chia.governance.process.NewCases;

import static cn.chia.governance.process.WaitingCase.CASE_TITLE;
import static cn.chia.governance.process.WaitingCase.MATTER;
import static cn.chia.governance.term.TermVariables.CHANGE_KIND;
import static cn.chia.governance.term.TermVariables.CURRENT_TERM_END;
import static cn.chia.governance.term.TermVariables.PROCESS_KEY;
import static cn.chia.governance.term.TermVariables.REASON;
import static cn.chia.governance.term.TermVariables.REQUESTED_TERM_END;

import java.time.Clock;
import java.time.LocalDate;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.Matter;
import cn.chia.governance.register.CaseNumbers;
import cn.chia.governance.register.TermRecords;

/**
 * Receives a request to change the General Assembly's term: the current end must be the register's,
 * the requested date not past; a postponement at most 1 year, an early change before the term's end.
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
        TermRecords.Kind kind = kind(execution.getVariable(CHANGE_KIND));
        LocalDate current = Dates.of(execution.getVariable(CURRENT_TERM_END), "the end of the current term");
        LocalDate requested = Dates.of(execution.getVariable(REQUESTED_TERM_END), "the requested end of the term");
        Object reason = execution.getVariable(REASON);
        if (reason == null || reason.toString().isBlank()) {
            throw new BadUserRequestException("Give the reason for the change (at most "
                    + FormFields.maxLength("request-term-change", REASON) + " characters).");
        }
        LocalDate registered = terms.currentTermEnd();
        if (!current.equals(registered)) {
            throw new BadUserRequestException("The register says the current term ends on " + registered
                    + ", not " + current + ".");
        }
        if (requested.isBefore(LocalDate.now(clock))) {
            throw new BadUserRequestException("The requested end of the term, " + requested + ", lies in the past.");
        }
        if (kind == TermRecords.Kind.POSTPONEMENT && !requested.isAfter(current)) {
            throw new BadUserRequestException("A postponement ends the term after " + current + ".");
        }
        if (kind == TermRecords.Kind.POSTPONEMENT && requested.isAfter(current.plusYears(1))) {
            throw new BadUserRequestException("An extension may not exceed 1 year: the term may end on "
                    + current.plusYears(1) + " at the latest.");
        }
        if (kind == TermRecords.Kind.EARLY_CHANGE && !requested.isBefore(current)) {
            throw new BadUserRequestException("An early change ends the term before " + current + ".");
        }
        ProcessInstance open = runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).list().stream()
                .filter(other -> !other.getId().equals(execution.getProcessInstanceId())).findFirst().orElse(null);
        if (open != null) {
            throw new BadUserRequestException("A change of the term is already under way: " + open.getBusinessKey() + ".");
        }
        String caseNumber = NewCases.assignCaseNumber(execution, caseNumbers, CaseNumbers.Kind.TERM_CHANGE);
        execution.setVariable(WaitingCase.CASE_NUMBER, caseNumber);
        execution.setVariable(CURRENT_TERM_END, current.toString());
        execution.setVariable(REQUESTED_TERM_END, requested.toString());
        execution.setVariable(MATTER, Matter.TERM_CHANGE.name());
        execution.setVariable(CASE_TITLE, (kind == TermRecords.Kind.POSTPONEMENT ? "Postponement" : "Early change")
                + " of the General Assembly's term to " + requested);
        terms.request(caseNumber, kind, current, requested, reason.toString());
    }

    private static TermRecords.Kind kind(Object value) {
        try {
            return TermRecords.Kind.valueOf(String.valueOf(value));
        } catch (IllegalArgumentException unknown) {
            throw new BadUserRequestException("Choose POSTPONEMENT or EARLY_CHANGE; got '" + value + "'.");
        }
    }
}

package cn.chia.governance.process;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * The base of each procedure's typed case class ({@code AdmissionCase}, {@code MeetingCase}, …): the only
 * code that reads or writes process variables by name. Delegates and listeners ask their case class; the
 * names stay its constants, which forms, REST clients and tests share.
 */
public abstract class CaseVariables {

    protected final VariableScope scope;

    protected CaseVariables(VariableScope scope) {
        this.scope = scope;
    }

    /** The value as stored, or {@code null}. */
    protected final Object value(String name) {
        return scope.getVariable(name);
    }

    /** The value as text, {@code null} when absent. */
    protected final String text(String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString();
    }

    /** A checkbox: ticked when it holds {@code true} or the text {@code "true"}. */
    protected final boolean ticked(String name) {
        Object value = scope.getVariable(name);
        return Boolean.TRUE.equals(value) || "true".equals(String.valueOf(value));
    }

    /**
     * A date typed by a clerk or sent by a REST client; {@code what} names it in the English refusal
     * ({@link Dates#of(Object, cn.chia.governance.charter.Words)} names it in each language).
     */
    protected final LocalDate date(String name, String what) {
        return Dates.of(scope.getVariable(name), what);
    }

    /**
     * A head count typed by a clerk or sent by a REST client; {@code what} names it in the English refusal
     * ({@link Counts#of(Object, cn.chia.governance.charter.Words)} names it in each language).
     */
    protected final int count(String name, String what) {
        return Counts.of(scope.getVariable(name), what);
    }

    protected final void set(String name, Object value) {
        scope.setVariable(name, value);
    }

    /** On a task: a variable of the task itself, which whoever may read the task reads with it. */
    protected final void setLocal(String name, Object value) {
        scope.setVariableLocal(name, value);
    }
}

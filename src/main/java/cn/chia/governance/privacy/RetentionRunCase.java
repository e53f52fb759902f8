package cn.chia.governance.privacy;

import java.time.LocalDate;

import org.camunda.bpm.engine.delegate.VariableScope;

import cn.chia.governance.process.CaseVariables;

/**
 * The variables of a retention run (process {@code personal-data-retention}): the day it counted from and how many
 * applications and former members it anonymised. Counts only: the run's own history names nobody.
 */
public final class RetentionRunCase extends CaseVariables {

    public static final String PROCESS_KEY = "personal-data-retention";
    /** The day the run counted the periods back from (Beijing). */
    public static final String RUN_ON = "runOn";
    /** Applications that did not lead to membership, anonymised by this run. */
    public static final String APPLICATIONS_ANONYMISED = "applicationsAnonymised";
    /** Former members anonymised by this run. */
    public static final String FORMER_MEMBERS_ANONYMISED = "formerMembersAnonymised";

    RetentionRunCase(VariableScope scope) {
        super(scope);
    }

    void record(LocalDate day, RetentionRun.Result result) {
        set(RUN_ON, day.toString());
        set(APPLICATIONS_ANONYMISED, result.applications());
        set(FORMER_MEMBERS_ANONYMISED, result.formerMembers());
    }
}

package cn.chia.governance.filing;

import static cn.chia.governance.filing.AuthorityAnswer.ANSWERED_ON;
import static cn.chia.governance.filing.AuthorityAnswer.AUTHORITY_ANSWER;
import static cn.chia.governance.filing.AuthorityAnswer.AUTHORITY_NOTE;
import static cn.chia.governance.filing.AuthorityAnswer.AUTHORITY_REFERENCE;
import static cn.chia.governance.filing.CastDossier.CAST_REFERENCE;
import static cn.chia.governance.filing.CastDossier.DOSSIER_SUMMARY;
import static cn.chia.governance.filing.CastDossier.SUBMITTED_ON;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;

import cn.chia.governance.process.WaitingCase;

/**
 * The variables of a filing with the authorities, as the Secretariat records them step by step:
 * {@code Filings.aFiling(caseNumber).of("John Smith").build()} (what the admission passes the filing),
 * {@code Filings.aDossier("CV, ...")}, {@code Filings.aSubmission(today, "CAST-2026-118")}, and an authority's
 * answer {@code Filings.anAnswer("REFUSED").reference("CAST-R-2026-14").note("...").on(today).build()}.
 */
public final class Filings {

    private final Map<String, Object> variables = new LinkedHashMap<>();

    private Filings() {
    }

    /** A filing started for the case with that number, as the admission's call activity starts it. */
    public static Filings aFiling(String caseNumber) {
        Filings filing = new Filings();
        filing.variables.put(WaitingCase.CASE_NUMBER, caseNumber);
        return filing;
    }

    /** The applicant the filing is for: the case's title and the applicant's name (the admission's variables). */
    public Filings of(String applicantName) {
        return titled(applicantName).put("applicantName", applicantName);
    }

    public Filings titled(String caseTitle) {
        return put(WaitingCase.CASE_TITLE, caseTitle);
    }

    /** The applicant's organisation (the admission's variable). */
    public Filings from(String organisation) {
        return put("organisation", organisation);
    }

    /** The Secretariat's answer to the task Prepare the dossier. */
    public static Map<String, Object> aDossier(String summary) {
        return Map.of(DOSSIER_SUMMARY, summary);
    }

    /** The Secretariat's answer to the task Submit the dossier to CAST. */
    public static Map<String, Object> aSubmission(LocalDate submittedOn, String castReference) {
        return Map.of(SUBMITTED_ON, submittedOn.toString(), CAST_REFERENCE, castReference);
    }

    /** An authority's answer, as the Secretariat records it; reference and note are sent even when empty. */
    public static Filings anAnswer(String answer) {
        Filings reply = new Filings();
        reply.variables.put(AUTHORITY_ANSWER, answer);
        reply.variables.put(AUTHORITY_REFERENCE, null);
        reply.variables.put(AUTHORITY_NOTE, null);
        return reply;
    }

    public Filings reference(String reference) {
        return put(AUTHORITY_REFERENCE, reference);
    }

    public Filings note(String note) {
        return put(AUTHORITY_NOTE, note);
    }

    public Filings on(LocalDate answeredOn) {
        return put(ANSWERED_ON, answeredOn.toString());
    }

    public Map<String, Object> build() {
        return new HashMap<>(variables);
    }

    private Filings put(String name, Object value) {
        variables.put(name, value);
        return this;
    }
}

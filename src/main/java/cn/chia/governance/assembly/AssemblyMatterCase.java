package cn.chia.governance.assembly;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.delegate.VariableScope;

import cn.chia.governance.charter.AssemblyMatterProposal;
import cn.chia.governance.charter.AssemblyMatterProposal.FollowUp;
import cn.chia.governance.charter.AssemblyMatterProposal.OnRoster;
import cn.chia.governance.charter.Language;
import cn.chia.governance.charter.Matter;
import cn.chia.governance.filing.AuthorityAnswer;
import cn.chia.governance.filing.CastDossier;
import cn.chia.governance.process.WaitingCase;

/**
 * A matter of the General Assembly: what the Secretariat puts before it (form open-assembly-matter, REST start), the
 * Assembly's decision in a governance meeting and what follows it: the authorities' review and approval (the
 * Articles, termination), the removed persons leaving their rosters, or the record of its adoption. The only code that
 * reads or writes its process variables.
 */
public final class AssemblyMatterCase extends WaitingCase {

    public static final String PROCESS_KEY = "assembly-matter";

    // the matter (start form, REST start)
    /** One of the {@link Matter}s the General Assembly decides ({@link AssemblyMatterProposal#kinds()}). */
    public static final String MATTER_KIND = "matterKind";
    public static final String MATTER_TITLE = "matterTitle";
    /** The reference of the document decided (文件编号). */
    public static final String DOCUMENT_REFERENCE = "documentReference";
    /** What the matter is about, optional. */
    public static final String DETAILS = "details";
    /** The text of the membership fee standard (FEE_STANDARD). */
    public static final String FEE_STANDARD = "feeStandard";
    /** The roster numbers of the directors and supervisors removed (REMOVAL_FROM_OFFICE), separated by commas. */
    public static final String REMOVED_ROSTER_NUMBERS = "removedRosterNumbers";

    // set on the way
    /** What follows adoption: one of {@link FollowUp}. */
    public static final String FOLLOW_UP = "followUp";
    /** Who refused the matter: one of {@link Refuser}, set on the refusal flow that was taken. */
    public static final String REFUSED_BY = "refusedBy";
    /** The Ministry's reference, from its answer (CAST's review keeps {@link CastDossier#CAST_REFERENCE}). */
    public static final String MCA_REFERENCE = "mcaReference";

    /** Who may refuse an adopted matter that goes to the authorities. */
    public enum Refuser { CAST, MINISTRY_OF_CIVIL_AFFAIRS }

    private AssemblyMatterCase(VariableScope scope) {
        super(scope);
    }

    public static AssemblyMatterCase of(VariableScope scope) {
        return new AssemblyMatterCase(scope);
    }

    /** The roster numbers of the persons removed, as typed. */
    public String removedAsTyped() {
        return text(REMOVED_ROSTER_NUMBERS);
    }

    /** The matter as sent, unchecked, with what the register found on the rosters for the numbers typed. */
    public AssemblyMatterProposal proposal(Map<Long, OnRoster> rosters) {
        return new AssemblyMatterProposal(text(MATTER_KIND), text(MATTER_TITLE), text(DOCUMENT_REFERENCE), text(DETAILS),
                text(FEE_STANDARD), removedAsTyped(), rosters);
    }

    /** The kind, once the matter was received. */
    public Matter kind() {
        return AssemblyMatterProposal.kind(text(MATTER_KIND)).orElseThrow();
    }

    /** The roster numbers of the persons removed, each once. */
    public List<Long> removedRosterNumbers() {
        return AssemblyMatterProposal.rosterNumbers(removedAsTyped());
    }

    /** The matter received: numbered, its title kept without surrounding spaces, waiting for the General Assembly. */
    public void open(String caseNumber, Matter kind) {
        String title = text(MATTER_TITLE).strip();
        set(MATTER_TITLE, title);
        set(DOCUMENT_REFERENCE, text(DOCUMENT_REFERENCE).strip());
        awaitDecision(caseNumber, kind, title + "（" + text(DOCUMENT_REFERENCE).strip() + "）");
    }

    /** Adopted: what follows, for the BPMN's gateway. */
    public FollowUp recordFollowUp() {
        FollowUp followUp = AssemblyMatterProposal.followUp(kind());
        set(FOLLOW_UP, followUp.name());
        return followUp;
    }

    public void refusedBy(Refuser refuser) {
        set(REFUSED_BY, refuser.name());
    }

    public String refusedBy() {
        return text(REFUSED_BY);
    }

    /** The Assembly's tally, why it was not adopted. */
    public String tally() {
        Object tally = decisionReason(Language.EN);
        return tally == null ? null : tally.toString();
    }

    /** The note of the authority that refused. */
    public String authorityNote() {
        return AuthorityAnswer.of(scope).note();
    }

    public String castReference() {
        return CastDossier.of(scope).castReference();
    }

    public String mcaReference() {
        return text(MCA_REFERENCE);
    }
}

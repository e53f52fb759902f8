package cn.chia.governance.honorary;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.VariableScope;

import cn.chia.governance.charter.HonoraryProposal;
import cn.chia.governance.charter.HonoraryProposal.Origin;
import cn.chia.governance.charter.Language;
import cn.chia.governance.charter.Matter;
import cn.chia.governance.register.Masking;
import cn.chia.governance.process.PersonalFields;
import cn.chia.governance.process.WaitingCase;
import cn.chia.governance.register.Applicant;
import cn.chia.governance.register.PersonalData;

/**
 * An honorary membership: the Secretariat's proposal (form propose-honorary-membership, REST start), the Standing
 * Council's recommendation, the Council's approval and the member it made. The only code that reads or writes its
 * process variables.
 */
public final class HonoraryMembershipCase extends WaitingCase {

    public static final String PROCESS_KEY = "honorary-membership";

    // the proposal (start form, REST start)
    /** One of {@link Origin}: a Chinese expert or a foreigner. */
    public static final String HONOREE_ORIGIN = "honoreeOrigin";
    public static final String HONOREE_NAME = "honoreeName";
    public static final String HONOREE_ORGANISATION = "honoreeOrganisation";
    /** A foreigner's nationality; a Chinese expert's is China. */
    public static final String HONOREE_NATIONALITY = "honoreeNationality";
    /** The reasons: the contributions that earn the title. */
    public static final String CONTRIBUTIONS = "contributions";
    public static final String HONOREE_EMAIL = "honoreeEmail";
    public static final String HONOREE_PHONE = "honoreePhone";

    // set on the way
    public static final String RECOMMENDATION_RESOLUTION = "recommendationResolution";
    public static final String MEMBERSHIP_NUMBER = "membershipNumber";

    private HonoraryMembershipCase(VariableScope scope) {
        super(scope);
    }

    public static HonoraryMembershipCase of(VariableScope scope) {
        return new HonoraryMembershipCase(scope);
    }

    /** Which start variable holds the honoree's telephone number: the engine keeps it masked, the vault in full. */
    public static final PersonalFields PERSONAL_FIELDS = new PersonalFields(PROCESS_KEY, List.of(), List.of(HONOREE_PHONE));

    /** The proposal as the variables hold it, unchecked (the telephone masked once opened). */
    public HonoraryProposal proposal() {
        return proposal(Map.of());
    }

    /**
     * The proposal as sent, unchecked: the variables, with the full values {@code sent} (by variable name) taken out
     * of them at the start ({@link cn.chia.governance.process.PersonalDataAtStart#sent()}).
     */
    public HonoraryProposal proposal(Map<String, String> sent) {
        return new HonoraryProposal(text(HONOREE_ORIGIN), text(HONOREE_NAME), text(HONOREE_ORGANISATION),
                text(HONOREE_NATIONALITY), text(CONTRIBUTIONS), text(HONOREE_EMAIL),
                sent.containsKey(HONOREE_PHONE) ? sent.get(HONOREE_PHONE) : text(HONOREE_PHONE));
    }

    /**
     * The honoree as the register enters them: a foreigner reads English, a Chinese expert Chinese; the telephone
     * from the vault's {@code kept} (none kept: as the variables hold it).
     */
    public Applicant honoree(Optional<PersonalData.Kept> kept) {
        HonoraryProposal proposal = proposal();
        String held = kept.isPresent() ? kept.get().phone() : proposal.phone();
        String phone = held == null || held.isBlank() ? null : held.strip();
        return new Applicant(HonoraryProposal.KIND, proposal.name().strip(), proposal.email().strip(), phone, null, null,
                proposal.organisation().strip(), null, null,
                Origin.of(proposal.origin()).orElseThrow() == Origin.FOREIGN ? Language.EN : Language.ZH);
    }

    /**
     * The proposal received: the name and organisation kept without surrounding spaces (a second proposal finds the
     * first by them), numbered and put to the Standing Council for its recommendation.
     */
    public void open(String caseNumber, String title) {
        set(HONOREE_NAME, text(HONOREE_NAME).strip());
        if (value(HONOREE_PHONE) != null) {
            set(HONOREE_PHONE, Masking.phone(text(HONOREE_PHONE)));
        }
        set(HONOREE_ORGANISATION, text(HONOREE_ORGANISATION).strip());
        awaitDecision(caseNumber, Matter.HONORARY_RECOMMENDATION, title);
    }

    /** The Standing Council recommended it: its resolution kept, the case put to the Council for approval. */
    public void putToCouncil() {
        set(RECOMMENDATION_RESOLUTION, resolutionNumber());
        awaitDecision(Matter.HONORARY_MEMBERSHIP);
    }

    public String recommendationResolution() {
        return text(RECOMMENDATION_RESOLUTION);
    }

    public void recordMembershipNumber(String membershipNumber) {
        set(MEMBERSHIP_NUMBER, membershipNumber);
    }

    /** The case number of an open proposal for the person of that name and organisation, if any. */
    public static Optional<String> openFor(RuntimeService runtime, String name, String organisation) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY)
                .variableValueEquals(HONOREE_NAME, name).list().stream()
                .filter(open -> organisation.equalsIgnoreCase(String.valueOf(
                        runtime.getVariable(open.getId(), HONOREE_ORGANISATION)).strip()))
                .findFirst().map(open -> open.getBusinessKey());
    }
}

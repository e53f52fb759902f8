package cn.chia.governance.honorary;

import static cn.chia.governance.honorary.HonoraryMembershipCase.CONTRIBUTIONS;
import static cn.chia.governance.honorary.HonoraryMembershipCase.HONOREE_EMAIL;
import static cn.chia.governance.honorary.HonoraryMembershipCase.HONOREE_NAME;
import static cn.chia.governance.honorary.HonoraryMembershipCase.HONOREE_NATIONALITY;
import static cn.chia.governance.honorary.HonoraryMembershipCase.HONOREE_ORGANISATION;
import static cn.chia.governance.honorary.HonoraryMembershipCase.HONOREE_ORIGIN;
import static cn.chia.governance.honorary.HonoraryMembershipCase.HONOREE_PHONE;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The variables a proposal of honorary membership starts with, as the Secretariat's start form sends them:
 * {@code HonoraryProposals.aChineseExpert("王院士", "中国科学院").build()},
 * {@code HonoraryProposals.aForeigner("Anna Schmidt", "Fraunhofer ILT", "Germany").phone("+49 241 8906 0").build()}.
 * Reasons and an e-mail address are filled in; {@link #without} leaves a field out.
 */
public final class HonoraryProposals {

    private final Map<String, Object> variables = new LinkedHashMap<>();

    private HonoraryProposals(String origin, String name, String organisation) {
        variables.put(HONOREE_ORIGIN, origin);
        variables.put(HONOREE_NAME, name);
        variables.put(HONOREE_ORGANISATION, organisation);
        variables.put(CONTRIBUTIONS, "Thirty years of work bringing laser manufacturing from the laboratory to industry.");
        variables.put(HONOREE_EMAIL, "honoree@example.org");
    }

    public static HonoraryProposals aChineseExpert(String name, String organisation) {
        return new HonoraryProposals("CHINESE", name, organisation);
    }

    public static HonoraryProposals aForeigner(String name, String organisation, String nationality) {
        HonoraryProposals proposal = new HonoraryProposals("FOREIGN", name, organisation);
        proposal.variables.put(HONOREE_NATIONALITY, nationality);
        return proposal;
    }

    public HonoraryProposals because(String contributions) {
        variables.put(CONTRIBUTIONS, contributions);
        return this;
    }

    public HonoraryProposals email(String email) {
        variables.put(HONOREE_EMAIL, email);
        return this;
    }

    public HonoraryProposals phone(String phone) {
        variables.put(HONOREE_PHONE, phone);
        return this;
    }

    /** Leaves the field out, as a REST client may. */
    public HonoraryProposals without(String field) {
        variables.remove(field);
        return this;
    }

    public Map<String, Object> build() {
        return new LinkedHashMap<>(variables);
    }
}

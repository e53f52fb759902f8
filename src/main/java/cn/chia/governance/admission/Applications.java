package cn.chia.governance.admission;

import static cn.chia.governance.admission.AdmissionVariables.APPLICANT_KIND;
import static cn.chia.governance.admission.AdmissionVariables.APPLICANT_NAME;
import static cn.chia.governance.admission.AdmissionVariables.BRANCH;
import static cn.chia.governance.admission.AdmissionVariables.CREDIT_CODE;
import static cn.chia.governance.admission.AdmissionVariables.EMAIL;
import static cn.chia.governance.admission.AdmissionVariables.FIELD;
import static cn.chia.governance.admission.AdmissionVariables.IDENTITY_NUMBER;
import static cn.chia.governance.admission.AdmissionVariables.LANGUAGE;
import static cn.chia.governance.admission.AdmissionVariables.ORGANISATION;
import static cn.chia.governance.admission.AdmissionVariables.PHONE;
import static cn.chia.governance.admission.AdmissionVariables.STATEMENT;
import static cn.chia.governance.admission.AdmissionVariables.SUPPORTS_CHARTER;
import static cn.chia.governance.admission.AdmissionVariables.WILLING_TO_JOIN;

import org.camunda.bpm.engine.delegate.VariableScope;

import cn.chia.governance.charter.Language;
import cn.chia.governance.charter.MembershipApplication;
import cn.chia.governance.register.Applicant;

/** Reads the application out of the case's variables. */
final class Applications {

    private Applications() {
    }

    static MembershipApplication read(VariableScope scope) {
        return new MembershipApplication(text(scope, APPLICANT_KIND), text(scope, APPLICANT_NAME), text(scope, EMAIL),
                text(scope, PHONE), text(scope, IDENTITY_NUMBER), text(scope, CREDIT_CODE), text(scope, ORGANISATION),
                text(scope, FIELD), text(scope, STATEMENT), yes(scope, SUPPORTS_CHARTER), yes(scope, WILLING_TO_JOIN));
    }

    static Applicant applicant(VariableScope scope) {
        MembershipApplication a = read(scope);
        boolean unit = MembershipApplication.UNIT.equals(a.applicantKind());
        return new Applicant(a.applicantKind(), a.applicantName(), a.email(), a.phone(),
                unit ? null : a.identityNumber(), unit ? a.creditCode() : null, a.organisation(), a.field(),
                text(scope, BRANCH), Language.of(scope.getVariable(LANGUAGE)));
    }

    private static String text(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value == null ? null : value.toString();
    }

    private static Boolean yes(VariableScope scope, String name) {
        Object value = scope.getVariable(name);
        return value instanceof Boolean b ? b : value != null && Boolean.parseBoolean(value.toString());
    }
}

package cn.chia.governance.register;

import cn.chia.governance.charter.Language;

/**
 * Who applies for membership: kind INDIVIDUAL, UNIT or FOREIGN (or HONORARY, the person an honorary membership is
 * awarded to), the particulars the register keeps, and the language the applicant reads (Chinese unless chosen
 * otherwise).
 */
public record Applicant(String kind, String name, String email, String phone, String identityNumber,
        String creditCode, String organisation, String field, String branch, Language language) {

    public Applicant {
        language = language == null ? Language.ZH : language;
    }

    /** An applicant who reads Chinese. */
    public Applicant(String kind, String name, String email, String phone, String identityNumber, String creditCode,
            String organisation, String field, String branch) {
        this(kind, name, email, phone, identityNumber, creditCode, organisation, field, branch, Language.ZH);
    }
}

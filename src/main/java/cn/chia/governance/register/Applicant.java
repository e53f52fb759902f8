package cn.chia.governance.register;

/** Who applies for membership: kind INDIVIDUAL, UNIT or FOREIGN, and the particulars the register keeps. */
public record Applicant(String kind, String name, String email, String phone, String identityNumber,
        String creditCode, String organisation, String field, String branch) {
}

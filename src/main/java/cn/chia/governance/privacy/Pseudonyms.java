package cn.chia.governance.privacy;

/**
 * The name that stands for a person once the retention has removed theirs, where a record must still read (the
 * minutes, a resolution's title, the register's line of a former member): derived from the application's case number
 * alone, so that the same case always gets the same pseudonym, in every record and every run, and no two cases share
 * one. Chinese first, then English, as every line the records show to both readers.
 */
public final class Pseudonyms {

    private Pseudonyms() {
    }

    /** {@code 匿名申请人 Anonymised applicant APP-2025-000123}, or for a former member {@code 匿名会员 Anonymised member …}. */
    public static String of(String caseNumber, boolean member) {
        return (member ? "匿名会员 Anonymised member " : "匿名申请人 Anonymised applicant ") + caseNumber;
    }
}

package cn.chia.governance.charter;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A member's written notice of withdrawal, as the charter's withdrawal instructions ask for it: "A member
 * who withdraws from the association shall notify the association in writing and return the membership
 * card." The letter is dated: not after {@code today} (a letter not yet written notifies nobody), and not
 * before the member's admission (it would be no member's notice). {@link #problems()} names what is wrong.
 */
public record WithdrawalNotice(LocalDate letterDate, LocalDate admittedOn, LocalDate today) {

    /** The clause that asks for the written notice and the card. */
    public static final String CLAUSE = "charter, withdrawal instructions: notice in writing";

    public WithdrawalNotice {
        Objects.requireNonNull(letterDate, "letterDate");
        Objects.requireNonNull(admittedOn, "admittedOn");
        Objects.requireNonNull(today, "today");
    }

    /** Field name to problem; empty when the notice may be received. */
    public Map<String, String> problems() {
        Map<String, String> problems = new LinkedHashMap<>();
        if (letterDate.isAfter(today)) {
            problems.put("letterDate", "The date of the letter (" + letterDate + ") is in the future.");
        } else if (letterDate.isBefore(admittedOn)) {
            problems.put("letterDate", "The date of the letter (" + letterDate + ") is before the member's admission on "
                    + admittedOn + ".");
        }
        return problems;
    }
}

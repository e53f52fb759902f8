package cn.chia.governance.charter;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * A member's written notice of withdrawal, as the charter's withdrawal instructions ask for it: "A member
 * who withdraws from the association shall notify the association in writing and return the membership
 * card." Members enjoy "voluntary membership and free withdrawal" (rights of members): the member withdraws on the
 * day the notice is received ({@code receivedOn}); the card is then asked for, and does not hold the withdrawal up.
 * The letter is dated: not after {@code today} (a letter not yet written notifies nobody), and not before the
 * member's admission (it would be no member's notice); it is received not before its date nor after today.
 * {@link #problems()} names what is wrong, in Chinese and English.
 */
public record WithdrawalNotice(LocalDate letterDate, LocalDate receivedOn, LocalDate admittedOn, LocalDate today) {

    /** The clause that asks for the written notice and the card. */
    public static final String CLAUSE = "charter, withdrawal instructions: notice in writing";
    /** The clause that makes the withdrawal free. */
    public static final String FREE_WITHDRAWAL_CLAUSE = "charter, rights of members: voluntary membership and free withdrawal";

    public WithdrawalNotice {
        Objects.requireNonNull(letterDate, "letterDate");
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(admittedOn, "admittedOn");
        Objects.requireNonNull(today, "today");
    }

    /** A notice received today. */
    public WithdrawalNotice(LocalDate letterDate, LocalDate admittedOn, LocalDate today) {
        this(letterDate, today, admittedOn, today);
    }

    /** Field name to problem, in Chinese and English; empty when the notice may be received. */
    public Map<String, Words> problems() {
        Map<String, Words> problems = new LinkedHashMap<>();
        if (letterDate.isAfter(today)) {
            problems.put("letterDate", new Words("来函日期（" + letterDate + "）在将来。", "The date of the letter (" + letterDate
                    + ") is in the future."));
        } else if (letterDate.isBefore(admittedOn)) {
            problems.put("letterDate", new Words("来函日期（" + letterDate + "）早于该会员入会之日 " + admittedOn + "。",
                    "The date of the letter (" + letterDate + ") is before the member's admission on " + admittedOn + "."));
        }
        if (receivedOn.isAfter(today)) {
            problems.put("receivedOn", new Words("收到通知的日期（" + receivedOn + "）在将来。", "The day the notice was received ("
                    + receivedOn + ") is in the future."));
        } else if (receivedOn.isBefore(letterDate) && !letterDate.isAfter(today)) {
            problems.put("receivedOn", new Words("收到通知的日期（" + receivedOn + "）早于来函日期 " + letterDate + "。",
                    "The day the notice was received (" + receivedOn + ") is before the date of the letter (" + letterDate
                            + ")."));
        }
        return problems;
    }

    /** The last day to return the card: {@code days} after the notice was received. */
    public LocalDate cardDueOn(int days) {
        return receivedOn.plusDays(days);
    }
}

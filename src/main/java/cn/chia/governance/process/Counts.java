package cn.chia.governance.process;

import cn.chia.governance.charter.InvalidTallyException;
import cn.chia.governance.charter.Words;

/** Reads a head count typed by a clerk (a form sends numbers, a REST client may send text). */
public final class Counts {

    private Counts() {
    }

    /** {@code what} names the count in English ("votes in favour"); the Chinese refusal speaks of counts in general. */
    public static int of(Object value, String what) {
        return of(value, new Words("人数、票数", what));
    }

    /** {@code what} names the count in each language ("赞成票数", "votes in favour"). */
    public static int of(Object value, Words what) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw new InvalidTallyException("请填写所有" + what.zh() + "。", "Enter the number of " + what.en() + ".");
        }
        String notACount = what.zh() + "须为不小于 0 的整数。";
        long count;
        if (value instanceof Number number) {
            count = number.longValue();
            if (number.doubleValue() != count) {
                throw new InvalidTallyException(notACount, "The number of " + what.en() + " must be a whole number, not " + value + ".");
            }
        } else {
            try {
                count = Long.parseLong(value.toString().trim());
            } catch (NumberFormatException notANumber) {
                throw new InvalidTallyException(notACount, "The number of " + what.en() + " must be a whole number, not '" + value + "'.");
            }
        }
        if (count < 0 || count > Integer.MAX_VALUE) {
            throw new InvalidTallyException(notACount, "The number of " + what.en() + " cannot be " + value + ".");
        }
        return (int) count;
    }
}

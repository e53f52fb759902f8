package cn.chia.governance.process;

import cn.chia.governance.charter.InvalidTallyException;

/** Reads a head count typed by a clerk (a form sends numbers, a REST client may send text). */
public final class Counts {

    private static final String MISSING = "请填写所有人数、票数。";
    private static final String NOT_A_COUNT = "人数、票数须为不小于 0 的整数。";

    private Counts() {
    }

    public static int of(Object value, String what) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw new InvalidTallyException(MISSING, "Enter the number of " + what + ".");
        }
        long count;
        if (value instanceof Number number) {
            count = number.longValue();
            if (number.doubleValue() != count) {
                throw new InvalidTallyException(NOT_A_COUNT, "The number of " + what + " must be a whole number, not " + value + ".");
            }
        } else {
            try {
                count = Long.parseLong(value.toString().trim());
            } catch (NumberFormatException notANumber) {
                throw new InvalidTallyException(NOT_A_COUNT, "The number of " + what + " must be a whole number, not '" + value + "'.");
            }
        }
        if (count < 0 || count > Integer.MAX_VALUE) {
            throw new InvalidTallyException(NOT_A_COUNT, "The number of " + what + " cannot be " + value + ".");
        }
        return (int) count;
    }
}

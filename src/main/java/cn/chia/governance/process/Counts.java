package cn.chia.governance.process;

import cn.chia.governance.charter.InvalidTallyException;

/** Reads a head count typed by a clerk (a form sends numbers, a REST client may send text). */
public final class Counts {

    private Counts() {
    }

    public static int of(Object value, String what) {
        if (value == null || value instanceof String text && text.isBlank()) {
            throw new InvalidTallyException("Enter the number of " + what + ".");
        }
        long count;
        if (value instanceof Number number) {
            count = number.longValue();
            if (number.doubleValue() != count) {
                throw new InvalidTallyException("The number of " + what + " must be a whole number, not " + value + ".");
            }
        } else {
            try {
                count = Long.parseLong(value.toString().trim());
            } catch (NumberFormatException notANumber) {
                throw new InvalidTallyException("The number of " + what + " must be a whole number, not '" + value + "'.");
            }
        }
        if (count < 0 || count > Integer.MAX_VALUE) {
            throw new InvalidTallyException("The number of " + what + " cannot be " + value + ".");
        }
        return (int) count;
    }
}

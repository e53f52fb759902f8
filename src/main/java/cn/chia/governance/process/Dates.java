package cn.chia.governance.process;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.regex.Pattern;

import cn.chia.governance.charter.Words;

/**
 * Reads a date a clerk entered: a form's date field sends {@code 2026-12-03}, a REST client may send that, a
 * date-time ({@code 2026-12-03T00:00:00}, with or without an offset) or a Date. Anything else is refused, in Chinese
 * and English, never reinterpreted: {@code 2026-12-031}, {@code 12/03/2026}, {@code 2026-13-03} and
 * {@code 2026-02-30} are not dates.
 */
public final class Dates {

    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private Dates() {
    }

    /** {@code what} names the date in English ("the meeting date"); the Chinese refusal names no date. */
    public static LocalDate of(Object value, String what) {
        return of(value, new Words("日期", what));
    }

    /** {@code what} names the date in each language ("会议日期", "the meeting date"). */
    public static LocalDate of(Object value, Words what) {
        if (value instanceof Date date) {
            return date.toInstant().atZone(ProcessConfiguration.ASSOCIATION_ZONE).toLocalDate();
        }
        String text = value == null ? "" : String.valueOf(value).strip();
        try {
            if (ISO_DATE.matcher(text).matches()) {
                return LocalDate.parse(text);
            }
            if (text.length() > 10 && ISO_DATE.matcher(text.substring(0, 10)).matches() && text.charAt(10) == 'T') {
                try {
                    return OffsetDateTime.parse(text).atZoneSameInstant(ProcessConfiguration.ASSOCIATION_ZONE).toLocalDate();
                } catch (DateTimeParseException noOffset) {
                    return LocalDateTime.parse(text).toLocalDate();
                }
            }
        } catch (DateTimeParseException notADate) {
            // refused below
        }
        String shown = text.length() > 40 ? text.substring(0, 40) + "…" : text;
        throw new Refusal("无法识别的" + what.zh() + "“" + shown + "”：请按 年-月-日（YYYY-MM-DD）填写，例如 2026-12-03。",
                "'" + shown + "' cannot be read as " + what.en() + ": enter it as YYYY-MM-DD (year-month-day), e.g. 2026-12-03.");
    }
}

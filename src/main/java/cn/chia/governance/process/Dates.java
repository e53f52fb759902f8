package cn.chia.governance.process;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;

import org.camunda.bpm.engine.BadUserRequestException;

/** Reads a date typed by a clerk: a form's date picker sends 2026-12-01, a REST client may send a Date. */
public final class Dates {

    private Dates() {
    }

    public static LocalDate of(Object value, String what) {
        if (value instanceof Date date) {
            return date.toInstant().atZone(ProcessConfiguration.ASSOCIATION_ZONE).toLocalDate();
        }
        try {
            String text = String.valueOf(value);
            return LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
        } catch (DateTimeParseException notADate) {
            throw new BadUserRequestException("Enter " + what + " as YYYY-MM-DD; got '" + value + "'.");
        }
    }
}

package cn.chia.governance.process;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Date;

import org.camunda.bpm.engine.BadUserRequestException;

/** Reads a date a clerk entered: a date form field (YYYY-MM-DD) or a Date variable of a REST client. */
final class Dates {

    private Dates() {
    }

    static LocalDate read(Object value, String what) {
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

package cn.chia.governance.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.slf4j.LoggerFactory;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;

/**
 * Catches the SQL that one operation runs, with its parameters bound: the engine's through MyBatis'
 * statement log, the register's through Spring's JdbcTemplate log. Used to EXPLAIN what a user waits for.
 */
final class SqlCapture extends AppenderBase<ILoggingEvent> {

    private static final String[] LOGGERS = {"org.camunda.bpm.engine.impl.persistence.entity",
            "org.springframework.jdbc.core.JdbcTemplate", "org.springframework.jdbc.core.StatementCreatorUtils"};
    private static final Pattern JDBC_PARAMETER = Pattern.compile("parameter value \\[(.*)], value class \\[([\\w.]+)]",
            Pattern.DOTALL);

    private final List<String> statements = new ArrayList<>();
    private String mybatisSql;
    private String jdbcSql;
    private final List<String> jdbcParameters = new ArrayList<>();

    static SqlCapture begin() {
        SqlCapture capture = new SqlCapture();
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        capture.setContext(context);
        capture.start();
        for (String name : LOGGERS) {
            Logger logger = context.getLogger(name);
            logger.setLevel(name.endsWith("StatementCreatorUtils") ? Level.TRACE : Level.DEBUG);
            logger.setAdditive(false);
            logger.addAppender(capture);
        }
        return capture;
    }

    List<String> finish() {
        LoggerContext context = (LoggerContext) LoggerFactory.getILoggerFactory();
        for (String name : LOGGERS) {
            Logger logger = context.getLogger(name);
            logger.detachAppender(this);
            logger.setLevel(null);
            logger.setAdditive(true);
        }
        stop();
        synchronized (this) {
            flushJdbc();
            return new ArrayList<>(statements);
        }
    }

    @Override
    protected synchronized void append(ILoggingEvent event) {
        String message = event.getFormattedMessage().strip();
        if (message.startsWith("==>  Preparing:") || message.startsWith("==> Preparing:")) {
            mybatisSql = message.substring(message.indexOf(':') + 1).strip();
        } else if (message.startsWith("==> Parameters:") && mybatisSql != null) {
            statements.add(bindMyBatis(mybatisSql, message.substring(message.indexOf(':') + 1).strip()));
            mybatisSql = null;
        } else if (message.startsWith("Executing prepared SQL statement [")) {
            flushJdbc();
            jdbcSql = message.substring(message.indexOf('[') + 1, message.lastIndexOf(']'));
        } else if (message.startsWith("Executing SQL query [") || message.startsWith("Executing SQL statement [")) {
            flushJdbc();
            statements.add(message.substring(message.indexOf('[') + 1, message.lastIndexOf(']')));
        } else if (message.startsWith("Setting SQL statement parameter value") && jdbcSql != null) {
            Matcher m = JDBC_PARAMETER.matcher(message);
            if (m.find()) {
                jdbcParameters.add(literal(m.group(1), m.group(2).substring(m.group(2).lastIndexOf('.') + 1)));
            }
        }
    }

    private void flushJdbc() {
        if (jdbcSql != null) {
            statements.add(bind(jdbcSql, jdbcParameters));
        }
        jdbcSql = null;
        jdbcParameters.clear();
    }

    private static String bindMyBatis(String sql, String parameters) {
        List<String> values = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (String piece : parameters.isEmpty() ? new String[0] : parameters.split(", ")) {
            current.append(current.length() == 0 ? "" : ", ").append(piece);
            String token = current.toString();
            if ("null".equals(token)) {
                values.add("NULL");
                current.setLength(0);
            } else if (token.matches("(?s).*\\(\\w+\\)")) {
                int open = token.lastIndexOf('(');
                values.add(literal(token.substring(0, open), token.substring(open + 1, token.length() - 1)));
                current.setLength(0);
            }
        }
        return bind(sql, values);
    }

    private static String literal(String value, String type) {
        return switch (type) {
            case "Integer", "Long", "Short", "Boolean", "Double", "BigDecimal" -> value;
            case "Timestamp", "Date" -> "TIMESTAMP '" + value + "'";
            default -> "'" + value.replace("'", "''") + "'";
        };
    }

    private static String bind(String sql, List<String> values) {
        StringBuilder bound = new StringBuilder();
        int next = 0;
        for (char c : sql.toCharArray()) {
            if (c == '?' && next < values.size()) {
                bound.append(values.get(next++));
            } else {
                bound.append(c);
            }
        }
        return bound.toString();
    }
}

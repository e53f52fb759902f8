package cn.chia.governance.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What PostgreSQL spent on each statement during a run, from {@code pg_stat_statements} (loaded only where the server's
 * {@code shared_preload_libraries} names it; otherwise {@link #available} is false and nothing is read).
 */
final class Statements {

    /** One statement's calls and execution time, summed over the run. */
    record Spent(long calls, double milliseconds, long rows) {
    }

    private final String jdbcUrl;
    final boolean available;

    Statements(String jdbcUrl) {
        this.jdbcUrl = jdbcUrl;
        boolean ok;
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "");
                Statement s = c.createStatement()) {
            s.execute("CREATE EXTENSION IF NOT EXISTS pg_stat_statements");
            s.executeQuery("SELECT pg_stat_statements_reset()").close();
            ok = true;
        } catch (SQLException notLoaded) {
            ok = false;
        }
        this.available = ok;
    }

    /** Forgets what was counted so far. */
    void reset() throws SQLException {
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "");
                Statement s = c.createStatement()) {
            s.executeQuery("SELECT pg_stat_statements_reset()").close();
        }
    }

    /** The statements of this database since the last reset, by text (whitespace folded), most time first. */
    Map<String, Spent> read() throws SQLException {
        Map<String, Spent> spent = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(jdbcUrl, "postgres", "");
                Statement s = c.createStatement();
                ResultSet r = s.executeQuery("""
                        SELECT regexp_replace(query, '\\s+', ' ', 'g') q, SUM(calls) calls,
                               SUM(total_exec_time) ms, SUM(rows) n
                        FROM pg_stat_statements WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database())
                        GROUP BY 1 ORDER BY 3 DESC""")) {
            while (r.next()) {
                spent.put(r.getString("q"), new Spent(r.getLong("calls"), r.getDouble("ms"), r.getLong("n")));
            }
        }
        return spent;
    }
}

package cn.chia.governance.bench;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Stands in for PostgreSQL's autovacuum on a server that has it switched off (a CI server may, for speed; a
 * production server has it on, its default). Without it the planner keeps the statistics of the empty tables
 * and its plans go bad as cases pile up: on such a server the Liaison filter's list took 23 times as long at
 * 10 000 cases as at 2 800, and loading slowed from 50 to 9 cases a second. Like autovacuum with its default
 * settings it looks once a minute for the tables whose rows changed by more than 50 + 10 % since they were
 * last analyzed (or whose dead or newly inserted rows pass the vacuum thresholds) and analyzes or vacuums
 * only those; after a bulk load it vacuums and analyzes the database, as autovacuum would have by its end.
 */
final class Autovacuum implements AutoCloseable {

    private static final long NAPTIME_SECONDS = 60;

    private final String url;
    private final String user;
    private final String password;
    private final ScheduledExecutorService timer;

    private Autovacuum(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.timer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "autovacuum stand-in");
            t.setDaemon(true);
            return t;
        });
        timer.scheduleWithFixedDelay(this::round, NAPTIME_SECONDS, NAPTIME_SECONDS, TimeUnit.SECONDS);
    }

    /** The stand-in when the server at {@code url} has autovacuum off; {@code null} when it has it on. */
    static Autovacuum standInIfOff(String url, String user, String password) throws SQLException {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("SHOW autovacuum")) {
            r.next();
            return "off".equals(r.getString(1)) ? new Autovacuum(url, user, password) : null;
        }
    }

    /** What autovacuum would have done during a bulk load by the time it ends. */
    void afterBulkLoad() {
        run("VACUUM (ANALYZE)");
    }

    /** One round of autovacuum: the tables past its default thresholds (PostgreSQL 15 documentation, 25.1.6). */
    private void round() {
        List<String> commands = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement();
                ResultSet r = s.executeQuery("""
                        SELECT relname,
                               n_dead_tup > 50 + 0.2 * n_live_tup OR n_ins_since_vacuum > 1000 + 0.2 * n_live_tup,
                               n_mod_since_analyze > 50 + 0.1 * n_live_tup
                        FROM pg_stat_user_tables""")) {
            while (r.next()) {
                if (r.getBoolean(2)) {
                    commands.add("VACUUM (ANALYZE) " + r.getString(1));
                } else if (r.getBoolean(3)) {
                    commands.add("ANALYZE " + r.getString(1));
                }
            }
        } catch (SQLException e) {
            System.out.println("   autovacuum stand-in: " + e.getMessage());
        }
        commands.forEach(this::run);
    }

    private synchronized void run(String command) {
        try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
            s.execute(command);
        } catch (SQLException e) {
            System.out.println("   autovacuum stand-in: " + command + " failed: " + e.getMessage());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}

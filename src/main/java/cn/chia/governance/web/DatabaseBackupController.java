package cn.chia.governance.web;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Set;

import javax.sql.DataSource;

import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.chia.governance.identity.Roles;
import cn.chia.governance.process.Refusal;

/**
 * An administrator's online backup of the embedded H2 database: H2's {@code BACKUP TO}, a consistent copy of the
 * running database (every step in it whole or not at all), written as a zip file to {@code backups/} beside the
 * database's file. Another process cannot open the embedded database while the application holds it, so the
 * application runs the statement itself. PostgreSQL is backed up with {@code pg_dump} (docs/operations.md, "Backup and
 * restore"); an in-memory database keeps nothing to back up.
 */
@RestController
class DatabaseBackupController {

    /** Where the backup was written on the server, and its size. */
    record Backup(String file, long bytes) {
    }

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("uuuuMMdd-HHmmss");

    private final JdbcClient jdbc;
    private final DataSource dataSource;
    private final Caller caller;
    private final Clock clock;

    DatabaseBackupController(JdbcClient jdbc, DataSource dataSource, Caller caller, Clock clock) {
        this.jdbc = jdbc;
        this.dataSource = dataSource;
        this.caller = caller;
        this.clock = clock;
    }

    @PostMapping("/api/database/backup")
    @ResponseStatus(HttpStatus.CREATED)
    Backup backup() throws IOException {
        caller.requireOneOf(Set.of(Roles.ADMINISTRATORS), "只有管理员可以备份数据库。",
                "Only an administrator may back up the database.");
        if (!onH2()) {
            throw Refusal.conflict("数据库为 PostgreSQL：请用 pg_dump 备份（见运维文档《备份与恢复》）。",
                    "The database is PostgreSQL: back it up with pg_dump (docs/operations.md, \"Backup and restore\").");
        }
        String database = jdbc.sql("SELECT DATABASE_PATH()").query(String.class).list().get(0);
        if (database == null) {
            throw Refusal.conflict("数据库只在内存中，没有可备份的文件。",
                    "The database is in memory only: there is no file to back up.");
        }
        Path home = Path.of(database);
        Path file = home.resolveSibling("backups")
                .resolve(home.getFileName() + "-" + LocalDateTime.now(clock).format(STAMP) + ".zip");
        Files.createDirectories(file.getParent());
        jdbc.sql("BACKUP TO '" + file.toString().replace("'", "''") + "'").update();
        return new Backup(file.toString(), Files.size(file));
    }

    private boolean onH2() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("h2");
        } catch (SQLException unknown) {
            throw new IllegalStateException("The database does not say what it is.", unknown);
        }
    }
}

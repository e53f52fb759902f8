package cn.chia.governance.register;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import cn.chia.governance.charter.ActKind;
import cn.chia.governance.charter.CompositionCheck;
import cn.chia.governance.charter.Office;
import cn.chia.governance.charter.Person;
import cn.chia.governance.charter.RosterBody;
import cn.chia.governance.charter.RosterSubmission;
import cn.chia.governance.charter.RosterSubmission.Membership;
import cn.chia.governance.charter.RosterSubmission.Row;

/**
 * The roster of each body for the term: every period of service of every person (its roster number, from and
 * until, the act that began and ended it) and every roster the Secretariat recorded at once. History is kept: a
 * new roster ends the serving entries the day before it takes effect and begins its own. A body's seats are its
 * serving members once a roster of it is in force; before, the configured seats apply.
 */
@Component
public class Rosters {

    /** One period of service on a body's roster; {@code rosterNumber} identifies it. */
    public record Entry(long rosterNumber, RosterBody body, String name, String organisation, boolean frontLine,
            boolean executive, Office office, String membershipNumber, String userId, LocalDate from, LocalDate until,
            ActKind basisKind, String basis, Long rosterId, String appointedCase, String appointedNomination,
            String appointedResolution, String leftReason, String leftCase, String leftResolution) {

        public Person person() {
            return new Person(name, organisation, membershipNumber);
        }
    }

    /** A roster as recorded at once. */
    public record Recording(long id, RosterBody body, String basis, ActKind basisKind, LocalDate effectiveFrom,
            LocalDateTime recordedAt, String recordedBy, List<String> warnings) {
    }

    /** A body's roster on a day: the recording in force (null while none), its serving members and its seats. */
    public record Roster(RosterBody body, LocalDate on, Recording recording, List<Entry> members, Integer seats) {
    }

    /** One person as the Secretariat sends them. */
    public record NewMember(String name, String organisation, Boolean frontLine, Boolean executive,
            String membershipNumber, String userId, String office) {
    }

    private final JdbcClient jdbc;
    private final MemberRegister members;
    private final Clock clock;
    private final TransactionTemplate transaction;

    public Rosters(JdbcClient jdbc, MemberRegister members, Clock clock, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.members = members;
        this.clock = clock;
        this.transaction = new TransactionTemplate(transactions);
    }

    /**
     * Records the body's roster at once, in one transaction: the serving entries end the day before
     * {@code effectiveFrom}, the new ones begin on it; a new Council also ends the Standing Council seats of those
     * no longer directors.
     *
     * @param knownUser whether a user account of that id exists
     * @throws RosterRefused naming every row that may not be recorded and why; nothing is written
     */
    public Roster record(RosterBody body, String basis, ActKind basisKind, LocalDate effectiveFrom, List<NewMember> sent,
            String recordedBy, Predicate<String> knownUser) {
        return transaction.execute(status -> {
            lockRosters();
            LocalDate today = LocalDate.now(clock);
            List<Entry> council = effectiveFrom == null ? List.of() : members(RosterBody.COUNCIL, effectiveFrom);
            List<Row> rows = new ArrayList<>();
            for (NewMember member : sent) {
                String number = trimmed(member.membershipNumber());
                Membership membership = number == null || number.length() > RosterSubmission.MEMBERSHIP_NUMBER_LENGTH ? null
                        : members.find(number).map(m -> new Membership(m.kind(), m.status() == MemberRegister.Status.ACTIVE))
                                .orElse(null);
                String user = trimmed(member.userId());
                Person person = new Person(member.name(), member.organisation(), number);
                rows.add(new Row(member.name(), member.organisation(), member.frontLine(), member.executive(), number, user,
                        trimmed(member.office()), membership, user == null ? null : knownUser.test(user),
                        council.stream().anyMatch(director -> director.person().isSameAs(person))));
            }
            RosterSubmission submission = new RosterSubmission(body, basis, basisKind == null ? ActKind.ELECTION : basisKind,
                    effectiveFrom, today, lastChange(body), council.size(), rows);
            List<RosterSubmission.Problem> problems = submission.problems();
            if (!problems.isEmpty()) {
                throw new RosterRefused(problems);
            }
            List<String> warnings = submission.warnings().stream().map(Rosters::warning).toList();
            KeyHolder key = new GeneratedKeyHolder();
            jdbc.sql("""
                    INSERT INTO gov_roster (body, basis, basis_kind, effective_from, recorded_at, recorded_by, warnings)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""")
                    .params(body.name(), basis.strip(), submission.kind().name(), effectiveFrom, LocalDateTime.now(clock),
                            recordedBy, warnings.isEmpty() ? null : String.join("\n", warnings))
                    .update(key, "id");
            long rosterId = key.getKeyAs(Long.class);
            String ending = "Ended by the roster recorded from " + effectiveFrom + " (" + basis.strip() + ")";
            jdbc.sql("""
                    UPDATE gov_director SET serving_until = ?, left_reason = ?, ended_by_roster_id = ?
                    WHERE body = ? AND serving_until IS NULL""")
                    .params(effectiveFrom.minusDays(1), ending, rosterId, body.name()).update();
            for (Row row : rows) {
                Office office = RosterSubmission.office(row);
                jdbc.sql("""
                        INSERT INTO gov_director (body, name, organisation, executive, front_line, serving_from,
                            appointed_reason, basis_kind, roster_id, membership_number, user_id, office)
                        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                        .params(body.name(), row.name().strip(), row.organisation().strip(), submission.executive(row),
                                row.frontLine(), effectiveFrom, basis.strip(), submission.kind().name(), rosterId,
                                row.membershipNumber(), row.userId(), office == null ? null : office.name())
                        .update();
            }
            if (body == RosterBody.COUNCIL) {
                List<Person> directors = rows.stream().map(Row::person).toList();
                for (Entry executive : serving(RosterBody.STANDING_COUNCIL)) {
                    if (directors.stream().noneMatch(executive.person()::isSameAs)) {
                        end(executive.rosterNumber(), effectiveFrom.minusDays(1),
                                "No longer a director: " + ending, rosterId);
                    }
                }
            }
            return roster(body, today);
        });
    }

    /** The body's roster on the day: the recording in force, the members serving that day, the seats it gives. */
    public Roster roster(RosterBody body, LocalDate on) {
        Optional<Recording> recording = recordingOn(body, on);
        List<Entry> serving = members(body, on);
        Integer seats = recording.isPresent() && !serving.isEmpty() ? serving.size() : null;
        return new Roster(body, on, recording.orElse(null), serving, seats);
    }

    /** Every roster of the body as recorded, the latest first. */
    public List<Recording> recordings(RosterBody body) {
        return jdbc.sql("SELECT * FROM gov_roster WHERE body = ? ORDER BY effective_from DESC, id DESC").param(body.name())
                .query(Rosters::recording).list();
    }

    /**
     * The seats of the body today: its serving members once a roster of it is in force; empty while none is (or
     * nobody serves on it any more), when the configured seats apply.
     */
    public OptionalInt seats(RosterBody body) {
        return seats(body, LocalDate.now(clock));
    }

    /**
     * The seats of the body on the day: for today or a later day (a meeting called in advance) those serving now, for
     * a past day those who served that day; empty while no roster of it is in force that day (or nobody serves on
     * it), when the configured seats apply.
     */
    public OptionalInt seats(RosterBody body, LocalDate on) {
        if (recordingOn(body, on).isEmpty()) {
            return OptionalInt.empty();
        }
        int serving = on.isBefore(LocalDate.now(clock))
                ? jdbc.sql("""
                        SELECT COUNT(*) FROM gov_director WHERE body = ? AND serving_from <= ?
                            AND (serving_until IS NULL OR serving_until >= ?)""")
                        .params(body.name(), on, on).query(Integer.class).single()
                : jdbc.sql("SELECT COUNT(*) FROM gov_director WHERE body = ? AND serving_until IS NULL")
                        .param(body.name()).query(Integer.class).single();
        return serving == 0 ? OptionalInt.empty() : OptionalInt.of(serving);
    }

    /** Whether a roster of the body is in force on the day. */
    public boolean recorded(RosterBody body, LocalDate on) {
        return recordingOn(body, on).isPresent();
    }

    /**
     * The members of the body serving on the day, by roster number. A director's {@code executive} is whether the
     * person serves on the Standing Council that day once its roster is recorded, and the Council roster's mark before.
     */
    public List<Entry> members(RosterBody body, LocalDate on) {
        List<Entry> entries = jdbc.sql("""
                SELECT * FROM gov_director WHERE body = ? AND serving_from <= ?
                    AND (serving_until IS NULL OR serving_until >= ?) ORDER BY id""")
                .params(body.name(), on, on).query(Rosters::entry).list();
        return body == RosterBody.COUNCIL ? withExecutives(entries, on) : entries;
    }

    /** The entries serving today (until not set), by roster number; a director's executive as in {@link #members}. */
    List<Entry> serving(RosterBody body) {
        List<Entry> entries = jdbc.sql("SELECT * FROM gov_director WHERE body = ? AND serving_until IS NULL ORDER BY id")
                .param(body.name()).query(Rosters::entry).list();
        return body == RosterBody.COUNCIL ? withExecutives(entries, LocalDate.now(clock)) : entries;
    }

    /**
     * Takes the rosters' lock until the transaction ends: one recording or adjustment at a time, each checked against
     * what the one before it recorded.
     */
    void lockRosters() {
        jdbc.sql("SELECT id FROM gov_roster_lock WHERE id = 1 FOR UPDATE").query(Integer.class).single();
    }

    /** The entry of that roster number, serving or not. */
    public Optional<Entry> entry(long rosterNumber) {
        return jdbc.sql("SELECT * FROM gov_director WHERE id = ?").param(rosterNumber).query(Rosters::entry).optional();
    }

    /**
     * A member resigns, today, in the case named: the entry of that roster number ends, and a director's seat on the
     * Standing Council with it (an executive director is a director). Answers the entries ended; none when the entry
     * no longer serves.
     */
    public List<Entry> resign(long rosterNumber, String caseNumber, String reason) {
        lockRosters();
        Optional<Entry> resigning = entry(rosterNumber).filter(entry -> entry.until() == null);
        if (resigning.isEmpty()) {
            return List.of();
        }
        List<Entry> ended = new ArrayList<>(List.of(resigning.get()));
        if (resigning.get().body() == RosterBody.COUNCIL) {
            serving(RosterBody.STANDING_COUNCIL).stream()
                    .filter(executive -> executive.person().isSameAs(resigning.get().person())).forEach(ended::add);
        }
        for (Entry entry : ended) {
            jdbc.sql("""
                    UPDATE gov_director SET serving_until = ?, left_reason = ?, left_case = ?
                    WHERE id = ? AND serving_until IS NULL""")
                    .params(LocalDate.now(clock), reason, caseNumber, entry.rosterNumber()).update();
        }
        return ended;
    }

    void end(long rosterNumber, LocalDate until, String reason, Long rosterId) {
        jdbc.sql("""
                UPDATE gov_director SET serving_until = ?, left_reason = ?, ended_by_roster_id = ?
                WHERE id = ? AND serving_until IS NULL""")
                .params(until, reason, rosterId, rosterNumber).update();
    }

    private List<Entry> withExecutives(List<Entry> directors, LocalDate on) {
        if (!recorded(RosterBody.STANDING_COUNCIL, on)) {
            return directors;
        }
        List<Entry> executives = members(RosterBody.STANDING_COUNCIL, on);
        return directors.stream().map(d -> {
            boolean executive = executives.stream().anyMatch(e -> e.person().isSameAs(d.person()));
            return executive == d.executive() ? d : new Entry(d.rosterNumber(), d.body(), d.name(), d.organisation(),
                    d.frontLine(), executive, d.office(), d.membershipNumber(), d.userId(), d.from(), d.until(),
                    d.basisKind(), d.basis(), d.rosterId(), d.appointedCase(), d.appointedNomination(),
                    d.appointedResolution(), d.leftReason(), d.leftCase(), d.leftResolution());
        }).toList();
    }

    private Optional<Recording> recordingOn(RosterBody body, LocalDate on) {
        return jdbc.sql("SELECT * FROM gov_roster WHERE body = ? AND effective_from <= ? ORDER BY effective_from DESC, id DESC")
                .params(body.name(), on).query(Rosters::recording).list().stream().findFirst();
    }

    /** The last day the body's roster changed: its last recording, or the start of a serving entry. */
    private LocalDate lastChange(RosterBody body) {
        LocalDate started = jdbc.sql("SELECT MAX(serving_from) FROM gov_director WHERE body = ? AND serving_until IS NULL")
                .param(body.name()).query(LocalDate.class).optional().orElse(null);
        LocalDate recorded = jdbc.sql("SELECT MAX(effective_from) FROM gov_roster WHERE body = ?")
                .param(body.name()).query(LocalDate.class).optional().orElse(null);
        return started == null ? recorded : recorded == null || started.isAfter(recorded) ? started : recorded;
    }

    private static String warning(CompositionCheck check) {
        return check.clause() + ": " + check.reason();
    }

    private static String trimmed(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static Entry entry(ResultSet rs, int row) throws SQLException {
        String office = rs.getString("office");
        return new Entry(rs.getLong("id"), RosterBody.valueOf(rs.getString("body")), rs.getString("name"),
                rs.getString("organisation"), rs.getBoolean("front_line"), rs.getBoolean("executive"),
                office == null ? null : Office.valueOf(office), rs.getString("membership_number"), rs.getString("user_id"),
                rs.getObject("serving_from", LocalDate.class), rs.getObject("serving_until", LocalDate.class),
                ActKind.valueOf(rs.getString("basis_kind")), rs.getString("appointed_reason"),
                rs.getObject("roster_id", Long.class), rs.getString("appointed_case"), rs.getString("appointed_nomination"),
                rs.getString("appointed_resolution"), rs.getString("left_reason"), rs.getString("left_case"),
                rs.getString("left_resolution"));
    }

    private static Recording recording(ResultSet rs, int row) throws SQLException {
        String warnings = rs.getString("warnings");
        return new Recording(rs.getLong("id"), RosterBody.valueOf(rs.getString("body")), rs.getString("basis"),
                ActKind.valueOf(rs.getString("basis_kind")), rs.getObject("effective_from", LocalDate.class),
                rs.getObject("recorded_at", LocalDateTime.class), rs.getString("recorded_by"),
                warnings == null ? List.of() : Arrays.stream(warnings.split("\n")).collect(Collectors.toList()));
    }
}

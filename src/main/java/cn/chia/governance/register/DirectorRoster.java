package cn.chia.governance.register;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Component;

import cn.chia.governance.charter.ActKind;
import cn.chia.governance.charter.Body;
import cn.chia.governance.charter.Matter;
import cn.chia.governance.charter.Outcome;
import cn.chia.governance.charter.Person;
import cn.chia.governance.charter.RosterBody;

/**
 * The directors as the mid-term adjustment sees them: the Council's roster (see {@link Rosters}), each director with
 * whether an executive director (on the Standing Council's roster once that is recorded, else as the Council's roster
 * marks them), since when and by which resolutions, and who left. Written in the engine's transaction.
 */
@Component
public class DirectorRoster {

    public record Director(long id, String name, String organisation, boolean executive, boolean frontLine,
            LocalDate servingFrom, LocalDate servingUntil, String appointedReason, String appointedCase,
            String appointedNomination, String appointedResolution, String leftReason, String leftCase,
            String leftNomination, String leftResolution) {
    }

    public record NewDirector(String name, String organisation, boolean executive, boolean frontLine) {
    }

    /** Why the roster changes: the case, the Standing Council's nomination and the Council's resolution. */
    public record Basis(String caseNumber, String nomination, String resolution, String reason) {
    }

    /** Head counts of the serving directors, as the composition rules of the charter ask for them. */
    public record Counts(int directors, int executives, int frontLineDirectors, int frontLineExecutives) {
    }

    private static final String COUNCIL = RosterBody.COUNCIL.name();

    /** A director as the table holds one, with the membership number that identifies the person across rosters. */
    private record Listed(Director director, String membershipNumber) {

        Person person() {
            return new Person(director.name(), director.organisation(), membershipNumber);
        }
    }

    private final JdbcClient jdbc;
    private final MeetingRecords minutes;
    private final Rosters rosters;
    private final Clock clock;

    public DirectorRoster(JdbcClient jdbc, MeetingRecords minutes, Rosters rosters, Clock clock) {
        this.jdbc = jdbc;
        this.minutes = minutes;
        this.rosters = rosters;
        this.clock = clock;
    }

    /** The directors serving today, by name. */
    public List<Director> current() {
        return withExecutives(jdbc.sql("SELECT * FROM gov_director WHERE body = ? AND serving_until IS NULL ORDER BY name, id")
                .param(COUNCIL).query(DirectorRoster::listed).list());
    }

    public Optional<Director> find(long id) {
        return jdbc.sql("SELECT * FROM gov_director WHERE id = ? AND body = ?").params(id, COUNCIL)
                .query(DirectorRoster::listed).optional()
                .map(d -> d.director().servingUntil() == null ? withExecutives(List.of(d)).get(0) : d.director());
    }

    /** The serving directors of that name, ignoring case and surrounding spaces. */
    public List<Director> currentNamed(String name) {
        return withExecutives(jdbc.sql("""
                SELECT * FROM gov_director WHERE body = ? AND serving_until IS NULL AND LOWER(name) = LOWER(?) ORDER BY id""")
                .params(COUNCIL, name.strip()).query(DirectorRoster::listed).list());
    }

    /**
     * The seats of the body: its serving members once a roster of it is recorded and in force (see
     * {@link Rosters#seats}); empty while none is, when the configured seats apply. A director added by a mid-term
     * adjustment before any roster is recorded changes no seats.
     */
    public OptionalInt seats(Body body) {
        return rosters.seats(RosterBody.of(body));
    }

    /** The seats of the body on the day, as {@link #seats(Body)} gives them today. */
    public OptionalInt seats(Body body, LocalDate on) {
        return rosters.seats(RosterBody.of(body), on);
    }

    public Counts counts() {
        List<Director> directors = current();
        int executives = (int) directors.stream().filter(Director::executive).count();
        int frontLine = (int) directors.stream().filter(Director::frontLine).count();
        int frontLineExecutives = (int) directors.stream().filter(d -> d.executive() && d.frontLine()).count();
        return new Counts(directors.size(), executives, frontLine, frontLineExecutives);
    }

    /**
     * Enters a new director, serving from today, and, when executive and the Standing Council's roster is recorded,
     * an executive director on it too; answers the roster id.
     *
     * @throws ResolutionRefused unless the basis is the case's adopted nomination and adopted resolution
     */
    public long appoint(NewDirector director, Basis basis) {
        check(basis);
        rosters.lockRosters();
        long id = insert(RosterBody.COUNCIL, director, basis);
        if (director.executive() && rosters.recorded(RosterBody.STANDING_COUNCIL, LocalDate.now(clock))) {
            insert(RosterBody.STANDING_COUNCIL, director, basis);
        }
        return id;
    }

    /**
     * Ends the service of a director today, and the director's seat on the Standing Council.
     *
     * @throws AlreadyRecorded if the director does not serve (any more)
     * @throws ResolutionRefused unless the basis is the case's adopted nomination and adopted resolution
     */
    public void release(long id, Basis basis) {
        check(basis);
        rosters.lockRosters();
        Listed director = jdbc.sql("SELECT * FROM gov_director WHERE id = ? AND body = ? AND serving_until IS NULL")
                .params(id, COUNCIL).query(DirectorRoster::listed).optional().orElse(null);
        int updated = director == null ? 0 : end(id, basis);
        if (updated == 0) {
            throw new AlreadyRecorded("名册编号为 " + id + " 的理事不在理事会任职，案件 " + basis.caseNumber() + " 无法结束其任职。",
                    "Director " + id + " does not serve on the Council; case " + basis.caseNumber() + " cannot end the service.");
        }
        Person person = director.person();
        for (Rosters.Entry executive : rosters.serving(RosterBody.STANDING_COUNCIL)) {
            if (executive.person().isSameAs(person)) {
                end(executive.rosterNumber(), basis);
            }
        }
    }

    private long insert(RosterBody body, NewDirector director, Basis basis) {
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO gov_director (body, name, organisation, executive, front_line, serving_from, appointed_reason,
                    appointed_case, appointed_nomination, appointed_resolution, basis_kind)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(body.name(), director.name().strip(), director.organisation().strip(),
                        body == RosterBody.STANDING_COUNCIL || director.executive(), director.frontLine(),
                        LocalDate.now(clock), basis.reason(), basis.caseNumber(), basis.nomination(), basis.resolution(),
                        ActKind.MID_TERM_ADJUSTMENT.name())
                .update(key, "id");
        return key.getKeyAs(Long.class);
    }

    private int end(long id, Basis basis) {
        return jdbc.sql("""
                UPDATE gov_director SET serving_until = ?, left_reason = ?, left_case = ?, left_nomination = ?,
                    left_resolution = ?
                WHERE id = ? AND serving_until IS NULL""")
                .params(LocalDate.now(clock), basis.reason(), basis.caseNumber(), basis.nomination(), basis.resolution(), id)
                .update();
    }

    /** A serving director's executive seat as the rosters say it today. */
    private List<Director> withExecutives(List<Listed> directors) {
        if (directors.isEmpty() || !rosters.recorded(RosterBody.STANDING_COUNCIL, LocalDate.now(clock))) {
            return directors.stream().map(Listed::director).toList();
        }
        List<Rosters.Entry> executives = rosters.serving(RosterBody.STANDING_COUNCIL);
        return directors.stream().map(listed -> {
            Director d = listed.director();
            boolean executive = executives.stream().anyMatch(e -> e.person().isSameAs(listed.person()));
            return executive == d.executive() ? d : new Director(d.id(), d.name(), d.organisation(), executive,
                    d.frontLine(), d.servingFrom(), d.servingUntil(), d.appointedReason(), d.appointedCase(),
                    d.appointedNomination(), d.appointedResolution(), d.leftReason(), d.leftCase(), d.leftNomination(),
                    d.leftResolution());
        }).toList();
    }

    /** A roster changes only by the Standing Council's nomination and the Council's resolution, both adopted on the case. */
    private void check(Basis basis) {
        minutes.decidedOn(basis.nomination(), basis.caseNumber(), Outcome.ADOPTED, Set.of(Matter.DIRECTOR_NOMINATION));
        minutes.decidedOn(basis.resolution(), basis.caseNumber(), Outcome.ADOPTED, Set.of(Matter.DIRECTOR_ADJUSTMENT));
    }

    private static Listed listed(ResultSet rs, int row) throws SQLException {
        return new Listed(director(rs), rs.getString("membership_number"));
    }

    private static Director director(ResultSet rs) throws SQLException {
        return new Director(rs.getLong("id"), rs.getString("name"), rs.getString("organisation"),
                rs.getBoolean("executive"), rs.getBoolean("front_line"), rs.getObject("serving_from", LocalDate.class),
                rs.getObject("serving_until", LocalDate.class), rs.getString("appointed_reason"),
                rs.getString("appointed_case"), rs.getString("appointed_nomination"),
                rs.getString("appointed_resolution"), rs.getString("left_reason"), rs.getString("left_case"),
                rs.getString("left_nomination"), rs.getString("left_resolution"));
    }
}

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

import cn.chia.governance.charter.Body;
import cn.chia.governance.charter.Matter;
import cn.chia.governance.charter.Outcome;

/**
 * The roster of directors: who serves on the Council, who of them on the Standing Council (executive
 * directors), since when and by which resolutions, and who left. Written in the engine's transaction.
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

    private final JdbcClient jdbc;
    private final MeetingRecords minutes;
    private final Clock clock;

    public DirectorRoster(JdbcClient jdbc, MeetingRecords minutes, Clock clock) {
        this.jdbc = jdbc;
        this.minutes = minutes;
        this.clock = clock;
    }

    /** The directors serving today, by name. */
    public List<Director> current() {
        return jdbc.sql("SELECT * FROM gov_director WHERE serving_until IS NULL ORDER BY name, id")
                .query(DirectorRoster::director).list();
    }

    public Optional<Director> find(long id) {
        return jdbc.sql("SELECT * FROM gov_director WHERE id = ?").param(id).query(DirectorRoster::director).optional();
    }

    /** The serving directors of that name, ignoring case and surrounding spaces. */
    public List<Director> currentNamed(String name) {
        return jdbc.sql("SELECT * FROM gov_director WHERE serving_until IS NULL AND LOWER(name) = LOWER(?) ORDER BY id")
                .param(name.strip()).query(DirectorRoster::director).list();
    }

    /**
     * The seats of the body on the roster: the serving directors (Council) or executive directors (Standing
     * Council); empty when none serve, or for the General Assembly, which the roster does not keep.
     */
    public OptionalInt seats(Body body) {
        Counts counts = counts();
        int seats = switch (body) {
            case COUNCIL -> counts.directors();
            case STANDING_COUNCIL -> counts.executives();
            case GENERAL_ASSEMBLY -> 0;
        };
        return seats == 0 ? OptionalInt.empty() : OptionalInt.of(seats);
    }

    public Counts counts() {
        return jdbc.sql("""
                SELECT COUNT(*) AS directors,
                       COALESCE(SUM(CASE WHEN executive THEN 1 ELSE 0 END), 0) AS executives,
                       COALESCE(SUM(CASE WHEN front_line THEN 1 ELSE 0 END), 0) AS front_line,
                       COALESCE(SUM(CASE WHEN executive AND front_line THEN 1 ELSE 0 END), 0) AS front_line_executives
                FROM gov_director WHERE serving_until IS NULL""")
                .query((rs, row) -> new Counts(rs.getInt("directors"), rs.getInt("executives"), rs.getInt("front_line"),
                        rs.getInt("front_line_executives")))
                .single();
    }

    /**
     * Enters a new director, serving from today; answers the roster id.
     *
     * @throws ResolutionRefused unless the basis is the case's adopted nomination and adopted resolution
     */
    public long appoint(NewDirector director, Basis basis) {
        check(basis);
        KeyHolder key = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO gov_director (name, organisation, executive, front_line, serving_from, appointed_reason,
                    appointed_case, appointed_nomination, appointed_resolution)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""")
                .params(director.name().strip(), director.organisation().strip(), director.executive(),
                        director.frontLine(), LocalDate.now(clock), basis.reason(), basis.caseNumber(),
                        basis.nomination(), basis.resolution())
                .update(key, "id");
        return key.getKeyAs(Long.class);
    }

    /**
     * Ends the service of a director today.
     *
     * @throws IllegalStateException if the director does not serve (any more)
     * @throws ResolutionRefused unless the basis is the case's adopted nomination and adopted resolution
     */
    public void release(long id, Basis basis) {
        check(basis);
        int updated = jdbc.sql("""
                UPDATE gov_director SET serving_until = ?, left_reason = ?, left_case = ?, left_nomination = ?,
                    left_resolution = ?
                WHERE id = ? AND serving_until IS NULL""")
                .params(LocalDate.now(clock), basis.reason(), basis.caseNumber(), basis.nomination(), basis.resolution(), id)
                .update();
        if (updated == 0) {
            throw new IllegalStateException("Director " + id + " does not serve on the Council; case " + basis.caseNumber()
                    + " cannot end the service.");
        }
    }

    /** A roster changes only by the Standing Council's nomination and the Council's resolution, both adopted on the case. */
    private void check(Basis basis) {
        minutes.decidedOn(basis.nomination(), basis.caseNumber(), Outcome.ADOPTED, Set.of(Matter.DIRECTOR_NOMINATION));
        minutes.decidedOn(basis.resolution(), basis.caseNumber(), Outcome.ADOPTED, Set.of(Matter.DIRECTOR_ADJUSTMENT));
    }

    private static Director director(ResultSet rs, int row) throws SQLException {
        return new Director(rs.getLong("id"), rs.getString("name"), rs.getString("organisation"),
                rs.getBoolean("executive"), rs.getBoolean("front_line"), rs.getObject("serving_from", LocalDate.class),
                rs.getObject("serving_until", LocalDate.class), rs.getString("appointed_reason"),
                rs.getString("appointed_case"), rs.getString("appointed_nomination"),
                rs.getString("appointed_resolution"), rs.getString("left_reason"), rs.getString("left_case"),
                rs.getString("left_nomination"), rs.getString("left_resolution"));
    }
}

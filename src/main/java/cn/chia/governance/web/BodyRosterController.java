package cn.chia.governance.web;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.chia.governance.charter.ActKind;
import cn.chia.governance.charter.RosterBody;
import cn.chia.governance.identity.Roles;
import cn.chia.governance.process.Refusal;
import cn.chia.governance.register.Rosters;
import cn.chia.governance.register.Rosters.NewMember;
import cn.chia.governance.register.Rosters.Roster;

/**
 * The roster of each body for the term: the Secretariat records it at once (JSON or CSV), the Secretariat, the
 * Council and managers read it, today's or that of a past day.
 */
@RestController
class BodyRosterController {

    static final String PATH = "/api/bodies/{body}/roster";
    static final String CSV = "text/csv";

    /** A roster as the Secretariat sends it in JSON. */
    record RosterRequest(String basis, String basisKind, String effectiveFrom, List<MemberRow> members) {
    }

    record MemberRow(String name, String organisation, Boolean frontLine, Boolean executive, String membershipNumber,
            String userId, String office) {
    }

    private final Rosters rosters;
    private final Caller caller;
    private final Clock clock;

    BodyRosterController(Rosters rosters, Caller caller, Clock clock) {
        this.rosters = rosters;
        this.caller = caller;
        this.clock = clock;
    }

    @PutMapping(path = PATH, consumes = MediaType.APPLICATION_JSON_VALUE)
    Roster record(@PathVariable String body, @RequestBody RosterRequest request) {
        requireClerk();
        RosterBody roster = body(body);
        List<NewMember> members = request.members() == null ? List.of() : request.members().stream()
                .map(m -> m == null ? new NewMember(null, null, null, null, null, null, null)
                        : new NewMember(m.name(), m.organisation(), m.frontLine(), m.executive(), m.membershipNumber(),
                                m.userId(), m.office()))
                .toList();
        return rosters.record(roster, request.basis(), kind(request.basisKind()), date("effectiveFrom", request.effectiveFrom()),
                members, caller.userId(), caller::userExists);
    }

    @PutMapping(path = PATH, consumes = CSV)
    Roster recordCsv(@PathVariable String body, @RequestParam(required = false) String basis,
            @RequestParam(required = false) String basisKind, @RequestParam(required = false) String effectiveFrom,
            @RequestBody byte[] file) {
        requireClerk();
        RosterBody roster = body(body);
        return rosters.record(roster, basis, kind(basisKind), date("effectiveFrom", effectiveFrom), RosterCsv.read(file),
                caller.userId(), caller::userExists);
    }

    @GetMapping(path = PATH, produces = MediaType.APPLICATION_JSON_VALUE)
    Roster read(@PathVariable String body, @RequestParam(required = false) String on) {
        requireReader();
        return rosters.roster(body(body), day(on));
    }

    @GetMapping(path = PATH, produces = CSV)
    ResponseEntity<byte[]> readCsv(@PathVariable String body, @RequestParam(required = false) String on) {
        requireReader();
        RosterBody roster = body(body);
        LocalDate day = day(on);
        return ResponseEntity.ok().contentType(MemberRegisterController.CSV)
                .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"roster-" + roster.name().toLowerCase(Locale.ROOT)
                        + "-" + day + ".csv\"")
                .body(RosterCsv.write(rosters.roster(roster, day).members()).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }

    private void requireClerk() {
        caller.requireOneOf(Roles.SECRETARIAT_CLERKS, "机构名册由秘书处登记。", "A body's roster is recorded by the Secretariat.");
    }

    private void requireReader() {
        caller.requireOneOf(Roles.RECORD_READERS, "名册供秘书处、理事会和管理人员查阅。",
                "The rosters are for the Secretariat, the Council and managers.");
    }

    private static RosterBody body(String name) {
        try {
            return RosterBody.valueOf(name.strip().toUpperCase(Locale.ROOT).replace('-', '_'));
        } catch (IllegalArgumentException unknown) {
            throw Refusal.notFound("没有这个机构的名册；各机构为 " + Arrays.stream(RosterBody.values())
                    .map(b -> b.chineseTitle() + "（" + b.name() + "）").collect(Collectors.joining("、")) + "。",
                    "No body has a roster of that name; the bodies are " + Arrays.stream(RosterBody.values())
                            .map(b -> "the " + b.title() + " (" + b.name() + ")")
                            .collect(Collectors.joining(", ")) + ".");
        }
    }

    private static ActKind kind(String name) {
        if (name == null || name.isBlank()) {
            return ActKind.ELECTION;
        }
        try {
            return ActKind.valueOf(name.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException unknown) {
            throw new Refusal("basisKind 须为选举（ELECTION）或决议（RESOLUTION）。",
                    "'basisKind' is an election (ELECTION) or a resolution (RESOLUTION).");
        }
    }

    private LocalDate day(String on) {
        return on == null || on.isBlank() ? LocalDate.now(clock) : date("on", on);
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException notADate) {
            throw new Refusal(field + " 须为 YYYY-MM-DD（年-月-日）格式的日期，例如 2026-12-03。",
                    "'" + field + "' must be a date as YYYY-MM-DD, e.g. 2026-12-03.");
        }
    }
}

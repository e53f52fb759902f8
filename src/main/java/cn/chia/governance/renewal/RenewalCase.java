package cn.chia.governance.renewal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.spin.Spin;
import org.camunda.spin.plugin.variable.SpinValues;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import cn.chia.governance.charter.CouncilElections;
import cn.chia.governance.charter.Matter;
import cn.chia.governance.charter.RenewalProposal.Candidate;
import cn.chia.governance.charter.SecretBallot.Mode;
import cn.chia.governance.charter.Words;
import cn.chia.governance.process.Refusal;
import cn.chia.governance.process.WaitingCase;

/**
 * The renewal of the term (换届, process {@code general-election}): what the Secretariat opens it with (form
 * open-renewal, REST start), the Council's adoption of the candidates, CAST's consent, the General Assembly's ballots,
 * the new Council's elections (form prepare-council-elections) and the secretary-general's appointment (form
 * propose-secretary-general). The only code that reads or writes its process variables.
 */
public final class RenewalCase extends WaitingCase {

    public static final String PROCESS_KEY = "general-election";

    // the opening (start form, REST start)
    public static final String DIRECTOR_SEATS = "directorSeats";
    /** One candidate a line, "name | organisation | proposed by | front-line (是/否, yes/no) | user id (optional)", or a JSON list of objects. */
    public static final String DIRECTOR_CANDIDATES = "directorCandidates";
    public static final String SUPERVISOR_SEATS = "supervisorSeats";
    public static final String SUPERVISOR_CANDIDATES = "supervisorCandidates";

    // the General Assembly's elections (form prepare-assembly-elections)
    /** How the General Assembly votes: PAPER or ELECTRONIC. */
    public static final String ASSEMBLY_MODE = "assemblyMode";
    /** The General Assembly's meeting at which it elects (MTG-…), optional: the ballots' meetingNumber. */
    public static final String ASSEMBLY_MEETING = "assemblyMeeting";

    // set at the opening
    public static final String DIRECTOR_CANDIDATE_NAMES = "directorCandidateNames";
    public static final String SUPERVISOR_CANDIDATE_NAMES = "supervisorCandidateNames";
    public static final String CAST_CONSENT_REQUIRED = "castConsentRequired";
    public static final String TERM_END_BEFORE = "previousTermEnd";
    public static final String CANDIDATES_RESOLUTION = "candidatesResolution";

    // what the General Assembly's ballots answer (the ballot's "out" variables, renamed)
    public static final String DIRECTORS_ELECTED = "directorsElected";
    public static final String DIRECTORS_RESOLUTION = "directorsResolution";
    public static final String SUPERVISORS_ELECTED = "supervisorsElected";
    public static final String SUPERVISORS_RESOLUTION = "supervisorsResolution";

    // the new term
    public static final String TERM_START = "termStart";
    public static final String TERM_END = "termEnd";
    /** The composition rules the new Council does not meet (the renewal rule with its numbers), one a line; empty when none. */
    public static final String COMPOSITION_WARNINGS = "compositionWarnings";
    /** The directors elected, one a line, as the Secretariat reads them when preparing the new Council's elections. */
    public static final String NEW_DIRECTORS = "newDirectors";

    // the new Council's elections (form prepare-council-elections)
    public static final String EXECUTIVE_SEATS = "executiveSeats";
    public static final String EXECUTIVE_CANDIDATES = "executiveCandidates";
    public static final String PRESIDENT_CANDIDATES = "presidentCandidates";
    public static final String VICE_PRESIDENT_SEATS = "vicePresidentSeats";
    public static final String VICE_PRESIDENT_CANDIDATES = "vicePresidentCandidates";
    public static final String COUNCIL_MODE = "councilMode";
    /** The new Council's meeting at which it elects (MTG-…), optional: the ballots' meetingNumber. */
    public static final String COUNCIL_MEETING = "councilMeeting";
    public static final String EXECUTIVES_ELECTED = "executivesElected";
    public static final String EXECUTIVES_RESOLUTION = "executivesResolution";
    public static final String PRESIDENT_ELECTED = "presidentElected";
    public static final String PRESIDENT_RESOLUTION = "presidentResolution";
    public static final String VICE_PRESIDENTS_ELECTED = "vicePresidentsElected";
    public static final String VICE_PRESIDENTS_RESOLUTION = "vicePresidentsResolution";

    // the secretary-general (form propose-secretary-general), appointed by a Council resolution
    public static final String SECRETARY_GENERAL_NAME = "secretaryGeneralName";
    public static final String SECRETARY_GENERAL_ORGANISATION = "secretaryGeneralOrganisation";
    public static final String SECRETARY_GENERAL_RESOLUTION = "secretaryGeneralResolution";

    private static final ObjectMapper JSON = new ObjectMapper();

    private RenewalCase(VariableScope scope) {
        super(scope);
    }

    public static RenewalCase of(VariableScope scope) {
        return new RenewalCase(scope);
    }

    int directorSeats() {
        return count(DIRECTOR_SEATS, "the directors' seats (directorSeats)");
    }

    int supervisorSeats() {
        return count(SUPERVISOR_SEATS, "the supervisors' seats (supervisorSeats)");
    }

    List<Candidate> directorCandidates() {
        return candidates(value(DIRECTOR_CANDIDATES), new Words("理事候选人（" + DIRECTOR_CANDIDATES + "）",
                "The director candidates (" + DIRECTOR_CANDIDATES + ")"));
    }

    List<Candidate> supervisorCandidates() {
        return candidates(value(SUPERVISOR_CANDIDATES), new Words("监事候选人（" + SUPERVISOR_CANDIDATES + "）",
                "The supervisor candidates (" + SUPERVISOR_CANDIDATES + ")"));
    }

    Mode assemblyMode() {
        return mode(ASSEMBLY_MODE, new Words("会员代表大会投票方式（" + ASSEMBLY_MODE + "）",
                "The General Assembly's voting (" + ASSEMBLY_MODE + ")"));
    }

    Mode councilMode() {
        return mode(COUNCIL_MODE, new Words("理事会投票方式（" + COUNCIL_MODE + "）", "The Council's voting (" + COUNCIL_MODE + ")"));
    }

    private Mode mode(String name, Words what) {
        String value = text(name);
        for (Mode mode : Mode.values()) {
            if (mode.name().equals(value)) {
                return mode;
            }
        }
        Words modes = Words.list(Arrays.stream(Mode.values()).map(Mode::named).toList());
        throw new Refusal(what.zh() + "须为" + modes.zh() + "之一，收到的是“" + value + "”。", what.en() + " must be one of "
                + modes.en() + "; got '" + value + "'.");
    }

    /**
     * A candidate list: a JSON list of objects (name, organisation, proposedBy, frontLine, userId), or text with one
     * candidate a line, the fields separated by "|". A field left out is missing (the charter names it).
     */
    static List<Candidate> candidates(Object value, Words what) {
        List<Candidate> candidates = new ArrayList<>();
        if (value == null) {
            return candidates;
        }
        String text = value instanceof Collection<?> || value instanceof Map<?, ?> ? JSON.valueToTree(value).toString()
                : value.toString().strip();
        if (text.startsWith("[")) {
            try {
                for (JsonNode item : JSON.readTree(text)) {
                    if (!item.isObject()) {
                        throw new Refusal(what.zh() + "须为候选人对象的列表，每项含 name、organisation、proposedBy 和 frontLine。",
                                what.en() + " must be a list of objects with name, organisation, proposedBy and frontLine.");
                    }
                    candidates.add(new Candidate(field(item, "name"), field(item, "organisation"),
                            field(item, "proposedBy"), frontLine(field(item, "frontLine"))));
                }
                return candidates;
            } catch (JsonProcessingException unreadable) {
                throw new Refusal(what.zh() + "不是有效的 JSON 列表。", what.en() + " is not a JSON list.");
            }
        }
        for (String line : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList()) {
            String[] fields = line.split("[|｜]", -1);
            candidates.add(new Candidate(at(fields, 0), at(fields, 1), at(fields, 2), frontLine(at(fields, 3))));
        }
        return candidates;
    }

    /** The user accounts the candidates named (by name), for the rosters and an electronic ballot's electors. */
    static Map<String, String> userIds(Object value) {
        Map<String, String> ids = new LinkedHashMap<>();
        if (value == null) {
            return ids;
        }
        String text = value instanceof Collection<?> ? JSON.valueToTree(value).toString() : value.toString().strip();
        if (text.startsWith("[")) {
            try {
                for (JsonNode item : JSON.readTree(text)) {
                    String id = field(item, "userId");
                    if (id != null && field(item, "name") != null) {
                        ids.put(field(item, "name"), id);
                    }
                }
            } catch (JsonProcessingException unreadable) {
                return ids;
            }
            return ids;
        }
        for (String line : text.lines().map(String::strip).filter(line -> !line.isEmpty()).toList()) {
            String[] fields = line.split("[|｜]", -1);
            if (at(fields, 0) != null && at(fields, 4) != null) {
                ids.put(at(fields, 0), at(fields, 4));
            }
        }
        return ids;
    }

    private static String field(JsonNode item, String name) {
        JsonNode field = item.get(name);
        return field == null || field.isNull() ? null : field.asText().strip();
    }

    private static String at(String[] fields, int index) {
        if (index >= fields.length) {
            return null;
        }
        String field = fields[index].strip();
        return field.isEmpty() ? null : field;
    }

    private static Boolean frontLine(String text) {
        if (text == null) {
            return null;
        }
        return switch (text.strip().toLowerCase()) {
            case "是", "yes", "true", "y" -> Boolean.TRUE;
            case "否", "no", "false", "n" -> Boolean.FALSE;
            default -> null;
        };
    }

    /**
     * The renewal opened: numbered, the lists kept as JSON with the names the ballots take, CAST's consent asked or
     * not, and put to the Council for its adoption of the candidates.
     */
    void open(String caseNumber, String title, LocalDate termEnd, boolean castConsent) {
        Map<String, String> directorIds = userIds(value(DIRECTOR_CANDIDATES));
        Map<String, String> supervisorIds = userIds(value(SUPERVISOR_CANDIDATES));
        List<Candidate> directors = directorCandidates();
        List<Candidate> supervisors = supervisorCandidates();
        set(DIRECTOR_CANDIDATES, json(asJson(directors, directorIds)));
        set(SUPERVISOR_CANDIDATES, json(asJson(supervisors, supervisorIds)));
        set(DIRECTOR_CANDIDATE_NAMES, json(directors.stream().map(c -> c.name().strip()).toList()));
        set(SUPERVISOR_CANDIDATE_NAMES, json(supervisors.stream().map(c -> c.name().strip()).toList()));
        set(CAST_CONSENT_REQUIRED, castConsent);
        set(TERM_END_BEFORE, termEnd.toString());
        set(COMPOSITION_WARNINGS, "");
        set(ASSEMBLY_MEETING, null);
        set(COUNCIL_MEETING, null);
        awaitDecision(caseNumber, Matter.RENEWAL_CANDIDATES, title);
    }

    private static List<Map<String, Object>> asJson(List<Candidate> candidates, Map<String, String> userIds) {
        return candidates.stream().map(c -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("name", c.name().strip());
            row.put("organisation", c.organisation().strip());
            row.put("proposedBy", c.proposedBy().strip());
            row.put("frontLine", c.frontLine());
            row.put("userId", userIds.get(c.name().strip()));
            return row;
        }).toList();
    }

    private static Object json(Object value) {
        return SpinValues.jsonValue(Spin.JSON(value)).create();
    }

    /** The candidates the Council adopted: its resolution kept (the next decision the case waits for replaces it). */
    void candidatesAdopted() {
        set(CANDIDATES_RESOLUTION, resolutionNumber());
    }

    String candidatesResolution() {
        return text(CANDIDATES_RESOLUTION);
    }

    /** A candidate of the list as the opening kept it, by name. */
    Optional<Candidate> directorCandidate(String name) {
        return directorCandidates().stream().filter(c -> c.name().equals(name)).findFirst();
    }

    Optional<Candidate> supervisorCandidate(String name) {
        return supervisorCandidates().stream().filter(c -> c.name().equals(name)).findFirst();
    }

    Optional<String> directorUserId(String name) {
        return Optional.ofNullable(userIds(value(DIRECTOR_CANDIDATES)).get(name));
    }

    Optional<String> supervisorUserId(String name) {
        return Optional.ofNullable(userIds(value(SUPERVISOR_CANDIDATES)).get(name));
    }

    List<String> directorsElected() {
        return list(DIRECTORS_ELECTED);
    }

    String directorsResolution() {
        return text(DIRECTORS_RESOLUTION);
    }

    List<String> supervisorsElected() {
        return list(SUPERVISORS_ELECTED);
    }

    String supervisorsResolution() {
        return text(SUPERVISORS_RESOLUTION);
    }

    /** The new term and what the new Council's composition falls short of, with the numbers. */
    void termRecorded(LocalDate start, LocalDate end, List<String> warnings) {
        set(TERM_START, start.toString());
        set(TERM_END, end.toString());
        set(COMPOSITION_WARNINGS, String.join("\n", warnings));
        set(NEW_DIRECTORS, String.join("\n", directorsElected()));
    }

    /** The new Council's elections as the Secretariat prepares them, unchecked. */
    CouncilElections councilElections() {
        return new CouncilElections(directorsElected(), count(EXECUTIVE_SEATS, "the executive directors' seats (executiveSeats)"),
                list(EXECUTIVE_CANDIDATES), list(PRESIDENT_CANDIDATES),
                count(VICE_PRESIDENT_SEATS, "the vice presidents' seats (vicePresidentSeats)"),
                list(VICE_PRESIDENT_CANDIDATES));
    }

    /** The General Assembly's elections checked: the meeting named kept without surrounding spaces, or none. */
    void assemblyElectionsPrepared() {
        set(ASSEMBLY_MEETING, meeting(ASSEMBLY_MEETING));
    }

    private String meeting(String name) {
        String meeting = text(name);
        return meeting == null || meeting.isBlank() ? null : meeting.strip();
    }

    /** The elections checked: the lists kept as JSON, as the ballots take them. */
    void councilElectionsPrepared(CouncilElections elections) {
        set(COUNCIL_MEETING, meeting(COUNCIL_MEETING));
        set(EXECUTIVE_CANDIDATES, json(elections.executiveCandidates()));
        set(PRESIDENT_CANDIDATES, json(elections.presidentCandidates()));
        set(VICE_PRESIDENT_CANDIDATES, json(elections.vicePresidentCandidates()));
    }

    List<String> executivesElected() {
        return list(EXECUTIVES_ELECTED);
    }

    String executivesResolution() {
        return text(EXECUTIVES_RESOLUTION);
    }

    List<String> presidentElected() {
        return list(PRESIDENT_ELECTED);
    }

    String presidentResolution() {
        return text(PRESIDENT_RESOLUTION);
    }

    List<String> vicePresidentsElected() {
        return list(VICE_PRESIDENTS_ELECTED);
    }

    String vicePresidentsResolution() {
        return text(VICE_PRESIDENTS_RESOLUTION);
    }

    String secretaryGeneralName() {
        return text(SECRETARY_GENERAL_NAME);
    }

    String secretaryGeneralOrganisation() {
        return text(SECRETARY_GENERAL_ORGANISATION);
    }

    /** The secretary-general proposed: the names kept without surrounding spaces, put to the Council. */
    void secretaryGeneralProposed(String name, String organisation) {
        set(SECRETARY_GENERAL_NAME, name);
        set(SECRETARY_GENERAL_ORGANISATION, organisation);
        awaitDecision(Matter.SECRETARY_GENERAL_APPOINTMENT);
    }

    void secretaryGeneralAppointed() {
        set(SECRETARY_GENERAL_RESOLUTION, resolutionNumber());
    }

    String secretaryGeneralResolution() {
        return text(SECRETARY_GENERAL_RESOLUTION);
    }

    /** A list of names: a JSON list (a ballot's result, a REST client) or one name a line (a form). */
    private List<String> list(String name) {
        Object value = value(name);
        List<String> names = new ArrayList<>();
        if (value == null) {
            return names;
        }
        String text = value instanceof Collection<?> ? JSON.valueToTree(value).toString() : value.toString().strip();
        if (text.startsWith("[")) {
            try {
                for (JsonNode item : JSON.readTree(text)) {
                    names.add(item.asText().strip());
                }
                return names;
            } catch (JsonProcessingException unreadable) {
                throw new Refusal(name + " 不是有效的 JSON 列表。", name + " is not a JSON list.");
            }
        }
        text.lines().map(String::strip).filter(line -> !line.isEmpty()).forEach(names::add);
        return names;
    }

    /** The case number of the renewal under way, if any, but this one. */
    static Optional<String> otherRenewalUnderWay(RuntimeService runtime, String processInstanceId) {
        return runtime.createProcessInstanceQuery().processDefinitionKey(PROCESS_KEY).list().stream()
                .filter(other -> !other.getId().equals(processInstanceId)).findFirst()
                .map(other -> other.getBusinessKey());
    }
}

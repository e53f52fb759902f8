package cn.chia.governance.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import cn.chia.governance.charter.Body;
import cn.chia.governance.process.Refusal;
import cn.chia.governance.charter.Matter;
import cn.chia.governance.identity.Roles;
import cn.chia.governance.meeting.MeetingsUnderWay;
import cn.chia.governance.meeting.MeetingsUnderWay.UnderWay;
import cn.chia.governance.register.MeetingRecords;
import cn.chia.governance.register.MeetingRecords.Listed;
import cn.chia.governance.register.MeetingRecords.Meeting;

/**
 * The meetings of the bodies, the latest first: each with its state, the agenda of a meeting under way and the
 * resolutions it took, for the Secretariat, the Council and managers. The register says whether a meeting was held,
 * adjourned or closed with nothing to decide; the engine where a meeting under way stands.
 */
@RestController
class MeetingsController {

    /**
     * Where a meeting stands: {@code PLANNED} before its day, {@code IN_SESSION} from its day while it is recorded,
     * {@code VOTING} while the members of a meeting by communication vote, then {@code HELD}, {@code ADJOURNED} (no
     * quorum) or {@code NOTHING_TO_DECIDE}; {@code CANCELLED} when its procedure was ended before it closed.
     */
    enum State { PLANNED, IN_SESSION, VOTING, HELD, ADJOURNED, NOTHING_TO_DECIDE, CANCELLED }

    /** A case on the agenda of a meeting under way. */
    record AgendaItem(String caseNumber, Matter matter, String title) {
    }

    /** A resolution the meeting took: its number, the case, its title, the matter and the outcome. */
    record ResolutionTaken(String number, String caseNumber, String title, String matter, String outcome) {
    }

    /**
     * One meeting; {@code agenda} that of a meeting under way (its procedure running), in its order, {@code null} once
     * it ended; {@code agendaConfirmed} whether the clerk confirmed it ({@code null} once it ended).
     */
    record MeetingEntry(String number, Body body, LocalDate date, boolean byCommunication, LocalDate votesDueBy,
            State state, Boolean agendaConfirmed, List<AgendaItem> agenda, List<ResolutionTaken> resolutions) {
    }

    static final Set<String> FILTERS = Set.of("body", "year");

    private final MeetingRecords records;
    private final MeetingsUnderWay underWay;
    private final Clock clock;
    private final Caller caller;

    MeetingsController(MeetingRecords records, MeetingsUnderWay underWay, Clock clock, Caller caller) {
        this.records = records;
        this.underWay = underWay;
        this.clock = clock;
        this.caller = caller;
    }

    @GetMapping("/api/meetings")
    List<MeetingEntry> meetings(@RequestParam MultiValueMap<String, String> filters) {
        caller.requireOneOf(Roles.RECORD_READERS, "会议记录供秘书处、理事会和管理人员查阅。",
                "The meetings are for the Secretariat, the Council and managers.");
        if (!FILTERS.containsAll(filters.keySet()) || filters.values().stream().anyMatch(values -> values.size() > 1)) {
            throw new Refusal("会议列表只接受筛选条件 body 和 year，各一次。",
                    "The list of meetings takes the filters body and year, each at most once.");
        }
        Body body = filters.containsKey("body") ? body(filters.getFirst("body")) : null;
        Integer year = filters.containsKey("year") ? year(filters.getFirst("year")) : null;
        Map<String, UnderWay> running = underWay.all();
        LocalDate today = LocalDate.now(clock);
        return records.list(body, year).stream().map(listed -> entry(listed, running.get(listed.meeting().businessKey()),
                today)).toList();
    }

    private static MeetingEntry entry(Listed listed, UnderWay running, LocalDate today) {
        Meeting meeting = listed.meeting();
        List<ResolutionTaken> resolutions = listed.resolutions().stream().map(r -> new ResolutionTaken(
                r.resolutionNumber(), r.caseNumber(), r.title(), r.matter(), r.outcome())).toList();
        boolean isRunning = running != null && meeting.status() == MeetingRecords.Status.OPEN;
        return new MeetingEntry(meeting.businessKey(), meeting.body(), meeting.meetingDate(), meeting.byCommunication(),
                meeting.votesDueBy(), state(meeting, running, today),
                isRunning ? running.step() != MeetingsUnderWay.Step.CONFIRMING_AGENDA : null,
                isRunning ? running.agenda().stream().map(a -> new AgendaItem(a.caseNumber(), a.matter(), a.title()))
                        .toList() : null,
                resolutions);
    }

    private static State state(Meeting meeting, UnderWay running, LocalDate today) {
        return switch (meeting.status()) {
            case HELD -> State.HELD;
            case ADJOURNED -> State.ADJOURNED;
            case NOTHING_TO_DECIDE -> State.NOTHING_TO_DECIDE;
            case OPEN -> running == null ? State.CANCELLED
                    : running.step() == MeetingsUnderWay.Step.VOTING ? State.VOTING
                    : meeting.meetingDate().isAfter(today) ? State.PLANNED : State.IN_SESSION;
        };
    }

    private static Body body(String value) {
        return Arrays.stream(Body.values()).filter(b -> b.name().equals(value)).findFirst().orElseThrow(() -> new Refusal(
                "body 须为会员代表大会（GENERAL_ASSEMBLY）、理事会（COUNCIL）或常务理事会（STANDING_COUNCIL）。",
                "body is one of the General Assembly (GENERAL_ASSEMBLY), the Council (COUNCIL) or the Standing Council"
                        + " (STANDING_COUNCIL)."));
    }

    private static int year(String value) {
        if (value == null || !value.matches("[12][0-9]{3}")) {
            throw new Refusal("year 须为四位数字的年份，例如 2026。", "year is a year of four digits, e.g. 2026.");
        }
        return Integer.parseInt(value);
    }

}

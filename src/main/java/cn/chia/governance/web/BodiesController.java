package cn.chia.governance.web;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

import cn.chia.governance.charter.Body;
import cn.chia.governance.charter.Charter;
import cn.chia.governance.charter.MeetingCadence;
import cn.chia.governance.identity.Roles;
import cn.chia.governance.process.CurrentCharter;
import cn.chia.governance.register.MeetingCadences;
import cn.chia.governance.register.MeetingCadences.BodyCadence;
import cn.chia.governance.register.MeetingRecords.Meeting;

/**
 * The bodies of the Association: the seats the next meeting counts, the last meeting held, the day by which the next
 * is due and where that stands, for the Secretariat, the Council and managers.
 */
@RestController
class BodiesController {

    /** A meeting held: its number (the meeting's case number) and day. */
    record LastMeeting(String number, LocalDate date, boolean byCommunication) {
    }

    /**
     * One body. {@code dueBy}, {@code daysLeft}: null for the General Assembly, which has no cadence but its term
     * ({@code termEnd}); {@code countsFrom}: the last meeting held or, when it held none this term, the term's start.
     */
    record BodyState(Body body, String name, String nameZh, int seats, LastMeeting lastMeeting, LocalDate countsFrom,
            LocalDate dueBy, Integer daysLeft, MeetingCadence.State state, String clause, LocalDate termEnd) {
    }

    private final MeetingCadences cadences;
    private final CurrentCharter charter;
    private final Clock clock;
    private final Caller caller;

    BodiesController(MeetingCadences cadences, CurrentCharter charter, Clock clock, Caller caller) {
        this.cadences = cadences;
        this.charter = charter;
        this.clock = clock;
        this.caller = caller;
    }

    @GetMapping("/api/bodies")
    List<BodyState> bodies() {
        caller.requireOneOf(Roles.RECORD_READERS, "各机构的会议情况供秘书处、理事会和管理人员查阅。",
                "The bodies' meetings are for the Secretariat, the Council and managers.");
        LocalDate today = LocalDate.now(clock);
        Charter now = charter.now();
        return cadences.all().stream().map(body -> state(body, now, today)).toList();
    }

    private static BodyState state(BodyCadence body, Charter now, LocalDate today) {
        MeetingCadence cadence = body.cadence();
        Meeting last = body.lastHeld();
        return new BodyState(body.body(), body.body().title(), body.body().chineseTitle(), now.seats(body.body()),
                last == null ? null : new LastMeeting(last.businessKey(), last.meetingDate(), last.byCommunication()),
                cadence.applies() ? cadence.countsFrom() : null, cadence.dueBy().orElse(null),
                cadence.daysLeft(today).isPresent() ? cadence.daysLeft(today).getAsInt() : null, cadence.state(today),
                cadence.clause(), body.termEnd());
    }
}

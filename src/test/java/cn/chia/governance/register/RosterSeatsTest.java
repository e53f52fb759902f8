package cn.chia.governance.register;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.chia.governance.GovernanceTest;
import cn.chia.governance.Resolutions;
import cn.chia.governance.charter.ActKind;
import cn.chia.governance.charter.Body;
import cn.chia.governance.charter.RosterBody;
import cn.chia.governance.process.CurrentCharter;
import cn.chia.governance.register.DirectorRoster.Basis;
import cn.chia.governance.register.DirectorRoster.NewDirector;
import cn.chia.governance.register.Rosters.NewMember;

/** The seats of the bodies come from a recorded roster, never from a partial one. */
@GovernanceTest
class RosterSeatsTest {

    @Autowired
    Rosters rosters;
    @Autowired
    DirectorRoster directors;
    @Autowired
    CurrentCharter charter;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    Clock clock;

    @BeforeEach
    @AfterEach
    void noRosters() {
        Resolutions.emptyRosters(jdbc);
    }

    @Test
    void withoutARecordedRosterTheConfiguredSeatsApply() {
        assertThat(directors.seats(Body.COUNCIL)).isEmpty();
        assertThat(charter.now().seats(Body.GENERAL_ASSEMBLY)).isEqualTo(300);
        assertThat(charter.now().seats(Body.COUNCIL)).isEqualTo(90);
        assertThat(charter.now().seats(Body.STANDING_COUNCIL)).isEqualTo(30);
    }

    @Test
    void oneDirectorAddedMidTermNoLongerMakesTheCouncilABodyOfOneSeat() {
        appointByAdjustment("王芳", true);

        assertThat(directors.current()).extracting(DirectorRoster.Director::name).containsExactly("王芳");
        assertThat(directors.seats(Body.COUNCIL)).as("no roster recorded: the adjustment makes no roster").isEmpty();
        assertThat(charter.now().seats(Body.COUNCIL)).isEqualTo(90);
        assertThat(charter.now().seats(Body.STANDING_COUNCIL)).isEqualTo(30);
        assertThat(charter.now().checkQuorum(Body.COUNCIL, 61, 0).met()).as("the next roll of 61 is not impossible").isTrue();
    }

    @Test
    void onceRecordedTheSeatsAreTheServingMembersAndAnAdjustmentChangesThemByOne() {
        record(RosterBody.COUNCIL, 90, 30);
        assertThat(charter.now().seats(Body.COUNCIL)).isEqualTo(90);
        assertThat(charter.now().seats(Body.STANDING_COUNCIL)).as("the Standing Council's own roster is not recorded yet")
                .isEqualTo(30);
        assertThat(directors.counts().executives()).as("as the Council's roster marks them").isEqualTo(30);

        appointByAdjustment("王芳", false);
        assertThat(charter.now().seats(Body.COUNCIL)).isEqualTo(91);
        assertThat(directors.counts().directors()).isEqualTo(91);
    }

    @Test
    void aMeetingTakesTheSeatsOfItsOwnDayNotToday() {
        LocalDate today = LocalDate.now(clock);
        record(RosterBody.COUNCIL, 9, 3);
        assertThat(charter.seats(Body.COUNCIL, today.minusDays(2))).as("before the roster took effect").isEqualTo(90);
        assertThat(charter.seats(Body.COUNCIL, today.minusDays(1))).as("the day it took effect").isEqualTo(9);

        rosters.record(RosterBody.COUNCIL, "第六届会员代表大会选举", ActKind.ELECTION, today,
                IntStream.rangeClosed(1, 12).mapToObj(i -> new NewMember("新理事" + i, "单位" + i, true, false, null, null,
                        null)).toList(), "clerk", user -> false);
        assertThat(charter.seats(Body.COUNCIL, today.minusDays(1))).as("a meeting of the old Council").isEqualTo(9);
        assertThat(charter.seats(Body.COUNCIL, today)).isEqualTo(12);
        assertThat(charter.seats(Body.COUNCIL, today.plusDays(30))).as("a meeting called in advance").isEqualTo(12);
        assertThat(charter.now().seats(Body.COUNCIL)).isEqualTo(12);
    }

    @Test
    void aRosterOfOneGivesOneSeat() {
        record(RosterBody.GENERAL_ASSEMBLY, 0, 0);
        record(RosterBody.COUNCIL, 1, 0);
        assertThat(charter.now().seats(Body.COUNCIL)).isEqualTo(1);
        assertThat(directors.seats(Body.GENERAL_ASSEMBLY)).as("no representatives recorded").isEmpty();
    }

    @Test
    void anExecutiveDirectorAddedMidTermSitsOnTheRecordedStandingCouncilAndLeavesItWithTheCouncil() {
        record(RosterBody.COUNCIL, 9, 3);
        rosters.record(RosterBody.STANDING_COUNCIL, "理事会选举常务理事", ActKind.ELECTION, LocalDate.now(clock),
                IntStream.rangeClosed(1, 3).mapToObj(i -> new NewMember("理事" + i, "单位" + i, true, null, null, null, null))
                        .toList(), "clerk", user -> false);
        assertThat(charter.now().seats(Body.STANDING_COUNCIL)).isEqualTo(3);

        long added = appointByAdjustment("王芳", true);
        assertThat(charter.now().seats(Body.STANDING_COUNCIL)).isEqualTo(4);
        assertThat(directors.find(added).orElseThrow().executive()).isTrue();

        String caseNumber = "DIR-T-" + UUID.randomUUID();
        directors.release(added, new Basis(caseNumber,
                Resolutions.record(jdbc, caseNumber, "DIRECTOR_NOMINATION", "ADOPTED", "STANDING_COUNCIL"),
                Resolutions.record(jdbc, caseNumber, "DIRECTOR_ADJUSTMENT", "ADOPTED", "COUNCIL"), "Resigned"));
        assertThat(charter.now().seats(Body.COUNCIL)).isEqualTo(9);
        assertThat(charter.now().seats(Body.STANDING_COUNCIL)).isEqualTo(3);
    }

    @Test
    void twoClerksRecordingTheCouncilAtOnceLeaveOneRosterNotBothMixed() throws Exception {
        for (int round = 0; round < 10; round++) {
            LocalDate from = LocalDate.now(clock).minusDays(10 - round);
            CyclicBarrier together = new CyclicBarrier(2);
            ExecutorService clerks = Executors.newFixedThreadPool(2);
            try {
                List<Future<Boolean>> recordings = List.of(5, 7).stream().map(size -> clerks.submit(() -> {
                    together.await();
                    try {
                        rosters.record(RosterBody.COUNCIL, "第五届理事会（" + size + "人）", ActKind.ELECTION, from,
                            IntStream.rangeClosed(1, size).mapToObj(i -> new NewMember("理事" + size + "-" + i, "单位" + i,
                                    true, false, null, null, null)).toList(), "clerk", user -> false);
                        return true;
                    } catch (RosterRefused refused) {
                        assertThat(refused).hasMessageContaining("last changed on " + from);
                        return false;
                    }
                })).toList();
                List<Boolean> recorded = new ArrayList<>();
                for (Future<Boolean> recording : recordings) {
                    recorded.add(recording.get(30, TimeUnit.SECONDS));
                }
                assertThat(recorded).as("round %d: one clerk records, the other is told the roster just changed", round)
                        .containsExactlyInAnyOrder(true, false);
            } finally {
                clerks.shutdownNow();
            }
            assertThat(charter.now().seats(Body.COUNCIL)).as("round %d: the seats of one roster, the last recorded", round)
                    .isIn(5, 7);
            assertThat(rosters.members(RosterBody.COUNCIL, from)).extracting(Rosters.Entry::basis).as("round %d", round)
                    .containsOnly(rosters.recordings(RosterBody.COUNCIL).get(0).basis());
        }
    }

    private void record(RosterBody body, int people, int executives) {
        if (people == 0) {
            return;
        }
        List<NewMember> members = IntStream.rangeClosed(1, people).mapToObj(i -> new NewMember("理事" + i, "单位" + i, true,
                i <= executives, null, null, null)).toList();
        rosters.record(body, "第五届会员代表大会选举", ActKind.ELECTION, LocalDate.now(clock).minusDays(1), members, "clerk",
                user -> false);
    }

    private long appointByAdjustment(String name, boolean executive) {
        String caseNumber = "DIR-T-" + UUID.randomUUID();
        String nomination = Resolutions.record(jdbc, caseNumber, "DIRECTOR_NOMINATION", "ADOPTED", "STANDING_COUNCIL");
        String resolution = Resolutions.record(jdbc, caseNumber, "DIRECTOR_ADJUSTMENT", "ADOPTED", "COUNCIL");
        return directors.appoint(new NewDirector(name, "清华大学", executive, true),
                new Basis(caseNumber, nomination, resolution, "A vacancy"));
    }
}

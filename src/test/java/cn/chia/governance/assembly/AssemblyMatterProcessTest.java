package cn.chia.governance.assembly;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;

import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;

import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.chia.governance.Resolutions;
import cn.chia.governance.charter.RosterBody;
import cn.chia.governance.filing.Filings;
import cn.chia.governance.process.ProcessConfiguration;
import cn.chia.governance.process.ProcessTest;
import cn.chia.governance.process.WaitingCase;
import cn.chia.governance.process.WaitingCases;
import cn.chia.governance.register.AssemblyMatters;
import cn.chia.governance.register.AssemblyMatters.AssemblyMatter;
import cn.chia.governance.register.AssemblyMatters.Status;
import cn.chia.governance.register.Notifier;
import cn.chia.governance.register.Rosters;

/**
 * The General Assembly's matters, path by path. The Assembly's decision is sent to the case as a governance meeting
 * sends it (AssemblyMatterThroughMeetingIT holds real General Assembly meetings).
 */
@ProcessTest
class AssemblyMatterProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    AssemblyMatters matters;
    @Autowired
    Rosters rosters;
    @Autowired
    Notifier notifier;
    @Autowired
    JdbcClient jdbc;

    /** The number the minutes gave the last decision delivered. */
    String resolution;

    @BeforeEach
    void noOpenCases() {
        init(engine);
        new WaitingCases(engine).clearAll();
        Resolutions.emptyRosters(jdbc);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
        Resolutions.emptyRosters(jdbc);
    }

    @Test
    void anAmendmentAdoptedReviewedByCastAndApprovedByTheMinistryIsRecordedAsApproved() {
        ProcessInstance amendment = open(AssemblyProposals.anAmendment().reference("中高产会〔2026〕1号"));
        assertThat(amendment.getBusinessKey()).matches("GAM-\\d{4}-\\d{4}");
        assertThat(amendment).isWaitingAt("Event_AssemblyDecisionTaken");
        assertThat(amendment).variables().containsEntry(WaitingCase.MATTER, "ARTICLES_AMENDMENT")
                .containsEntry(WaitingCase.CASE_TITLE, "关于修改《中国高科技产业化研究会章程》的议案（中高产会〔2026〕1号）");
        assertThat(matter(amendment).status()).isEqualTo(Status.OPEN);

        decide(amendment, "ADOPTED");
        assertThat(amendment).isWaitingAt("ServiceTask_RecordAdoption");
        execute(job(amendment));
        assertThat(amendment).isWaitingAt("UserTask_RecordCastAnswer").task().hasCandidateGroup("secretariat");
        assertThat(matter(amendment).status()).isEqualTo(Status.FILED);
        assertThat(matter(amendment).resolutionNumber()).isEqualTo(resolution);

        remindAfterThirtyDays(amendment, "CAST");
        answer(amendment, "APPROVED", "CAST-R-2026-31", null);
        assertThat(amendment).isWaitingAt("UserTask_RecordMcaAnswer");
        remindAfterThirtyDays(amendment, "the Ministry of Civil Affairs");
        answer(amendment, "APPROVED", "MCA-2026-91", null);

        assertThat(amendment).isEnded().hasPassed("ServiceTask_RemindOfCast", "EndEvent_CastReminderSent",
                "ServiceTask_RemindOfMca", "EndEvent_McaReminderSent", "ServiceTask_RecordApproval",
                "EndEvent_ApprovedByAuthorities");
        assertThat(matter(amendment)).extracting(AssemblyMatter::status, AssemblyMatter::castReference,
                AssemblyMatter::mcaReference, AssemblyMatter::documentReference)
                .containsExactly(Status.APPROVED, "CAST-R-2026-31", "MCA-2026-91", "中高产会〔2026〕1号");
        assertThat(notifier.of(amendment.getBusinessKey())).extracting(Notifier.Notification::subject).containsExactly(
                "中国科协尚未就 " + amendment.getBusinessKey() + " 作出答复 / CAST has not answered on " + amendment.getBusinessKey(),
                "民政部尚未就 " + amendment.getBusinessKey() + " 作出答复 / the Ministry of Civil Affairs has not answered on "
                        + amendment.getBusinessKey());
    }

    @Test
    void aTerminationCastRefusesEndsWithWhoAndWhy() {
        ProcessInstance termination = open(AssemblyProposals.aTermination());
        decide(termination, "ADOPTED");
        execute(job(termination));
        answer(termination, "REFUSED", "CAST-R-2026-32", "清算方案不完整 The liquidation plan is incomplete");
        assertThat(termination).isEnded().hasPassed("ServiceTask_RecordRefusal", "EndEvent_RefusedByAuthorities")
                .hasNotPassed("UserTask_RecordMcaAnswer");
        assertThat(matter(termination)).extracting(AssemblyMatter::status, AssemblyMatter::refusedBy,
                AssemblyMatter::refusalReason, AssemblyMatter::castReference)
                .containsExactly(Status.REFUSED, "CAST", "清算方案不完整 The liquidation plan is incomplete", "CAST-R-2026-32");
    }

    @Test
    void anAmendmentTheMinistryRefusesEndsWithWhoAndWhy() {
        ProcessInstance amendment = open(AssemblyProposals.anAmendment());
        decide(amendment, "ADOPTED");
        execute(job(amendment));
        answer(amendment, "APPROVED", "CAST-R-2026-33", null);
        answer(amendment, "REFUSED", "MCA-2026-92", "第十条与条例不符 Article 10 contradicts the Regulations");
        assertThat(amendment).isEnded().hasPassed("EndEvent_RefusedByAuthorities");
        assertThat(matter(amendment)).extracting(AssemblyMatter::status, AssemblyMatter::refusedBy,
                AssemblyMatter::refusalReason)
                .containsExactly(Status.REFUSED, "MINISTRY_OF_CIVIL_AFFAIRS", "第十条与条例不符 Article 10 contradicts the Regulations");
    }

    @Test
    void aMatterTheAssemblyDoesNotAdoptEndsWithTheTallyAndNothingFollows() {
        ProcessInstance amendment = open(AssemblyProposals.anAmendment());
        decide(amendment, "REJECTED");
        execute(job(amendment));
        assertThat(amendment).isEnded().hasPassed("ServiceTask_RecordNotAdopted", "EndEvent_NotAdopted")
                .hasNotPassed("UserTask_RecordCastAnswer");
        assertThat(matter(amendment)).extracting(AssemblyMatter::status, AssemblyMatter::resolutionNumber,
                AssemblyMatter::refusedBy).containsExactly(Status.NOT_ADOPTED, resolution, "GENERAL_ASSEMBLY");
        assertThat(matter(amendment).refusalReason()).startsWith("Rejected: 100 of 201");
    }

    @Test
    void anAdoptedRemovalEndsTheDirectorsAndSupervisorsServiceWithTheResolutionAsBasis() {
        long director = Resolutions.seatDirector(jdbc, "王理事", "北京大学", true, true);
        long staying = Resolutions.seatDirector(jdbc, "李理事", "清华大学", false, true);
        long supervisor = Resolutions.seatSupervisor(jdbc, "赵监事", "复旦大学");
        ProcessInstance removal = open(AssemblyProposals.aRemoval(director, supervisor));
        assertThat(matter(removal).removed()).contains("王理事", "北京大学", "赵监事", "监事会");

        decide(removal, "ADOPTED");
        execute(job(removal));
        assertThat(removal).isEnded().hasPassed("ServiceTask_RemoveFromRosters", "EndEvent_MembersRemoved");
        assertThat(rosters.entry(director).orElseThrow()).satisfies(entry -> {
            assertThat(entry.until()).isEqualTo(LocalDate.now(ProcessConfiguration.ASSOCIATION_ZONE));
            assertThat(entry.leftCase()).isEqualTo(removal.getBusinessKey());
            assertThat(entry.leftResolution()).isEqualTo(resolution);
        });
        assertThat(rosters.entry(supervisor).orElseThrow().leftResolution()).isEqualTo(resolution);
        // the last day of service is today (as a resignation's): from tomorrow they are off the rosters
        LocalDate tomorrow = LocalDate.now(ProcessConfiguration.ASSOCIATION_ZONE).plusDays(1);
        assertThat(rosters.members(RosterBody.STANDING_COUNCIL, LocalDate.now(ProcessConfiguration.ASSOCIATION_ZONE))).as("an executive director is a director")
                .singleElement().satisfies(seat -> assertThat(seat.leftResolution()).isEqualTo(resolution));
        assertThat(rosters.members(RosterBody.STANDING_COUNCIL, tomorrow)).isEmpty();
        assertThat(rosters.members(RosterBody.SUPERVISORS, tomorrow)).isEmpty();
        assertThat(rosters.members(RosterBody.COUNCIL, tomorrow)).extracting(Rosters.Entry::rosterNumber)
                .containsExactly(staying);
        assertThat(matter(removal).status()).isEqualTo(Status.ADOPTED);
    }

    @Test
    void anAdoptedFeeStandardIsTheStandardInForce() {
        ProcessInstance fees = open(AssemblyProposals.aFeeStandard("个人会员每年 200 元，单位会员每年 2000 元。"));
        decide(fees, "ADOPTED");
        execute(job(fees));
        assertThat(fees).isEnded().hasPassed("EndEvent_MatterAdopted");
        assertThat(matters.feeStandard()).hasValueSatisfying(standard -> {
            assertThat(standard.caseNumber()).isEqualTo(fees.getBusinessKey());
            assertThat(standard.feeStandard()).isEqualTo("个人会员每年 200 元，单位会员每年 2000 元。");
            assertThat(standard.resolutionNumber()).isEqualTo(resolution);
        });
    }

    @Test
    void anIncompleteMatterIsRefusedNamingEveryProblemAndNothingIsRecorded() {
        assertRefused(AssemblyProposals.of("FEE_STANDARD").titled("").reference(" ").with(AssemblyMatterCase.FEE_STANDARD, "太短"),
                "matterTitle", "documentReference", "feeStandard", "请填写议题名称", "Enter the document's reference");
        assertRefused(AssemblyProposals.of("COUNCIL_REPORTS").titled("<script>x</script>"), "matterTitle", "markup");
    }

    @Test
    void anElectionIsNoMatterButASecretBallot() {
        assertRefused(AssemblyProposals.of("ELECTION"), "matterKind", "无记名投票", "procedure ballot",
                "electingBody GENERAL_ASSEMBLY");
        assertRefused(AssemblyProposals.of("TERM_CHANGE"), "matterKind", "(ARTICLES_AMENDMENT), Removal of directors or supervisors (REMOVAL_FROM_OFFICE)");
    }

    @Test
    void aRemovalNamesServingDirectorsOrSupervisorsOnly() {
        long representative = seat("GENERAL_ASSEMBLY", "张代表");
        long director = Resolutions.seatDirector(jdbc, "钱理事", "南京大学", false, true);
        jdbc.sql("UPDATE gov_director SET serving_until = ? WHERE id = ?").params(LocalDate.now(ProcessConfiguration.ASSOCIATION_ZONE).minusDays(3), director)
                .update();
        assertRefused(AssemblyProposals.aRemoval(representative, director, 999999).removing(representative + ", " + director
                + "、999999, x"), "removedRosterNumbers", "张代表", "removes directors and supervisors only",
                "钱理事", "no longer serves", "999999", "no such roster number", "not roster numbers: x");
        assertRefused(AssemblyProposals.aRemoval().removing(" "), "Enter the roster numbers");
    }

    private long seat(String body, String name) {
        jdbc.sql("""
                INSERT INTO gov_director (body, name, organisation, executive, front_line, serving_from, appointed_reason,
                    basis_kind)
                VALUES (?, ?, '单位', FALSE, TRUE, ?, 'test', 'ELECTION')""").params(body, name, LocalDate.now(ProcessConfiguration.ASSOCIATION_ZONE).minusYears(1))
                .update();
        return jdbc.sql("SELECT MAX(id) FROM gov_director WHERE name = ?").param(name).query(Long.class).single();
    }

    private ProcessInstance open(AssemblyProposals proposal) {
        return engine.getRuntimeService().startProcessInstanceByKey(AssemblyMatterCase.PROCESS_KEY, proposal.build());
    }

    private AssemblyMatter matter(ProcessInstance instance) {
        return matters.find(instance.getBusinessKey()).orElseThrow();
    }

    /** What a General Assembly meeting sends the case, after recording the resolution. */
    private void decide(ProcessInstance matter, String outcome) {
        resolution = Resolutions.on(engine, matter.getBusinessKey(), outcome, "GENERAL_ASSEMBLY");
        engine.getRuntimeService().createMessageCorrelation(WaitingCase.DECISION_TAKEN)
                .processInstanceBusinessKey(matter.getBusinessKey())
                .setVariable(WaitingCase.DECISION_OUTCOME, outcome).setVariable(WaitingCase.RESOLUTION_NUMBER, resolution)
                .setVariable(WaitingCase.DECISION_REASON, outcome.equals("ADOPTED")
                        ? "Adopted: 101 of 201 representatives present voted in favour; more than half requires at least 101."
                        : "Rejected: 100 of 201 representatives present voted in favour; more than half requires at least 101.")
                .setVariable(WaitingCase.DECIDING_BODY, "GENERAL_ASSEMBLY")
                .correlateWithResult();
    }

    private void answer(ProcessInstance matter, String answer, String reference, String note) {
        complete(task(matter), Filings.anAnswer(answer).reference(reference).note(note)
                .on(LocalDate.now(ZoneId.of("Asia/Shanghai"))).build());
    }

    private void remindAfterThirtyDays(ProcessInstance matter, String authority) {
        Date now = ClockUtil.getCurrentTime();
        ClockUtil.setCurrentTime(Date.from(now.toInstant().plus(Duration.ofDays(31))));
        Job reminder = engine.getManagementService().createJobQuery().processInstanceId(matter.getId()).timers()
                .executable().singleResult();
        assertThat(reminder).as("reminder due for " + authority).isNotNull();
        execute(reminder);
        ClockUtil.reset();
    }

    private void assertRefused(AssemblyProposals proposal, String... messages) {
        long before = engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(AssemblyMatterCase.PROCESS_KEY).count();
        long recorded = jdbc.sql("SELECT COUNT(*) FROM gov_assembly_matter").query(Long.class).single();
        assertThatThrownBy(() -> open(proposal)).isInstanceOf(BadUserRequestException.class)
                .satisfies(refused -> assertThat(refused.getMessage()).startsWith("会员代表大会议题无法受理。").contains(messages));
        assertThat(engine.getRuntimeService().createProcessInstanceQuery()
                .processDefinitionKey(AssemblyMatterCase.PROCESS_KEY).count()).isEqualTo(before);
        assertThat(jdbc.sql("SELECT COUNT(*) FROM gov_assembly_matter").query(Long.class).single()).isEqualTo(recorded);
    }
}

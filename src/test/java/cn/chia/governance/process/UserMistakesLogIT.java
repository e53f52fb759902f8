package cn.chia.governance.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpMethod;

import cn.chia.governance.Clerks;
import cn.chia.governance.Clerks.Answer;
import cn.chia.governance.GovernanceTest;
import cn.chia.governance.admission.Applications;
import cn.chia.governance.filing.CastDossier;
import cn.chia.governance.filing.Filings;
import cn.chia.governance.meeting.MeetingCase;
import cn.chia.governance.meeting.Meetings;

/**
 * What the log says when a user makes an ordinary mistake, as Tasklist or the application's API sends it: one line at
 * INFO with the refusal, no ERROR and no stack trace; that a fault of the server is still an ERROR with its stack,
 * once; and that the work on a case is a line per task, with the case number and the user.
 */
@GovernanceTest
@ExtendWith(OutputCaptureExtension.class)
class UserMistakesLogIT {

    @Autowired
    TestRestTemplate rest;
    @Autowired
    ProcessEngine engine;

    Clerks clerks;

    @BeforeEach
    void clerks() {
        clerks = new Clerks(rest);
    }

    @Test
    void anImpossibleRollIsOneLineAtInfoAndTheTaskStaysWithTheClerk(CapturedOutput output) {
        String caseNumber = clerks.caseOnTheAgenda("Qian Zhongshu");
        String meeting = (String) clerks.start("clerk", MeetingCase.PROCESS_KEY,
                Meetings.ofBody("STANDING_COUNCIL").today().build()).ok().json().get("businessKey");
        confirmOnly(meeting, caseNumber);
        String roll = clerks.task("clerk", meeting, "UserTask_RecordAttendance");
        clerks.post("clerk", "/engine-rest/task/" + roll + "/claim", Map.of("userId", "clerk")).ok();
        int seats = Integer.parseInt(clerks.call("clerk", HttpMethod.GET, "/engine-rest/task/" + roll
                + "/variables/seats", null).ok().json().get("value").toString());

        int before = output.getAll().length();
        Answer refused = clerks.complete("clerk", roll, Meetings.attendance(seats + 1, 0));

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat((String) refused.json().get("message")).startsWith("常务理事会共有 " + seats + " 名常务理事，但登记出席 "
                + (seats + 1) + " 名").contains("The Standing Council has " + seats + " executive directors");
        Map<String, Object> task = clerks.call("clerk", HttpMethod.GET, "/engine-rest/task/" + roll, null).ok().json();
        assertThat(task.get("assignee")).as("the same task, still the clerk's").isEqualTo("clerk");
        assertOneInfoLine(output.getAll().substring(before), "Refused for clerk: 常务理事会共有 " + seats + " 名常务理事");
        assertThat(output.getAll().substring(before)).as("the roll refused was not completed")
                .doesNotContain("(UserTask_RecordAttendance)");
    }

    @Test
    void aResidentIdentityNumberWithAWrongCheckDigitIsOneLineAtInfo(CapturedOutput output) {
        int before = output.getAll().length();
        Answer refused = clerks.start("clerk", "membership-admission",
                Applications.aPerson("Yang Jiang").withIdentityNumber("110105194912310021").build());

        assertThat(refused.status()).as(refused.body()).isEqualTo(400);
        assertThat((String) refused.json().get("message"))
                .startsWith("申请不完整：请填写个人的 18 位居民身份证号码：末位校验码不符，请核对号码。")
                .contains("Its last character (the check digit) does not match");
        assertOneInfoLine(output.getAll().substring(before), "Refused for clerk: 申请不完整：请填写个人的 18 位居民身份证号码");
    }

    @Test
    void aTaskCompletedMeanwhileIsOneLineAtInfo(CapturedOutput output) {
        String caseNumber = clerks.caseOnTheAgenda("Hua Luogeng");
        String review = engine.getHistoryService().createHistoricTaskInstanceQuery().processInstanceBusinessKey(caseNumber)
                .taskDefinitionKey("UserTask_ReviewApplication").singleResult().getId();

        int before = output.getAll().length();
        Answer again = clerks.complete("liaison", review, Map.of("reviewDecision", "FORWARD"));

        assertThat(again.status()).as(again.body()).isEqualTo(409);
        assertOneInfoLine(output.getAll().substring(before), "Refused for liaison: Cannot find task with id " + review);
    }

    @Test
    void aFaultOfTheServerIsStillAnErrorWithItsStack(CapturedOutput output) {
        int before = output.getAll().length();
        Command<Void> failing = commandContext -> {
            throw new IllegalStateException("A fault of the server, not of its user");
        };
        assertThatThrownBy(() -> ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration())
                .getCommandExecutorTxRequired().execute(failing)).isInstanceOf(IllegalStateException.class);

        String logged = output.getAll().substring(before);
        assertThat(logged).contains(" ERROR ").contains("ENGINE-16004")
                .contains("A fault of the server, not of its user").contains("\tat ");
        assertThat(logged.lines().filter(line -> line.contains(" ERROR "))).as("logged once").hasSize(1);
    }

    @Test
    void aTaskCompletedIsALineWithItsCaseNumberAndWhoCompletedIt(CapturedOutput output) {
        int before = output.getAll().length();
        String caseNumber = clerks.caseOnTheAgenda("Zhou Youguang");
        String meeting = (String) clerks.start("clerk", MeetingCase.PROCESS_KEY,
                Meetings.ofBody("STANDING_COUNCIL").today().build()).ok().json().get("businessKey");
        confirmOnly(meeting, caseNumber);

        List<String> lines = output.getAll().substring(before).lines().toList();
        assertThat(lines).as("the Liaison Department's review")
                .filteredOn(line -> line.contains("Completed") && line.contains("(UserTask_ReviewApplication)"))
                .singleElement().asString().contains(" INFO ").contains("[" + caseNumber + " liaison] ");
        assertThat(lines).as("the clerk's agenda")
                .filteredOn(line -> line.contains("Completed") && line.contains("(UserTask_ConfirmAgenda)"))
                .singleElement().asString().contains("[" + meeting + " clerk] ");
        assertThat(lines).as("every line of the work names the case and the user")
                .filteredOn(line -> line.contains("cn.chia.governance")).allMatch(line -> line.contains(" liaison] ")
                        || line.contains(" clerk] "));
    }

    @Test
    void refusalsOfTheApplicationsApiAreOneLineAtInfo(CapturedOutput output) {
        // refused by the API itself: a meeting it does not know, a path it does not have, a body it cannot read
        int before = output.getAll().length();
        Answer unknown = clerks.call("clerk", HttpMethod.GET, "/api/meetings/MTG-1999-999999/minutes", null);
        assertThat(unknown.status()).as(unknown.body()).isEqualTo(404);
        assertOneInfoLine(output.getAll().substring(before), "Refused for clerk: 没有会议 MTG-1999-999999。");

        before = output.getAll().length();
        Answer nowhere = clerks.call("clerk", HttpMethod.GET, "/api/nothing-here", null);
        assertThat(nowhere.status()).as(nowhere.body()).isEqualTo(404);
        assertOneInfoLine(output.getAll().substring(before), "Refused for clerk: ");

        before = output.getAll().length();
        Answer notAllowed = clerks.call("clerk", HttpMethod.DELETE, "/api/members", null);
        assertThat(notAllowed.status()).as(notAllowed.body()).isEqualTo(405);
        assertOneInfoLine(output.getAll().substring(before), "Refused for clerk: ");

        // refused in the engine, through the API: the engine's line, not a second one
        String filing = "APP-2099-" + (System.nanoTime() % 1_000_000);
        ProcessInstance instance = engine.getRuntimeService().startProcessInstanceByKey(CastDossier.PROCESS_KEY, filing,
                Filings.aFiling(filing).of("John Smith").build());
        try {
            engine.getTaskService().complete(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                    .singleResult().getId(), Filings.aDossier("CV, passport copy, Council resolution"));
            engine.getTaskService().complete(engine.getTaskService().createTaskQuery().processInstanceId(instance.getId())
                    .singleResult().getId(), Filings.aSubmission(LocalDate.now(ProcessConfiguration.ASSOCIATION_ZONE),
                            "CAST-2026-118"));
            before = output.getAll().length();
            Answer maybe = clerks.post("clerk", "/api/filings/" + filing + "/reply", Map.of("answer", "MAYBE"));
            assertThat(maybe.status()).as(maybe.body()).isEqualTo(400);
            assertOneInfoLine(output.getAll().substring(before), "Refused for clerk: ");
        } finally {
            engine.getRuntimeService().deleteProcessInstance(instance.getId(), "test clean-up");
        }
    }

    private static void assertOneInfoLine(String logged, String refusal) {
        List<String> lines = logged.lines().filter(line -> line.contains("cn.chia.governance.UserMistakes")).toList();
        assertThat(lines).as(logged).singleElement().asString().contains(" INFO ").contains(refusal);
        assertThat(logged).as("no ERROR, no stack trace").doesNotContain(" ERROR ").doesNotContain("ENGINE-16004")
                .doesNotContain("\tat ");
    }

    /** Keeps only this case on the agenda (one held by another open meeting is left to it). */
    @SuppressWarnings("unchecked")
    private void confirmOnly(String meeting, String caseNumber) {
        String confirm = clerks.task("clerk", meeting, "UserTask_ConfirmAgenda");
        List<String> agenda = (List<String>) clerks.call("clerk", HttpMethod.GET,
                "/engine-rest/task/" + confirm + "/variables/agendaCases?deserializeValue=true", null).ok().json()
                .get("value");
        clerks.complete("clerk", confirm, Meetings.removing(agenda.stream().filter(c -> !c.equals(caseNumber)).toList()))
                .ok();
    }
}

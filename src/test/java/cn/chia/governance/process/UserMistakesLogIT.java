package cn.chia.governance.process;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.interceptor.Command;
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
import cn.chia.governance.meeting.MeetingCase;
import cn.chia.governance.meeting.Meetings;

/**
 * What the log says when a user makes an ordinary mistake, as Tasklist sends it: one line at INFO with the refusal,
 * no ERROR and no stack trace; and that a fault of the server is still an ERROR with its stack.
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

package cn.chia.governance.privacy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import cn.chia.governance.process.Members;
import cn.chia.governance.process.ProcessConfiguration;
import cn.chia.governance.process.ProcessTest;

/**
 * The daily retention run as the engine starts it: its timer job, run on a chosen day, anonymises an application not
 * admitted that ended 12 months before that day, leaves one that ended a day later, and keeps only counts in its own
 * history. The whole route through the engine and every table is PersonalDataRetentionIT's.
 */
@ProcessTest
class PersonalDataRetentionProcessTest {

    @Autowired
    ProcessEngine engine;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void initEngine() {
        init(engine);
    }

    @AfterEach
    void resetClock() {
        ClockUtil.reset();
    }

    @Test
    void anApplicationNotAdmittedIsAnonymisedTwelveMonthsAfterItEndedNotADayEarlier() {
        LocalDate today = LocalDate.now(ProcessConfiguration.ASSOCIATION_ZONE);
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        String due = "APP-RET-" + suffix + "-1";
        String notYet = "APP-RET-" + suffix + "-2";
        notAdmitted(due, "到期者" + suffix, today.minusMonths(12).atTime(23, 59));
        notAdmitted(notYet, "未到期者" + suffix, today.minusMonths(12).plusDays(1).atTime(0, 1));

        Members.today(today);
        Job run = engine.getManagementService().createJobQuery().processDefinitionKey(RetentionRunCase.PROCESS_KEY)
                .timers().singleResult();
        assertThat(run).as("the daily run waits for its time").isNotNull();
        engine.getManagementService().executeJob(run.getId());

        assertThat(name(due)).isEqualTo("匿名申请人 Anonymised applicant " + due).isEqualTo(Pseudonyms.of(due, false));
        assertThat(name(notYet)).isEqualTo("未到期者" + suffix);
        HistoricProcessInstance done = engine.getHistoryService().createHistoricProcessInstanceQuery()
                .processDefinitionKey(RetentionRunCase.PROCESS_KEY).finished().orderByProcessInstanceEndTime().desc()
                .listPage(0, 1).get(0);
        assertThat(done.getEndActivityId()).isEqualTo("EndEvent_PersonalDataAnonymised");
        assertThat((Integer) engine.getHistoryService().createHistoricVariableInstanceQuery()
                .processInstanceId(done.getId()).variableName(RetentionRunCase.APPLICATIONS_ANONYMISED).singleResult()
                .getValue()).isGreaterThanOrEqualTo(1);
        assertThat(engine.getManagementService().createJobQuery().processDefinitionKey(RetentionRunCase.PROCESS_KEY)
                .timers().count()).as("and waits for the next day").isOne();
    }

    private void notAdmitted(String caseNumber, String name, LocalDateTime endedAt) {
        jdbc.sql("INSERT INTO gov_application_not_admitted (case_number, outcome, applicant_name, reason, ended_at)"
                + " VALUES (?, 'REJECTED_IN_REVIEW', ?, ?, ?)").params(caseNumber, name, "不符合条件，" + name, endedAt)
                .update();
    }

    private String name(String caseNumber) {
        return jdbc.sql("SELECT applicant_name FROM gov_application_not_admitted WHERE case_number = ?")
                .param(caseNumber).query(String.class).single();
    }
}

package cn.chia.governance.process;

import cn.chia.governance.process.WaitingCase;


import java.util.Map;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/** Test cases that wait for a meeting's decision (src/test/resources/bpmn/case-awaiting-decision.bpmn). */
public final class WaitingCases {

    public static final String PROCESS_KEY = "case-awaiting-decision";

    private final ProcessEngine engine;

    public WaitingCases(ProcessEngine engine) {
        this.engine = engine;
        engine.getRepositoryService().createDeployment().name("test cases awaiting a decision")
                .addClasspathResource("bpmn/case-awaiting-decision.bpmn").enableDuplicateFiltering(false).deploy();
    }

    /** Clears every running instance, so that the agenda holds only what this test put there. */
    public void clearAll() {
        engine.getRuntimeService().createProcessInstanceQuery().list().forEach(instance -> engine.getRuntimeService()
                .deleteProcessInstance(instance.getId(), "test clean-up", true, true));
    }

    public ProcessInstance open(String caseNumber, String matter, String title) {
        return engine.getRuntimeService().startProcessInstanceByKey(PROCESS_KEY, caseNumber,
                Map.of(WaitingCase.MATTER, matter, WaitingCase.CASE_TITLE, title));
    }
}

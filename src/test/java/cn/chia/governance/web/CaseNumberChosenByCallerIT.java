package cn.chia.governance.web;

import static cn.chia.governance.charter.ExpulsionCharge.Ground.SERIOUS_VIOLATION;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

import org.camunda.bpm.engine.RuntimeService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.chia.governance.Clerks;
import cn.chia.governance.GovernanceTest;
import cn.chia.governance.admission.Applications;
import cn.chia.governance.ballot.Ballots;
import cn.chia.governance.renewal.Renewals;
import cn.chia.governance.exits.Expulsions;
import cn.chia.governance.exits.Withdrawals;
import cn.chia.governance.assembly.AssemblyProposals;
import cn.chia.governance.honorary.HonoraryProposals;
import cn.chia.governance.term.TermChanges;
import cn.chia.governance.directors.Adjustments;
import cn.chia.governance.meeting.Meetings;

/**
 * A case number is never chosen by a caller: starting a procedure with a business key of one's own is
 * refused with 400 and a sentence, and nothing starts; without one, the application numbers the case.
 */
@GovernanceTest
class CaseNumberChosenByCallerIT {

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtime;

    @ParameterizedTest
    @ValueSource(strings = {"membership-admission", "governance-meeting", "director-adjustment", "term-extension",
            "member-expulsion", "membership-withdrawal", "honorary-membership", "ballot", "assembly-matter",
            "general-election", "personal-data-request"})
    void aBusinessKeyChosenByTheClerkIsRefusedAndNothingStarts(String processKey) throws Exception {
        String chosen = "APP-2026-" + (100000 + (int) (Math.random() * 800000));
        long before = runtime.createProcessInstanceQuery().processDefinitionKey(processKey).count();

        Http.Answer refused = Http.basic(port, "clerk", "clerk").post("/engine-rest/process-definition/key/" + processKey
                + "/start", Map.of("businessKey", chosen, "variables", Clerks.variables(startForm(processKey))));

        assertThat(refused.status()).as("%s", refused).isEqualTo(400);
        assertThat(refused.body()).contains("案件编号由系统按顺序分配",
                "The case number is assigned by the application, in sequence: leave the business key empty.");
        assertThat(runtime.createProcessInstanceQuery().processInstanceBusinessKey(chosen).count()).isZero();
        assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(processKey).count()).isEqualTo(before);
    }

    /** A start form the procedure accepts, but for the business key. */
    private static Map<String, Object> startForm(String processKey) {
        return switch (processKey) {
            case "membership-admission" -> Applications.aPerson("Chosen Number").build();
            case "governance-meeting" -> Meetings.ofTheCouncil().on("2026-12-01").build();
            case "director-adjustment" -> Adjustments.anAddition().of("Chosen Number", "Tsinghua University")
                    .executive(false).frontLine(true).because("A vacancy in the field of materials").build();
            case "term-extension" -> TermChanges.anExtension().to(LocalDate.parse("2028-01-27"))
                    .because("The epidemic prevented the election of representatives.").build();
            case "member-expulsion" -> Expulsions.anExpulsion().ofMember("CHIA-2026-999999").onGround(SERIOUS_VIOLATION)
                    .withFacts("Misused the Association's name in advertising.").build();
            case "membership-withdrawal" -> Withdrawals.aNotice().ofMember("CHIA-2026-999999").datedOn("2026-05-18").build();
            case "honorary-membership" -> HonoraryProposals.aChineseExpert("Chosen Number", "Tsinghua University").build();
            case "ballot" -> Ballots.ofDirectors(1).among("Chosen Number").onPaper().build();
            case "assembly-matter" -> AssemblyProposals.of("SUPERVISORS_REPORT").build();
            case "general-election" -> Renewals.of(1, List.of("Chosen Number"), 1, List.of("Chosen Supervisor")).build();
            case "personal-data-request" -> Map.of("subjectNumber", "CHIA-2026-999999", "requestKind", "CORRECTION",
                    "requestDetail", "Correct my phone number.");
            default -> throw new IllegalArgumentException(processKey);
        };
    }

    @Test
    void withoutABusinessKeyTheApplicationNumbersTheCase() throws Exception {
        Map<String, Object> meeting = Map.of("body", Map.of("value", "COUNCIL", "type", "String"),
                "meetingDate", Map.of("value", "2026-12-01", "type", "String"));
        Http.Answer started = Http.basic(port, "clerk", "clerk").post("/engine-rest/process-definition/key/governance-meeting/start",
                Map.of("variables", meeting));
        assertThat(started.status()).as("%s", started).isEqualTo(200);
        assertThat(started.body()).containsPattern("\"businessKey\":\"MTG-\\d{4}-\\d{4}\"");

        Http.Answer empty = Http.basic(port, "clerk", "clerk").post("/engine-rest/process-definition/key/governance-meeting/start",
                Map.of("businessKey", "", "variables", meeting));
        assertThat(empty.status()).as("an empty business key is no choice: %s", empty).isEqualTo(200);
        assertThat(empty.body()).containsPattern("\"businessKey\":\"MTG-\\d{4}-\\d{4}\"");

        for (Http.Answer meetingStarted : new Http.Answer[] {started, empty}) {
            runtime.deleteProcessInstance((String) meetingStarted.object().get("id"), "test clean-up: the meeting is not held");
        }
    }
}

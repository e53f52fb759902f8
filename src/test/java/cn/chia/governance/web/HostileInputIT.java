package cn.chia.governance.web;

import static cn.chia.governance.charter.ExpulsionCharge.Ground.CRIMINAL_OFFENCE;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.DynamicContainer.dynamicContainer;
import static org.junit.jupiter.api.DynamicTest.dynamicTest;

import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.time.LocalDate;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DynamicNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.io.ByteArrayResource;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;

import cn.chia.governance.Resolutions;
import cn.chia.governance.Clerks;
import cn.chia.governance.Clerks.Answer;
import cn.chia.governance.GovernanceTest;
import cn.chia.governance.ballot.Ballots;
import cn.chia.governance.renewal.Renewals;
import cn.chia.governance.admission.Applications;
import cn.chia.governance.exits.Expulsions;
import cn.chia.governance.exits.Withdrawals;
import cn.chia.governance.assembly.AssemblyProposals;
import cn.chia.governance.honorary.HonoraryProposals;
import cn.chia.governance.term.TermChanges;
import cn.chia.governance.directors.Adjustments;
import cn.chia.governance.register.Applicant;
import cn.chia.governance.register.MemberRegister;
import cn.chia.governance.meeting.Meetings;

/**
 * Hostile and malformed input against every form and every endpoint: each is refused with a 4xx and a
 * message a person can read (no 500, no stack trace); afterwards no incident, no half-written member,
 * and the task is still open and completes with good input.
 */
@GovernanceTest
class HostileInputIT {

    static final String MEGABYTE = "x".repeat(1024 * 1024);
    static final String DAY = "2025-06-01";

    @Autowired
    TestRestTemplate rest;
    @Autowired
    RuntimeService runtime;
    @Autowired
    TaskService taskService;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    MemberRegister register;
    @LocalServerPort
    int port;

    Clerks clerks;
    int admitted;

    @BeforeEach
    void clerks() {
        clerks = new Clerks(rest);
    }

    /** One user task of a process, reached for the test; its form's editable text and number fields and a read-only one. */
    record FormTask(String process, String task, String user, Supplier<String> reach, Map<String, Object> good,
            String text, String number, String readOnly) {
    }

    /** A bad input: what it changes in the good input, or the variables it sends instead. */
    record Hostile(String name, Map<String, Object> variables, boolean replacesGood) {
    }

    @TestFactory
    Stream<DynamicNode> everyUserTaskRefusesHostileInputAndStaysOpen() {
        Map<String, String> meeting = new HashMap<>();
        List<FormTask> tasks = List.of(
                new FormTask("membership-admission", "UserTask_RecommendCandidate", "branch",
                        () -> at("membership-admission", "UserTask_RecommendCandidate", application(Map.of("branch", "branch-beijing"))),
                        Map.of("recommendation", "RECOMMEND"), "reason", null, "applicantName"),
                new FormTask("membership-admission", "UserTask_ReviewApplication", "liaison",
                        () -> at("membership-admission", "UserTask_ReviewApplication", application(Map.of())),
                        Map.of("reviewDecision", "FORWARD"), "reason", null, "statement"),
                new FormTask("membership-admission", "UserTask_RecordInformation", "clerk",
                        () -> at("membership-admission", "UserTask_RecordInformation",
                                application(Map.of("informationRequested", "Two references, please."))),
                        Map.of("informationProvided", "Two references are attached."), "informationProvided", null,
                        "informationRequested"),
                new FormTask("foreign-member-filing", "UserTask_PrepareDossier", "clerk",
                        () -> at("foreign-member-filing", "UserTask_PrepareDossier", application(Map.of())),
                        Map.of("dossierSummary", "Curriculum vitae, statement and the Council's resolution."),
                        "dossierSummary", null, "applicantName"),
                new FormTask("foreign-member-filing", "UserTask_SubmitToCast", "clerk",
                        () -> at("foreign-member-filing", "UserTask_SubmitToCast", application(Map.of())),
                        Map.of("submittedOn", DAY, "castReference", "CAST-2025-17"), "castReference", null, "caseNumber"),
                new FormTask("foreign-member-filing", "UserTask_RecordCastAnswer", "clerk",
                        () -> at("foreign-member-filing", "UserTask_RecordCastAnswer",
                                application(Map.of("submittedOn", "2025-05-01"))),
                        Map.of("authorityAnswer", "APPROVED", "answeredOn", DAY), "authorityNote", null, "caseTitle"),
                new FormTask("term-extension", "UserTask_RecordCastAnswer", "clerk",
                        () -> at("term-extension", "UserTask_RecordCastAnswer", caseVariables("Postponement of the term")),
                        Map.of("authorityAnswer", "APPROVED", "answeredOn", DAY), "authorityReference", null, "authority"),
                new FormTask("term-extension", "UserTask_RecordMcaAnswer", "clerk",
                        () -> at("term-extension", "UserTask_RecordMcaAnswer", caseVariables("Postponement of the term")),
                        Map.of("authorityAnswer", "REFUSED", "answeredOn", DAY, "authorityNote", "Not before the audit."),
                        "authorityNote", null, "caseTitle"),
                new FormTask("member-expulsion", "UserTask_RecordMemberAnswer", "clerk",
                        () -> at("member-expulsion", "UserTask_RecordMemberAnswer", memberCase("EXPULSION_OPENED")),
                        Map.of("memberAnswer", "I dispute the facts and ask to be heard."), "memberAnswer", null, "facts"),
                new FormTask("membership-withdrawal", "UserTask_RecordCardReturn", "clerk",
                        () -> at("membership-withdrawal", "UserTask_RecordCardReturn", memberCase("WITHDRAWAL_RECEIVED")),
                        Map.of("cardReturnedOn", DAY), null, null, "letterDate"),
                new FormTask("personal-data-request", "UserTask_AnswerDataRequest", "clerk",
                        () -> at("personal-data-request", "UserTask_AnswerDataRequest", Map.of("caseNumber", "PDR-TEST",
                                "caseTitle", "Zhou Dunyi", "subjectNumber", "APP-TEST", "subject", "APPLICATION",
                                "requestKind", "CORRECTION", "requestDetail", "My phone is +86 10 1111 2222.",
                                "answerBy", DAY, "personName", "Zhou Dunyi", "personEmail", "zhou@example.org",
                                "language", "zh")),
                        Map.of("outcome", "REFUSED", "answer", "The phone number given is the one we hold."), "answer", null,
                        "requestDetail"),
                new FormTask("director-absence", "UserTask_RequestResignation", "clerk",
                        () -> at("director-absence", "UserTask_RequestResignation", absenceCase(null)),
                        Map.of("requestSentOn", DAY), null, null, "absences"),
                new FormTask("director-absence", "UserTask_RecordAnswer", "clerk",
                        () -> at("director-absence", "UserTask_RecordAnswer", absenceCase("2025-05-01")),
                        Map.of("answer", "STAYS", "answeredOn", DAY, "answerReasons", "On a research mission abroad."),
                        "answerReasons", null, "caseTitle"),
                new FormTask("governance-meeting", "UserTask_ConfirmAgenda", "clerk", () -> {
                            String caseNumber = clerks.caseOnTheAgenda("Feng Lanfang");
                            meeting.put("case", caseNumber);
                            meeting.put("key", (String) clerks.start("clerk", "governance-meeting",
                                    Meetings.ofTheStandingCouncil().today().build()).ok().json().get("businessKey"));
                            String confirm = clerks.task("clerk", meeting.get("key"), "UserTask_ConfirmAgenda");
                            meeting.put("others", String.join(",", agenda(confirm).stream().filter(c -> !c.equals(caseNumber)).toList()));
                            return confirm;
                        }, Map.of(), "removedCases", null, "agendaSummary"),
                new FormTask("governance-meeting", "UserTask_RecordAttendance", "clerk",
                        () -> clerks.task("clerk", meeting.get("key"), "UserTask_RecordAttendance"),
                        Meetings.attendance(25, 0), null, "presentInPerson", "seats"),
                new FormTask("governance-meeting", "UserTask_RecordVotes", "clerk",
                        () -> clerks.task("clerk", meeting.get("key"), "UserTask_RecordVotes"),
                        Meetings.votes(20, 3, 2), null, "votesFor", "matterShown"),
                new FormTask("governance-meeting", "UserTask_ConfirmResolution", "clerk",
                        () -> clerks.task("clerk", meeting.get("key"), "UserTask_ConfirmResolution"),
                        Meetings.confirmed(), null, null, "lastLook"),
                new FormTask("ballot", "UserTask_RecordPaperTally", "clerk",
                        () -> clerks.task("clerk", (String) clerks.start("clerk", "ballot",
                                Ballots.ofDirectors(1).among("Hua Mei", "Qin Lei").onPaper().build()).ok().json()
                                .get("businessKey"), "UserTask_RecordPaperTally"),
                        Map.of("ballotsIssued", 10, "ballotsCast", 10, "validBallots", 10, "invalidBallots", 0,
                                "votes", "Hua Mei: 6\nQin Lei: 4"), "votes", "ballotsIssued", "caseTitle"),
                new FormTask("general-election", "UserTask_RecordCastAnswer", "clerk",
                        () -> at("general-election", "UserTask_RecordCastAnswer", renewalCase()),
                        Map.of("authorityAnswer", "APPROVED", "answeredOn", DAY), "authorityReference", null, "caseTitle"),
                new FormTask("general-election", "UserTask_PrepareAssemblyElections", "clerk",
                        () -> at("general-election", "UserTask_PrepareAssemblyElections", renewalCase()),
                        Map.of("assemblyMode", "PAPER"), "assemblyMeeting", null, "caseTitle"),
                new FormTask("general-election", "UserTask_PrepareCouncilElections", "clerk",
                        () -> at("general-election", "UserTask_PrepareCouncilElections", renewalCase()),
                        Map.of("executiveSeats", 1, "executiveCandidates", "Hua Mei", "presidentCandidates", "Qin Lei",
                                "vicePresidentSeats", 1, "vicePresidentCandidates", "Wei Lin", "councilMode", "PAPER"),
                        "executiveCandidates", "executiveSeats", "caseTitle"),
                new FormTask("general-election", "UserTask_ProposeSecretaryGeneral", "clerk",
                        () -> at("general-election", "UserTask_ProposeSecretaryGeneral", renewalCase()),
                        Map.of("secretaryGeneralName", "Zhang Heng", "secretaryGeneralOrganisation", "The Secretariat"),
                        "secretaryGeneralName", null, "caseTitle"));
        long members = members();
        admitted = 0;
        List<String> instances = new ArrayList<>();
        return Stream.concat(tasks.stream().map(task -> {
            String[] id = new String[1];
            Supplier<Map<String, Object>> good = () -> task.task().equals("UserTask_ConfirmAgenda")
                    ? Meetings.removing(meeting.get("others")) : task.good();
            List<DynamicNode> checks = new ArrayList<>();
            checks.add(dynamicTest("reach the task", () -> {
                id[0] = task.reach().get();
                instances.add(taskService.createTaskQuery().taskId(id[0]).singleResult().getProcessInstanceId());
            }));
            for (Hostile hostile : hostile(task)) {
                checks.add(dynamicTest(hostile.name(), () -> {
                    Map<String, Object> sent = new LinkedHashMap<>(hostile.replacesGood() ? Map.of() : good.get());
                    sent.putAll(hostile.variables());
                    Answer answer = clerks.complete(task.user(), id[0], sent);
                    assertClearRefusal(answer, 400);
                    assertStillOpen(id[0]);
                }));
            }
            checks.add(dynamicTest("a variable put beside the form is refused", () -> {
                Answer answer = clerks.call(task.user(), HttpMethod.PUT, "/engine-rest/task/" + id[0] + "/variables/matter",
                        Map.of("value", "EXPULSION"));
                assertClearRefusal(answer, 403);
                assertStillOpen(id[0]);
            }));
            checks.add(dynamicTest("good input completes the task", () -> {
                clerks.complete(task.user(), id[0], good.get()).ok();
                assertThat(taskService.createTaskQuery().taskId(id[0]).count()).isZero();
            }));
            return (DynamicNode) dynamicContainer(task.process() + " " + task.task(), checks.stream());
        }), Stream.of(dynamicTest("no member was written by any of it", () -> {
            assertThat(members()).as("members: only those entered for the expulsion and the withdrawal")
                    .isEqualTo(members + admitted);
            instances.forEach(instance ->
                    assertThat(runtime.createIncidentQuery().processInstanceId(instance).count()).isZero());
        })));
    }

    private List<Hostile> hostile(FormTask task) {
        List<Hostile> hostile = new ArrayList<>();
        if (task.text() != null) {
            hostile.add(new Hostile("1 MB of text", Map.of(task.text(), MEGABYTE), false));
            hostile.add(new Hostile("a NUL character", Map.of(task.text(), "before\u0000after"), false));
            hostile.add(new Hostile("an escape sequence", Map.of(task.text(), "\u001b[31mred\u001b[0m"), false));
            hostile.add(new Hostile("a script", Map.of(task.text(), "<script>alert('x')</script>"), false));
            hostile.add(new Hostile("a number for text", Map.of(task.text(), 42), false));
            hostile.add(new Hostile("a list for text", Map.of(task.text(), List.of("a", "b")), false));
            hostile.add(new Hostile("an object for text", Map.of(task.text(), Map.of("a", 1)), false));
        }
        if (task.number() != null) {
            hostile.add(new Hostile("text for a number", Map.of(task.number(), "twenty"), false));
            hostile.add(new Hostile("a negative number", Map.of(task.number(), -1), false));
            hostile.add(new Hostile("a number beyond the form's range", Map.of(task.number(), 1_000_000_000_000L), false));
            hostile.add(new Hostile("a boolean for a number", Map.of(task.number(), true), false));
            hostile.add(new Hostile("a list for a number", Map.of(task.number(), List.of(1, 2)), false));
        }
        if (!task.good().isEmpty()) {
            hostile.add(new Hostile("nothing where the form requires input", Map.of(), true));
        }
        hostile.add(new Hostile("a decision sent with the form", Map.of("decisionOutcome", "ADOPTED"), false));
        hostile.add(new Hostile("the matter sent with the form", Map.of("matter", "EXPULSION"), false));
        hostile.add(new Hostile("a read-only field changed", Map.of(task.readOnly(), "Changed by the clerk"), false));
        return hostile;
    }

    @TestFactory
    Stream<DynamicNode> everyStartFormRefusesHostileInputAndStartsNothing() {
        Map<String, Map<String, Object>> starts = new LinkedHashMap<>();
        starts.put("membership-admission", Applications.aPerson("Chu Hongyi").build());
        starts.put("governance-meeting", Meetings.ofTheCouncil().today().build());
        starts.put("member-expulsion", Expulsions.anExpulsion().ofMember("CHIA-2025-000001").onGround(CRIMINAL_OFFENCE)
                .withFacts("Convicted of fraud in 2025.").build());
        starts.put("director-adjustment", Adjustments.anAddition().of("Wei Lin", "Peking University")
                .because("A seat is vacant.").build());
        starts.put("membership-withdrawal", Withdrawals.aNotice().ofMember("CHIA-2025-000001").datedOn(DAY).build());
        starts.put("honorary-membership", HonoraryProposals.aForeigner("Anna Schmidt", "Fraunhofer ILT", "Germany").build());
        starts.put("term-extension", TermChanges.anExtension().to(LocalDate.parse("2028-01-27"))
                .because("The assembly cannot meet before the new year.").build());
        starts.put("ballot", Ballots.ofDirectors(1).among("Hua Mei", "Qin Lei").onPaper().build());
        starts.put("assembly-matter", AssemblyProposals.aFeeStandard("个人会员每年 200 元，单位会员每年 2000 元。").build());
        starts.put("general-election", Renewals.of(1, List.of("Hua Mei", "Qin Lei"), 1, List.of("Wei Lin")).build());
        starts.put("personal-data-request", new HashMap<>(Map.of("subjectNumber", "CHIA-2025-000001",
                "requestKind", "CORRECTION", "requestDetail", "Correct my phone number to +86 10 1111 2222.")));
        Map<String, String> textField = Map.ofEntries(Map.entry("membership-admission", "statement"),
                Map.entry("governance-meeting", "meetingDate"), Map.entry("member-expulsion", "facts"),
                Map.entry("director-adjustment", "reason"), Map.entry("membership-withdrawal", "membershipNumber"),
                Map.entry("term-extension", "reason"), Map.entry("honorary-membership", "contributions"),
                Map.entry("ballot", "candidates"), Map.entry("assembly-matter", "feeStandard"),
                Map.entry("general-election", "directorCandidates"), Map.entry("personal-data-request", "requestDetail"));
        return starts.entrySet().stream().map(start -> {
            String process = start.getKey();
            String text = textField.get(process);
            List<Hostile> hostile = List.of(
                    new Hostile("nothing", Map.of(), true),
                    new Hostile("1 MB of text", Map.of(text, MEGABYTE), false),
                    new Hostile("a NUL character", Map.of(text, "a\u0000b"), false),
                    new Hostile("a script", Map.of(text, "<script>alert('x')</script>"), false),
                    new Hostile("a list for text", Map.of(text, List.of(1, 2)), false),
                    new Hostile("a decision sent with the form", Map.of("decisionOutcome", "ADOPTED"), false),
                    new Hostile("a case number chosen by the caller", Map.of("caseNumber", "APP-2026-999999"), false));
            return dynamicContainer(process, hostile.stream().map(h -> dynamicTest(h.name(), () -> {
                long before = runtime.createProcessInstanceQuery().processDefinitionKey(process).count();
                Map<String, Object> sent = new LinkedHashMap<>(h.replacesGood() ? Map.of() : start.getValue());
                sent.putAll(h.variables());
                assertClearRefusal(clerks.start("admin", process, sent), 400);
                assertThat(runtime.createProcessInstanceQuery().processDefinitionKey(process).count()).isEqualTo(before);
            })));
        });
    }

    @Test
    void onlyAnAdministratorDeploysAProcessOrAForm() {
        for (String file : List.of("rogue.bpmn", "rogue.form")) {
            LinkedMultiValueMap<String, Object> parts = new LinkedMultiValueMap<>();
            parts.add("deployment-name", "rogue");
            parts.add("data", new ByteArrayResource(("rogue.bpmn".equals(file)
                    ? "<definitions xmlns='http://www.omg.org/spec/BPMN/20100524/MODEL'/>" : "{\"id\":\"rogue\"}").getBytes()) {
                @Override
                public String getFilename() {
                    return file;
                }
            });
            HttpHeaders headers = new HttpHeaders();
            headers.setContentType(MediaType.MULTIPART_FORM_DATA);
            for (String user : List.of("clerk", "liaison", "director", "branch", "manager")) {
                var response = rest.withBasicAuth(user, user).exchange("/engine-rest/deployment/create", HttpMethod.POST,
                        new HttpEntity<>(parts, headers), String.class);
                assertClearRefusal(new Answer(response.getStatusCode().value(), response.getBody()), 403);
            }
        }
        assertThat(jdbc.queryForObject("select count(*) from ACT_RE_DEPLOYMENT where NAME_ = 'rogue'", Long.class)).isZero();
    }

    @TestFactory
    Stream<DynamicNode> everyApplicationEndpointRefusesHostileInput() {
        Map<String, Object> good = Applications.aPerson("Gu Yanwu").build();
        List<DynamicNode> checks = new ArrayList<>();
        Map<String, Object[]> applications = new LinkedHashMap<>();
        applications.put("1 MB statement", new Object[] {with(good, "statement", MEGABYTE), 413});
        applications.put("a NUL in the name", new Object[] {with(good, "applicantName", "Gu\u0000Yanwu"), 400});
        applications.put("an escape in the name", new Object[] {with(good, "applicantName", "Gu\u001b[2JYanwu"), 400});
        applications.put("a script in the statement", new Object[] {with(good, "statement",
                "<script>document.location='http://evil.example'</script> and twenty more characters"), 400});
        applications.put("a number for the name", new Object[] {with(good, "applicantName", 42), 400});
        applications.put("text for a yes or no", new Object[] {with(good, "supportsCharter", "yes"), 400});
        applications.put("a list for the statement", new Object[] {with(good, "statement", List.of("a", "b")), 400});
        applications.put("an object for the e-mail", new Object[] {with(good, "email", Map.of("a", 1)), 400});
        applications.put("nothing", new Object[] {Map.of(), 400});
        applications.put("an unknown field", new Object[] {with(good, "decisionOutcome", "ADOPTED"), 400});
        applications.forEach((name, sent) -> checks.add(dynamicTest("POST /api/applications with " + name,
                () -> assertClearRefusal(clerks.post(null, "/api/applications", sent[0]), (Integer) sent[1]))));

        String admissionCase = "APP-TEST-" + UUID.randomUUID();
        String member = register.admit(admissionCase, new Applicant("INDIVIDUAL", "Lu Jiuyuan",
                "member@example.org", null, "T" + System.nanoTime(), null, "Fudan University", "Physics", null),
                Resolutions.admission(admissionCase, "COUNCIL"), "COUNCIL").membershipNumber();
        Map<String, Object[]> endpoints = new LinkedHashMap<>();
        endpoints.put("POST /api/applications/APP-2026-000001/information", new Object[] {null,
                Map.of("informationProvided", "a\u0000b")});
        endpoints.put("POST /api/applications/%3Cscript%3E/information", new Object[] {null, Map.of("informationProvided", "x")});
        endpoints.put("POST /api/applications/APP-2026-000001/new-secret", new Object[] {null, Map.of("email", "a@b\u0000c")});
        endpoints.put("POST /api/applications/APP-2026-000001/new-secret ", new Object[] {null, Map.of("email", List.of("a@b"))});
        endpoints.put("POST /api/applications/APP-2026-000001/new-secret  ", new Object[] {null, Map.of("email", "a@b",
                "secret", "x")});
        endpoints.put("POST /api/applications/" + "A".repeat(41) + "/new-secret", new Object[] {null, Map.of("email", "a@b")});
        endpoints.put("POST /api/members/" + member + "/dues", new Object[] {"clerk", Map.of("date", "yesterday")});
        endpoints.put("POST /api/members/" + member + "/participation", new Object[] {"clerk", Map.of("date", 20250601)});
        endpoints.put("POST /api/members/" + member + "/dues ", new Object[] {"clerk", Map.of("date", DAY, "amount", 100)});
        endpoints.put("POST /api/members/" + member + "/participation ", new Object[] {"clerk", Map.of()});
        endpoints.put("POST /api/members/%3Cscript%3E/card-secret", new Object[] {"clerk", Map.of()});
        endpoints.put("POST /api/members/" + member + "/reasons", new Object[] {"clerk", Map.of("reason", "<script>",
                "from", DAY, "until", DAY, "note", "a\u0000b")});
        endpoints.put("POST /api/members/" + member + "/reasons ", new Object[] {"clerk", Map.of("reason", "ILLNESS",
                "from", 20250601, "until", List.of(DAY))});
        endpoints.put("POST /api/members/" + member + "/reasons  ", new Object[] {"clerk", Map.of("reason", "ILLNESS",
                "from", DAY, "until", DAY, "note", "<b>x</b>", "caseNumber", "X")});
        endpoints.put("POST /api/filings/APP-2026-000001/reply", new Object[] {"clerk",
                Map.of("answer", "MAYBE", "answeredOn", "tomorrow", "note", MEGABYTE)});
        endpoints.put("POST /api/filings/%3Cscript%3E/reply", new Object[] {"clerk", Map.of("answer", List.of(1))});
        endpoints.put("POST /api/withdrawals", new Object[] {null, Map.of("membershipNumber", member, "cardSecret", "\u0000")});
        endpoints.put("POST /api/withdrawals ", new Object[] {null, Map.of("membershipNumber", List.of(member))});
        endpoints.put("POST /api/withdrawals  ", new Object[] {null, Map.of("membershipNumber", member, "cardSecret",
                "x", "caseNumber", "MWD-1")});
        endpoints.put("GET /api/members/%3Cscript%3Ealert(1)%3C%2Fscript%3E", new Object[] {"clerk", null});
        endpoints.put("GET /api/meetings/%00/minutes", new Object[] {"clerk", null});
        endpoints.put("GET /api/meetings/MTG-%3Cscript%3E/minutes", new Object[] {"clerk", null});
        endpoints.put("GET /api/cases/%1B%5B2J/notifications", new Object[] {"clerk", null});
        endpoints.put("GET /api/applications/APP-2026-000001?secret=%00", new Object[] {null, null});
        endpoints.put("POST /api/terms", new Object[] {"clerk", Map.of("termEnd", "2099-01-01")});
        endpoints.put("POST /api/directors", new Object[] {"clerk", Map.of("name", "<script>")});
        endpoints.forEach((request, call) -> checks.add(dynamicTest(request.strip(), () -> {
            String[] parts = request.strip().split(" ", 2);
            Answer answer = clerks.call((String) call[0], HttpMethod.valueOf(parts[0]),
                    URI.create(rest.getRootUri() + parts[1]), call[1]);
            assertClearRefusal(answer, null);
        })));
        checks.add(dynamicTest("the member is unchanged", () ->
                assertThat(jdbc.queryForObject("select status from gov_member where membership_number = ?", String.class,
                        member)).isEqualTo("ACTIVE")));
        return checks.stream();
    }

    @Test
    void tasklistShowsARefusalAsItsMessageAndAConcurrentCompletionAsAConflict() throws Exception {
        String review = at("membership-admission", "UserTask_ReviewApplication", application(Map.of()));
        Tasklist tasklist = new Tasklist("liaison");
        HttpResponse<String> seen = tasklist.get("/camunda/api/engine/engine/default/task/" + review);
        assertThat(seen.statusCode()).as(seen.body()).isEqualTo(200);
        HttpResponse<String> refused = tasklist.post("/camunda/api/engine/engine/default/task/" + review + "/submit-form",
                "{\"variables\":{\"reviewDecision\":{\"value\":\"FORWARD\"},\"decisionOutcome\":{\"value\":\"ADOPTED\"}}}");
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("'decisionOutcome' is not a field of this form.")
                .doesNotContain("ENGINE-");

        HttpResponse<String> done = tasklist.post("/camunda/api/engine/engine/default/task/" + review + "/submit-form",
                "{\"variables\":{\"reviewDecision\":{\"value\":\"FORWARD\"}}}");
        assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
        HttpResponse<String> again = tasklist.post("/camunda/api/engine/engine/default/task/" + review + "/submit-form",
                "{\"variables\":{\"reviewDecision\":{\"value\":\"REJECT\"}}}");
        assertThat(again.statusCode()).as(again.body()).isEqualTo(409);
        assertThat(again.body()).contains(EngineRestErrors.COMPLETED_MEANWHILE.en());
    }

    private void assertClearRefusal(Answer answer, Integer status) {
        if (status == null) {
            assertThat(answer.status()).as(answer.body()).isBetween(400, 499);
        } else {
            assertThat(answer.status()).as(answer.body()).isEqualTo(status);
        }
        // a control character escaped in a URL is refused by the server before the application, with its plain page
        if (!answer.body().contains("<h1>HTTP Status 400 – Bad Request</h1>")) {
            assertThat(answer.body()).as("a message for the person").isNotBlank()
                    .containsAnyOf("\"message\"", "\"detail\"");
        }
        assertThat(answer.body()).doesNotContain("\tat ", "at org.", "at java.", "at cn.", "Exception:");
    }

    private void assertStillOpen(String taskId) {
        String instance = taskService.createTaskQuery().taskId(taskId).singleResult().getProcessInstanceId();
        assertThat(runtime.createIncidentQuery().processInstanceId(instance).count()).isZero();
    }

    /** A case placed at the task by an administrator's modification, with the variables its form shows. */
    private String at(String process, String task, Map<String, Object> variables) {
        String instance = runtime.createProcessInstanceByKey(process).businessKey("TEST-" + UUID.randomUUID())
                .setVariables(variables).startBeforeActivity(task).execute().getId();
        return taskService.createTaskQuery().processInstanceId(instance).taskDefinitionKey(task).singleResult().getId();
    }

    private static Map<String, Object> application(Map<String, Object> more) {
        Map<String, Object> variables = Applications.aPerson("Zhou Dunyi").build();
        variables.put("caseNumber", "APP-TEST");
        variables.put("caseTitle", "Zhou Dunyi");
        variables.put("matter", "ADMISSION");
        variables.put("resolutionNumber", "RES-2025-0001");
        variables.putAll(more);
        return variables;
    }

    /** A renewal whose General Assembly elected three directors. */
    private static Map<String, Object> renewalCase() {
        Map<String, Object> renewal = new HashMap<>(Map.of("directorSeats", 1, "directorCandidateNames",
                "[\"Hua Mei\",\"Qin Lei\"]", "castConsentRequired", true,
                "supervisorSeats", 1, "supervisorCandidateNames", "[\"Wei Lin\"]"));
        renewal.putAll(Map.of("caseNumber", "GEL-TEST", "caseTitle", "Renewal of the term", "matter",
                "RENEWAL_CANDIDATES", "resolutionNumber", "RES-2025-0003", "candidatesResolution", "RES-2025-0003",
                "directorsElected", "[\"Hua Mei\",\"Qin Lei\",\"Wei Lin\"]", "newDirectors", "Hua Mei\nQin Lei\nWei Lin",
                "compositionWarnings", ""));
        return renewal;
    }

    private static Map<String, Object> caseVariables(String title) {
        return new HashMap<>(Map.of("caseNumber", "TRM-TEST", "caseTitle", title, "matter", "TERM_CHANGE",
                "submittedOn", "2025-05-01", "resolutionNumber", "RES-2025-0002"));
    }

    /** An absence case, the request to resign sent on that day (null: not yet); no director has that roster number. */
    private static Map<String, Object> absenceCase(String requestSentOn) {
        Map<String, Object> variables = new HashMap<>(Map.of("caseNumber", "ABS-TEST", "caseTitle", "王芳（中国科学院）",
                "body", "COUNCIL", "rosterNumber", -1L, "bodyTitle", "理事会 Council", "absences",
                "MTG-2025-0001 (2025-03-01)", "lastAbsenceOn", "2025-05-01", "reason", "连续 3 次无故缺席理事会会议"));
        if (requestSentOn != null) {
            variables.put("requestSentOn", requestSentOn);
        }
        return variables;
    }

    private Map<String, Object> memberCase(String notice) {
        admitted++;
        String admissionCase = "APP-TEST-" + UUID.randomUUID();
        String member = register.admit(admissionCase, new Applicant("INDIVIDUAL", "Cheng Hao",
                "member@example.org", null, "T" + System.nanoTime(), null, "Nankai University", "Chemistry", null),
                Resolutions.admission(admissionCase, "COUNCIL"), "COUNCIL").membershipNumber();
        return new HashMap<>(Map.of("membershipNumber", member, "caseNumber", "CASE-TEST", "caseTitle", "Cheng Hao",
                "matter", "EXPULSION", "letterDate", "2025-05-01", "facts", "Did not pay.", "ground", "CRIMINAL_OFFENCE",
                "notice", notice, "cardReturnDue", "2025-05-31"));
    }

    @SuppressWarnings("unchecked")
    private List<String> agenda(String confirmTask) {
        return (List<String>) clerks.call("clerk", HttpMethod.GET, "/engine-rest/task/" + confirmTask
                + "/variables/agendaCases?deserializeValue=true", null).ok().json().get("value");
    }

    private long members() {
        return jdbc.queryForObject("select count(*) from gov_member", Long.class);
    }

    private static Map<String, Object> with(Map<String, Object> good, String field, Object value) {
        Map<String, Object> changed = new HashMap<>(good);
        changed.put(field, value);
        return changed;
    }

    /** Tasklist's own calls: a session after login and the CSRF token it hands out. */
    private class Tasklist {
        private final CookieManager cookies = new CookieManager();
        private final HttpClient http = HttpClient.newBuilder().cookieHandler(cookies).build();

        Tasklist(String user) throws Exception {
            http.send(request("/camunda/app/tasklist/default/").GET().build(), HttpResponse.BodyHandlers.ofString());
            HttpResponse<String> login = http.send(request("/camunda/api/admin/auth/user/default/login/tasklist")
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString("username=" + user + "&password=" + user)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).isEqualTo(200);
            // the session changes at login: the page hands out the token of the new one
            http.send(request("/camunda/app/tasklist/default/").GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> get(String path) throws Exception {
            return http.send(request(path).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        HttpResponse<String> post(String path, String json) throws Exception {
            return http.send(request(path).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        }

        private HttpRequest.Builder request(String path) {
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                    .header("Accept", "application/json, text/html")
                    .header("Referer", "http://localhost:" + port + "/camunda/app/tasklist/default/");
            cookies.getCookieStore().getCookies().stream().filter(c -> c.getName().equals("XSRF-TOKEN"))
                    .map(HttpCookie::getValue).reduce((first, last) -> last)
                    .ifPresent(token -> builder.header("X-XSRF-TOKEN", token));
            return builder;
        }
    }
}

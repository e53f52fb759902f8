package cn.chia.governance.web;

import static cn.chia.governance.admission.AdmissionCase.IDENTITY_NUMBER;
import static cn.chia.governance.admission.AdmissionCase.IDENTITY_NUMBER_CONSENT;
import static cn.chia.governance.admission.AdmissionCase.PASSPORT_NUMBER;
import static cn.chia.governance.admission.AdmissionCase.PRIVACY_CONSENT;
import static cn.chia.governance.admission.AdmissionCase.PRIVACY_CONSENTED_AT;
import static cn.chia.governance.admission.AdmissionCase.PRIVACY_NOTICE_VERSION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import cn.chia.governance.GovernanceTest;
import cn.chia.governance.admission.Applications;
import cn.chia.governance.config.GovernanceSettings;

/**
 * The consent to the notice on personal information through every door into an admission: the applicants' API (the
 * version the page showed, the separate consent for an identity number), and a start through the engine by the
 * Secretariat or a branch (the clerk attests the applicant's consent to the notice in force, through the start form's
 * fields). What was consented to, and when, is read back from the case's history.
 */
@GovernanceTest
class PrivacyConsentIT {

    private static final AtomicInteger NEXT = new AtomicInteger((int) (System.nanoTime() % 100_000));
    private static final String ADMISSION_START = "/engine-rest/process-definition/key/membership-admission/";

    @LocalServerPort
    int port;
    @Autowired
    RuntimeService runtime;
    @Autowired
    HistoryService history;
    @Autowired
    GovernanceSettings settings;

    @Test
    void theNoticeComesFromTheServerWithItsVersionAndTheSettingsPeriodsInBothLanguages() throws Exception {
        Http.Answer answer = Http.anonymous(port).get("/api/applications/privacy-notice");

        assertThat(answer.status()).isEqualTo(200);
        Map<String, Object> notice = answer.object();
        assertThat(notice).containsEntry("version", settings.privacy().noticeVersion())
                .containsEntry("notAdmittedKeptFor", "P12M").containsEntry("formerMemberKeptFor", "P3Y");
        String zh = Http.JSON.writeValueAsString(notice.get("zh"));
        String en = Http.JSON.writeValueAsString(notice.get("en"));
        assertThat(zh).contains("个人信息处理告知", "姓名", "电子邮箱", "身份证件号码", "统一社会信用代码", "联络部", "分支机构",
                "理事会或常务理事会", "中国科学技术协会", "遮蔽", "自办结之日起保存 12 个月", "离会后保存 3 年", "查阅、复制",
                "更正", "删除", settings.mail().from(), "15 日内答复", "第二十八条");
        assertThat(en).contains("Notice on personal information", "telephone", "passport number", "Liaison Department",
                "Council or the Standing Council", "China Association for Science and Technology", "masked",
                "12 months after it ended", "3 years after leaving", "a copy", "corrected", "deleted", "within 15 days",
                "articles 28 and 29");
        @SuppressWarnings("unchecked")
        Map<String, Object> english = (Map<String, Object>) notice.get("en");
        assertThat((List<?>) english.get("sections")).hasSize(7);
        assertThat(english.get("summary").toString()).as("a short summary, the rest folded").hasSizeLessThan(700);
    }

    @Test
    void anApplicationWithTheConsentKeepsTheVersionAndTheTimeWithTheCase() throws Exception {
        Instant before = Instant.now().minusSeconds(1);
        Map<String, Object> receipt = apply(Applications.aPerson("Qian Consent").build(), Map.of());

        assertThat(receipt).containsKey("caseNumber");
        Map<String, Object> kept = keptWith((String) receipt.get("caseNumber"));
        assertThat(kept).containsEntry(PRIVACY_CONSENT, true)
                .containsEntry(PRIVACY_NOTICE_VERSION, settings.privacy().noticeVersion())
                .containsEntry(IDENTITY_NUMBER_CONSENT, true);
        assertThat((Date) kept.get(PRIVACY_CONSENTED_AT)).isBetween(Date.from(before), Date.from(Instant.now().plusSeconds(1)));
    }

    @Test
    void anApplicationWithoutTheConsentIsRefusedNamingTheFieldInTheCallersLanguage() throws Exception {
        Map<String, Object> without = Applications.aPerson("Qian Without").without(PRIVACY_CONSENT).build();
        Map<String, Object> declined = Applications.aPerson("Qian Declined").with(PRIVACY_CONSENT, false).build();

        Map<String, String> chinese = errors(send(without, Map.of("Accept-Language", "zh-CN")));
        Map<String, String> english = errors(send(declined, Map.of("Accept-Language", "en-GB")));

        assertThat(chinese).containsOnlyKeys(PRIVACY_CONSENT);
        assertThat(chinese.get(PRIVACY_CONSENT)).startsWith("请阅读《个人信息处理告知》并表示同意").doesNotContain("Read");
        assertThat(english).containsOnlyKeys(PRIVACY_CONSENT);
        assertThat(english.get(PRIVACY_CONSENT)).startsWith("Read the notice on personal information and consent to it");
        assertThat(casesOf("Qian Without", "Qian Declined")).isZero();
    }

    @Test
    void aConsentToAnOlderNoticeOrToNoneNamedIsRefused() throws Exception {
        String current = settings.privacy().noticeVersion();
        Map<String, Object> old = Applications.aPerson("Qian Old").with(PRIVACY_NOTICE_VERSION, "2025-01").build();
        Map<String, Object> unnamed = Applications.aUnit("Qian Unnamed Ltd").without(PRIVACY_NOTICE_VERSION).build();

        Map<String, String> chinese = errors(send(old, Map.of("Accept-Language", "zh-CN")));
        Map<String, String> english = errors(send(old, Map.of("Accept-Language", "en")));
        Map<String, String> none = errors(send(unnamed, Map.of("Accept-Language", "en")));

        assertThat(chinese).containsOnlyKeys(PRIVACY_NOTICE_VERSION);
        assertThat(chinese.get(PRIVACY_NOTICE_VERSION)).contains("现行", "版本 " + current);
        assertThat(english.get(PRIVACY_NOTICE_VERSION)).contains("has changed", "version " + current);
        assertThat(none).containsOnlyKeys(PRIVACY_NOTICE_VERSION);
        assertThat(casesOf("Qian Old", "Qian Unnamed Ltd")).isZero();
    }

    @Test
    void aUnitGivesNoIdentityNumberAndNeedsNoSeparateConsent() throws Exception {
        Map<String, Object> receipt = apply(Applications.aUnit("Qian Unit Ltd").build(), Map.of());

        Map<String, Object> kept = keptWith((String) receipt.get("caseNumber"));
        assertThat(kept).containsEntry(PRIVACY_NOTICE_VERSION, settings.privacy().noticeVersion())
                .containsKey(PRIVACY_CONSENTED_AT).doesNotContainKey(IDENTITY_NUMBER_CONSENT);
    }

    @Test
    void aPersonOrAForeignExpertWithoutTheSeparateConsentForTheNumberIsRefused() throws Exception {
        Map<String, Object> person = Applications.aPerson("Qian Person").without(IDENTITY_NUMBER_CONSENT).build();
        Map<String, Object> foreign = Applications.aForeignExpert("Qian Foreign").with(IDENTITY_NUMBER_CONSENT, false).build();

        Map<String, String> chinese = errors(send(person, Map.of("Accept-Language", "zh-CN")));
        Map<String, String> english = errors(send(foreign, Map.of("Accept-Language", "en")));

        assertThat(chinese).containsOnlyKeys(IDENTITY_NUMBER_CONSENT);
        assertThat(chinese.get(IDENTITY_NUMBER_CONSENT)).contains("单独同意", "敏感个人信息");
        assertThat(english).containsOnlyKeys(IDENTITY_NUMBER_CONSENT);
        assertThat(english.get(IDENTITY_NUMBER_CONSENT)).contains("separately", "sensitive personal information");
        assertThat(casesOf("Qian Person", "Qian Foreign")).isZero();
    }

    @Test
    void theSecretariatStartingThroughTheEngineAttestsTheConsentToTheNoticeInForce() throws Exception {
        Http clerk = Http.basic(port, "clerk", "clerk");
        String current = settings.privacy().noticeVersion();

        // Tasklist's start form sends no version: the clerk attests the applicant's consent to the notice in force
        Map<String, Object> attested = Applications.aPerson("Qian Attested").without(PRIVACY_NOTICE_VERSION).build();
        Http.Answer started = clerk.post(ADMISSION_START + "submit-form", Map.of("variables", rest(attested)));
        assertThat(started.status()).as("%s", started).isEqualTo(200);
        Map<String, Object> kept = keptWith((String) started.object().get("businessKey"));
        assertThat(kept).containsEntry(PRIVACY_NOTICE_VERSION, current).containsEntry(IDENTITY_NUMBER_CONSENT, true)
                .containsKey(PRIVACY_CONSENTED_AT);

        Http.Answer withVersion = clerk.post(ADMISSION_START + "start",
                Map.of("variables", rest(Applications.aUnit("Qian Paper Ltd").build())));
        assertThat(withVersion.status()).as("%s", withVersion).isEqualTo(200);

        Map<String, Http.Answer> refused = new HashMap<>();
        refused.put(PRIVACY_CONSENT, clerk.post(ADMISSION_START + "start", Map.of("variables",
                rest(Applications.aPerson("Qian Unattested").without(PRIVACY_CONSENT).build()))));
        refused.put(PRIVACY_NOTICE_VERSION, clerk.post(ADMISSION_START + "submit-form", Map.of("variables",
                rest(Applications.aPerson("Qian Old Paper").with(PRIVACY_NOTICE_VERSION, "2025-01").build()))));
        refused.put(IDENTITY_NUMBER_CONSENT, clerk.post(ADMISSION_START + "start", Map.of("variables",
                rest(passport(Applications.aForeignExpert("Qian Passport").without(IDENTITY_NUMBER_CONSENT).build())))));
        refused.forEach((field, answer) -> {
            assertThat(answer.status()).as("%s: %s", field, answer).isEqualTo(400);
            assertThat(answer.body()).as(field).contains(field);
        });
        assertThat(casesOf("Qian Unattested", "Qian Old Paper", "Qian Passport")).isZero();
    }

    @Test
    void aBranchEnteringItsCandidateAttestsTheConsentsToo() throws Exception {
        Http branch = Http.basic(port, "branch", "branch");

        Http.Answer unattested = branch.post(ADMISSION_START + "submit-form", Map.of("variables",
                rest(Applications.aPerson("Qian Candidate").withBranch("branch-beijing").without(PRIVACY_NOTICE_VERSION)
                        .without(IDENTITY_NUMBER_CONSENT).build())));
        assertThat(unattested.status()).as("%s", unattested).isEqualTo(400);
        assertThat(unattested.body()).contains(IDENTITY_NUMBER_CONSENT);
        assertThat(casesOf("Qian Candidate")).isZero();

        Http.Answer attested = branch.post(ADMISSION_START + "submit-form", Map.of("variables",
                rest(Applications.aPerson("Qian Candidate").withBranch("branch-beijing").without(PRIVACY_NOTICE_VERSION)
                        .build())));
        assertThat(attested.status()).as("%s", attested).isEqualTo(200);
        assertThat(keptWith((String) attested.object().get("businessKey")))
                .containsEntry(PRIVACY_NOTICE_VERSION, settings.privacy().noticeVersion());
    }

    @Test
    void theApplicationsOwnStartWithoutTheConsentIsRefusedToo() {
        Map<String, Object> without = Applications.aPerson("Qian Engine").without(PRIVACY_CONSENT)
                .without(IDENTITY_NUMBER_CONSENT).build();

        assertThatThrownBy(() -> runtime.startProcessInstanceByKey("membership-admission", without))
                .hasMessageContaining(PRIVACY_CONSENT).hasMessageContaining(IDENTITY_NUMBER_CONSENT);
        assertThat(casesOf("Qian Engine")).isZero();
    }

    /** The variables the history of the case keeps of the consent, by name. */
    private Map<String, Object> keptWith(String caseNumber) {
        HistoricProcessInstance instance = history.createHistoricProcessInstanceQuery()
                .processDefinitionKey("membership-admission").processInstanceBusinessKey(caseNumber).singleResult();
        Map<String, Object> kept = new HashMap<>();
        history.createHistoricVariableInstanceQuery().processInstanceId(instance.getId())
                .variableNameIn(PRIVACY_CONSENT, PRIVACY_NOTICE_VERSION, PRIVACY_CONSENTED_AT, IDENTITY_NUMBER_CONSENT)
                .list().stream().filter(v -> v.getValue() != null).forEach(v -> kept.put(v.getName(), v.getValue()));
        return kept;
    }

    /** How many admissions name any of these applicants (the names are this test's own). */
    private long casesOf(String... names) {
        return List.of(names).stream().mapToLong(name -> history.createHistoricProcessInstanceQuery()
                .processDefinitionKey("membership-admission").variableValueEquals("applicantName", name).count()).sum();
    }

    private Map<String, Object> apply(Map<String, Object> application, Map<String, String> headers) throws Exception {
        Http.Answer answer = send(application, headers);
        assertThat(answer.status()).as("%s", answer).isEqualTo(201);
        return answer.object();
    }

    /** Each application from an address of its own, so that the limit per address counts none of another test's. */
    private Http.Answer send(Map<String, Object> application, Map<String, String> headers) throws Exception {
        int n = NEXT.incrementAndGet();
        Map<String, String> all = new HashMap<>(headers);
        all.put("X-Forwarded-For", "203.0." + (n / 250 % 250) + "." + (n % 250 + 1));
        return Http.anonymous(port).send("POST", "/api/applications", "application/json",
                Http.JSON.writeValueAsBytes(application), all);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> errors(Http.Answer refused) {
        assertThat(refused.status()).as("%s", refused).isEqualTo(400);
        return (Map<String, String>) refused.object().get("errors");
    }

    /** A foreign expert's number as the start form asks for it: the passport number. */
    private static Map<String, Object> passport(Map<String, Object> application) {
        application.put(PASSPORT_NUMBER, application.remove(IDENTITY_NUMBER));
        return application;
    }

    /** As the engine's REST API takes them. */
    private static Map<String, Object> rest(Map<String, Object> variables) {
        Map<String, Object> rest = new HashMap<>();
        variables.forEach((name, value) -> rest.put(name, value instanceof Boolean
                ? Map.of("value", value, "type", "Boolean") : Map.of("value", value, "type", "String")));
        return rest;
    }
}

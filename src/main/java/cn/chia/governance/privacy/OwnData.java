package cn.chia.governance.privacy;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.history.HistoricActivityInstance;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.chia.governance.admission.AdmissionCase;
import cn.chia.governance.admission.ApplicantDesk;
import cn.chia.governance.filing.CastDossier;
import cn.chia.governance.process.ProcessConfiguration;
import cn.chia.governance.register.MeetingRecords;
import cn.chia.governance.register.MeetingRecords.Resolution;
import cn.chia.governance.register.MemberRegister;
import cn.chia.governance.register.Notifier;

/**
 * Everything the association holds on one person, for the person's own download (docs/security.md, "Personal
 * information"): what an applicant gave and consented to, the case's steps and decisions, the notices sent, the register
 * entry and its history for a member, the resolutions about them, the requests they made about their data, and who
 * else received their data. The person's own data is theirs in full: nothing is masked. The only class that gathers it.
 */
@Component
public class OwnData {

    /** Who received the data of a foreign member's application: the supervising authority, for the filing. */
    static final String CAST = "中国科学技术协会（中国科协）China Association for Science and Technology (CAST)";

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Export(String association, LocalDateTime exportedAt, String caseNumber, String membershipNumber,
            PersonalData personalData, Map<String, Object> consent, Application application, Register register,
            List<Decision> decisions, List<Notice> notifications, List<DataRequestCase.Asked> requests,
            List<Recipient> recipients) {
    }

    /** The data as the person gave it (as the case or the register holds it now). */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record PersonalData(String applicantKind, String name, String email, String phone, String identityNumber,
            String creditCode, String organisation, String field, String statement, String branch, String branchName,
            String language, String nationality) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Application(String caseNumber, String stage, String reason, List<Step> steps) {
    }

    public record Step(String step, LocalDate date) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Register(String membershipNumber, String status, LocalDate admittedOn, String admittedByResolution,
            String decidingBody, LocalDate lastDuesOn, LocalDate lastParticipationOn, LocalDate warnedOfWithdrawalOn,
            Card card, List<StatusChange> statusHistory) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Card(String cardNumber, LocalDate issuedOn, String issuingBody, String status, LocalDate revokedOn,
            LocalDate returnedOn, LocalDate voidedOn, String voidReason) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record StatusChange(String status, LocalDate changedOn, String reason, String resolutionNumber,
            String caseNumber) {
    }

    /** A resolution of a body about the person's case. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record Decision(String resolutionNumber, String caseNumber, String body, String matter, String outcome,
            LocalDate date, String reason, String reasonZh) {
    }

    public record Notice(String caseNumber, String recipient, String subject, String body, LocalDateTime sentAt) {
    }

    /** Someone outside the association who received the person's data, why, and when. */
    public record Recipient(String recipient, String purpose, String caseNumber, LocalDate sentOn) {
    }

    private final cn.chia.governance.register.PersonalData vault;
    private final HistoryService history;
    private final IdentityService identity;
    private final ApplicantDesk desk;
    private final MemberRegister register;
    private final MeetingRecords minutes;
    private final Notifier notifier;
    private final Clock clock;

    OwnData(HistoryService history, IdentityService identity, ApplicantDesk desk, MemberRegister register,
            MeetingRecords minutes, Notifier notifier, Clock clock, cn.chia.governance.register.PersonalData vault) {
        this.vault = vault;
        this.history = history;
        this.identity = identity;
        this.desk = desk;
        this.register = register;
        this.minutes = minutes;
        this.notifier = notifier;
        this.clock = clock;
    }

    /** What the association holds on the applicant of {@code caseNumber} (and, once admitted, on the member). */
    @Transactional(readOnly = true)
    public Optional<Export> ofApplication(String caseNumber) {
        identity.clearAuthentication();
        Optional<AdmissionCase.Given> given = AdmissionCase.given(history, caseNumber);
        if (given.isEmpty()) {
            return Optional.empty();
        }
        AdmissionCase.Given g = given.get();
        Optional<MemberRegister.Member> member = Optional.ofNullable(g.membershipNumber()).flatMap(register::find);
        return Optional.of(export(caseNumber, g, member));
    }

    /** What the association holds on the member {@code membershipNumber}. */
    @Transactional(readOnly = true)
    public Optional<Export> ofMember(String membershipNumber) {
        identity.clearAuthentication();
        return register.find(membershipNumber).map(member -> export(member.caseNumber(),
                AdmissionCase.given(history, member.caseNumber()).orElse(null), Optional.of(member)));
    }

    /**
     * A receipt given for a second application ({@code web.DecoyReceipts}): nothing was kept of it, so nothing but its
     * steps is shown.
     */
    public Export ofNothingKept(String caseNumber, ApplicantDesk.Status status) {
        return new Export(association(), LocalDateTime.now(clock), caseNumber, null, null, Map.of(),
                new Application(caseNumber, status.stage().name(), null, steps(status)), null, List.of(), List.of(),
                List.of(), List.of());
    }

    private Export export(String caseNumber, AdmissionCase.Given given, Optional<MemberRegister.Member> member) {
        PersonalData data = fromTheVault(given, member.orElse(null));
        Application application = given == null ? null : desk.status(caseNumber)
                .map(status -> new Application(caseNumber, status.stage().name(), status.reason(), steps(status)))
                .orElse(null);
        Set<String> cases = new LinkedHashSet<>();
        if (caseNumber != null) {
            cases.add(caseNumber);
        }
        Register entry = member.map(this::entry).orElse(null);
        member.ifPresent(m -> register.history(m.membershipNumber()).stream()
                .map(MemberRegister.StatusChange::caseNumber).filter(c -> c != null).forEach(cases::add));
        List<DataRequestCase.Asked> requests = new ArrayList<>();
        if (caseNumber != null) {
            requests.addAll(DataRequestCase.about(history, caseNumber));
        }
        member.ifPresent(m -> requests.addAll(DataRequestCase.about(history, m.membershipNumber())));

        List<Decision> decisions = new ArrayList<>();
        cases.forEach(c -> minutes.resolutionsOn(c).forEach(r -> decisions.add(decision(r))));
        List<Notice> notices = new ArrayList<>();
        Set<String> filedUnder = new LinkedHashSet<>(cases);
        member.ifPresent(m -> filedUnder.add(m.membershipNumber())); // the warnings before an automatic withdrawal
        requests.forEach(r -> filedUnder.add(r.caseNumber()));
        filedUnder.forEach(c -> notifier.of(c).forEach(n -> notices.add(new Notice(n.caseNumber(), n.recipient(),
                n.subject(), n.body(), n.sentAt()))));
        notices.sort(java.util.Comparator.comparing(Notice::sentAt));
        return new Export(association(), LocalDateTime.now(clock), caseNumber,
                member.map(MemberRegister.Member::membershipNumber).orElse(null), data,
                given == null ? Map.of() : given.consent(), application, entry, decisions, notices, requests,
                caseNumber == null ? List.of() : recipients(caseNumber));
    }

    /**
     * The person's data in full: the register's entry (it keeps the numbers in full and is kept up to date by
     * corrections) for a member, else the application as its case keeps it, with the identity number and telephone
     * from the vault (the case's variables hold them masked).
     */
    private PersonalData fromTheVault(AdmissionCase.Given given, MemberRegister.Member member) {
        if (member != null) {
            return new PersonalData(member.kind(), member.name(), member.email(), member.phone(),
                    member.identityNumber(), member.creditCode(), member.organisation(), member.field(),
                    given == null ? null : given.statement(), member.branch(),
                    given == null ? null : given.branchName(), member.language().code(), member.nationality());
        }
        Optional<cn.chia.governance.register.PersonalData.Kept> kept = vault.find(given.caseNumber());
        return new PersonalData(given.applicantKind(), given.applicantName(), given.email(),
                kept.map(k -> k.phone()).orElse(given.phone()),
                kept.map(k -> k.identityNumber()).orElse(given.identityNumber()), given.creditCode(), given.organisation(), given.field(), given.statement(),
                given.branch(), given.branchName(), given.language(), null);
    }

    private Register entry(MemberRegister.Member member) {
        Card card = register.card(member.membershipNumber()).map(c -> new Card(c.cardNumber(), c.issuedOn(),
                c.issuingBody(), c.status().name(), c.revokedOn(), c.returnedOn(), c.voidedOn(), c.voidReason()))
                .orElse(null);
        return new Register(member.membershipNumber(), member.status().name(), member.admittedOn(),
                member.resolutionNumber(), member.decidingBody(), member.lastDuesOn(), member.lastParticipationOn(),
                member.warnedOfWithdrawalOn(), card, register.history(member.membershipNumber()).stream()
                        .map(s -> new StatusChange(s.status().name(), s.changedOn(), s.reason(), s.resolutionNumber(),
                                s.caseNumber())).toList());
    }

    /** CAST, for a foreign member's application that was filed with it. */
    private List<Recipient> recipients(String caseNumber) {
        List<Recipient> recipients = new ArrayList<>();
        history.createHistoricProcessInstanceQuery().processDefinitionKey(CastDossier.PROCESS_KEY)
                .processInstanceBusinessKey(caseNumber).list().forEach(filing -> {
                    List<HistoricActivityInstance> sent = history.createHistoricActivityInstanceQuery()
                            .processInstanceId(filing.getId()).activityId(CastDossier.SUBMIT_TASK).finished().list();
                    recipients.add(new Recipient(CAST, "外籍会员备案 Filing of a foreign member", caseNumber,
                            sent.isEmpty() ? null : day(sent.get(0).getEndTime())));
                });
        return recipients;
    }

    private static Decision decision(Resolution r) {
        return new Decision(r.resolutionNumber(), r.caseNumber(), r.body(), r.matter(), r.outcome(), r.date(),
                r.reason(), r.reasonZh());
    }

    private static List<Step> steps(ApplicantDesk.Status status) {
        return status.steps().stream().map(m -> new Step(m.step().name(), m.date())).toList();
    }

    private static String association() {
        return "中国高科技产业化研究会 China High-tech Industrialization Association";
    }

    static LocalDate day(Date time) {
        return time.toInstant().atZone(ProcessConfiguration.ASSOCIATION_ZONE).toLocalDate();
    }
}

package cn.chia.governance.web;

import static cn.chia.governance.admission.AdmissionCase.INFORMATION_PROVIDED;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.chia.governance.charter.Language;
import cn.chia.governance.charter.Words;
import cn.chia.governance.charter.MembershipApplication;
import cn.chia.governance.admission.AdmissionCase;
import cn.chia.governance.admission.ApplicantDesk;
import cn.chia.governance.admission.ApplicantDesk.Status;
import cn.chia.governance.admission.ApplicationCheck;
import cn.chia.governance.admission.OpenApplicationExists;
import cn.chia.governance.process.PublicText;
import cn.chia.governance.process.Refusal;
import cn.chia.governance.process.Texts;
import cn.chia.governance.config.GovernanceSettings;
import cn.chia.governance.privacy.PrivacyNotice;
import cn.chia.governance.register.ReceiptSecrets;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The applicants' public API: apply for membership, look up the application with the receipt secret,
 * answer a request for more information, have a lost receipt secret replaced. A receipt secret ({@link ReceiptSecret})
 * is shown once and kept only as its SHA-256.
 */
@RestController
class ApplicationController {

    static final String SECRET_HEADER = "X-Receipt-Secret";
    static final String INFORMATION_FORM = "record-information";

    record Application(String applicantKind, String applicantName, String email, String phone, String identityNumber,
            String creditCode, String organisation, String field, String statement, Boolean supportsCharter,
            Boolean willingToJoin, String branch, String language, Boolean privacyConsent,
            String privacyNoticeVersion, Boolean identityNumberConsent) {
    }

    /** The notice on personal information, its version and periods, in both languages (the page switches). */
    record PrivacyNoticeAnswer(String version, java.time.Period notAdmittedKeptFor,
            java.time.Period formerMemberKeptFor, java.time.Period answerWithin, PrivacyNotice.Wording zh,
            PrivacyNotice.Wording en) {
    }

    record Receipt(String caseNumber, String secret) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ApplicationStatus(String caseNumber, String stage, String description, String language, String branch,
            String informationRequested, LocalDate answerBy, String membershipNumber, String reason,
            String resolutionNumber, List<Step> steps) {
    }

    /** A step the case took and its day. */
    record Step(String step, LocalDate date) {
    }

    record LostSecret(String email) {
    }

    record Answer(String detail) {
    }

    private static final java.util.regex.Pattern ADDRESS = java.util.regex.Pattern.compile("[^\\s@\\p{Cntrl}]+@[^\\s@\\p{Cntrl}]+");

    static final Words NEW_SECRET_ASKED = new Words("如案件编号与电子邮箱同该申请相符，新的回执密码已发往该邮箱，原密码随即失效；"
            + "否则不会发送任何邮件。为保护申请人，本页不显示二者是否相符。", "If the case number and the e-mail address are"
            + " those of an application, a new receipt secret is on its way to that address and the old one no longer"
            + " works; otherwise no mail is sent. To protect applicants, this page does not say whether they are.");

    record Information(String informationProvided) {
    }

    record BranchChoice(String id, String name) {
    }

    private final ApplicantDesk desk;
    private final ApplicationCheck check;
    private final DecoyReceipts decoys;
    private final Texts texts;
    private final List<GovernanceSettings.Branch> branches;
    private final ReceiptSecrets replaced;
    private final LostReceiptSecrets lost;
    private final PrivacyNotice notice;

    ApplicationController(ApplicantDesk desk, ApplicationCheck check, DecoyReceipts decoys, Texts texts,
            GovernanceSettings governance, ReceiptSecrets replaced, LostReceiptSecrets lost, PrivacyNotice notice) {
        this.notice = notice;
        this.replaced = replaced;
        this.lost = lost;
        this.desk = desk;
        this.check = check;
        this.decoys = decoys;
        this.texts = texts;
        this.branches = governance.branches();
    }

    @GetMapping("/api/applications/branches")
    List<BranchChoice> branches() {
        return branches.stream().map(b -> new BranchChoice(b.groupId(), b.name())).toList();
    }

    /** The notice on personal information an applicant consents to, with the version the application names. */
    @GetMapping("/api/applications/privacy-notice")
    PrivacyNoticeAnswer privacyNotice() {
        return new PrivacyNoticeAnswer(notice.version(), notice.notAdmittedKeptFor(), notice.formerMemberKeptFor(),
                notice.answerWithin(), notice.in(Language.ZH), notice.in(Language.EN));
    }

    @PostMapping("/api/applications")
    @ResponseStatus(HttpStatus.CREATED)
    Receipt apply(@RequestBody Application form, HttpServletRequest request) {
        String branch = form.branch() == null || form.branch().isBlank() ? null : form.branch().strip();
        MembershipApplication application = new MembershipApplication(form.applicantKind(), form.applicantName(),
                form.email(), form.phone(), form.identityNumber(), form.creditCode(), form.organisation(), form.field(),
                form.statement(), form.supportsCharter(), form.willingToJoin());
        // the consent names the version of the notice the page showed: one to another version is refused
        AdmissionCase.PrivacyConsent consent = new AdmissionCase.PrivacyConsent(form.privacyConsent(),
                form.privacyNoticeVersion() == null || form.privacyNoticeVersion().isBlank() ? null
                        : form.privacyNoticeVersion().strip(), form.identityNumberConsent());
        Map<String, String> problems = check.problems(application, consent, branch, form.language());
        if (!problems.isEmpty()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST, CallerLanguage.say(new Words(
                    "申请不完整：请更正 errors 所列各项。", "The application is incomplete: correct the fields named in errors."),
                    request));
            Map<String, String> errors = new LinkedHashMap<>();
            problems.forEach((field, english) -> errors.put(field, CallerLanguage.say(new Words(
                    check.problemText(texts, Language.ZH, field, application), english), request)));
            problem.setProperty("errors", errors);
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
        }
        String secret = ReceiptSecret.fresh();
        Map<String, Object> variables = AdmissionCase.applied(application, consent, branch, Language.of(form.language()),
                ReceiptSecret.hashOf(secret).orElseThrow());
        try {
            return new Receipt(desk.apply(variables), secret);
        } catch (OpenApplicationExists duplicate) {
            // answered as a first application is, so that nobody learns whether a case is open for this number;
            // the applicant of the open case is told by e-mail
            decoys.tellTheApplicant(duplicate.openCase());
            return decoys.issue(MembershipApplication.FOREIGN.equals(form.applicantKind()), branch,
                    Language.of(form.language()));
        }
    }

    @GetMapping("/api/applications/{caseNumber}")
    ApplicationStatus status(@PathVariable String caseNumber,
            @RequestHeader(name = SECRET_HEADER, required = false) String secretHeader,
            @RequestParam(name = "secret", required = false) String secretParameter) {
        Status status = find(caseNumber, secretHeader != null ? secretHeader : secretParameter);
        return new ApplicationStatus(status.caseNumber(), status.stage().name(), status.description(),
                status.language().code(),
                branchName(status.branch()), status.informationRequested(), status.answerBy(),
                status.membershipNumber(), status.reason(), status.resolutionNumber(),
                status.steps().stream().map(m -> new Step(m.step().name(), m.date())).toList());
    }

    /**
     * A new receipt secret, sent to the application's address if {@code email} is it ({@link LostReceiptSecrets}).
     * The answer is the same whether the case exists and the address matches or not.
     */
    @PostMapping("/api/applications/{caseNumber}/new-secret")
    @ResponseStatus(HttpStatus.ACCEPTED)
    Answer newSecret(@PathVariable String caseNumber, @RequestBody LostSecret lostSecret, HttpServletRequest request) {
        String email = lostSecret == null ? null : lostSecret.email();
        if (email == null || email.length() > 254 || !ADDRESS.matcher(email.strip()).matches()
                || caseNumber.length() > 40) {
            throw new Refusal("请填写案件编号和申请时所填的电子邮箱。",
                    "Enter the case number and the e-mail address given in the application.");
        }
        lost.ask(caseNumber.strip(), email);
        return new Answer(CallerLanguage.say(NEW_SECRET_ASKED, request));
    }

    @PostMapping("/api/applications/{caseNumber}/information")
    ApplicationStatus answer(@PathVariable String caseNumber,
            @RequestHeader(name = SECRET_HEADER, required = false) String secretHeader,
            @RequestParam(name = "secret", required = false) String secretParameter,
            @RequestBody Information information) {
        String secret = secretHeader != null ? secretHeader : secretParameter;
        find(caseNumber, secret);
        String text = information == null ? null : information.informationProvided();
        PublicText.problem(INFORMATION_FORM, INFORMATION_PROVIDED, text).ifPresent(problem -> {
            throw new Refusal(problem);
        });
        if (!desk.answer(caseNumber, text.strip())) {
            throw Refusal.conflict("申请 " + caseNumber + " 目前无需补充材料。",
                    "No information is asked of application " + caseNumber + " now.");
        }
        return status(caseNumber, secret, null);
    }

    /**
     * The case with this secret: a real one, or a receipt given for a second application ({@link DecoyReceipts}); a
     * wrong secret and an unknown case are the same 404 (also for {@link PersonalDataController}).
     */
    Status find(String caseNumber, String secret) {
        Optional<String> canonical = ReceiptSecret.canonical(secret);
        if (canonical.isEmpty()) {
            throw notFound(caseNumber);
        }
        byte[] given = ReceiptSecret.sha256(canonical.get()).getBytes(StandardCharsets.US_ASCII);
        Optional<Status> real = desk.status(caseNumber);
        Optional<Status> status = real.isPresent() ? real.filter(s -> {
                    String kept = replaced.replacement(caseNumber).orElse(s.receiptHash());
                    return kept != null && MessageDigest.isEqual(kept.getBytes(StandardCharsets.US_ASCII), given);
                })
                : decoys.status(caseNumber, canonical.get());
        return status.orElseThrow(() -> notFound(caseNumber));
    }

    private static Refusal notFound(String caseNumber) {
        return Refusal.notFound("没有与此回执密码相符的申请 " + caseNumber + "。",
                "No application " + caseNumber + " with this receipt secret.");
    }

    private String branchName(String groupId) {
        return branches.stream().filter(b -> b.groupId().equals(groupId)).map(GovernanceSettings.Branch::name)
                .findFirst().orElse(groupId);
    }

}

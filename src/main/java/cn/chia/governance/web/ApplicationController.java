package cn.chia.governance.web;

import static cn.chia.governance.admission.AdmissionCase.INFORMATION_PROVIDED;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.LocalDate;
import java.util.HexFormat;
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
import org.springframework.web.server.ResponseStatusException;

import com.fasterxml.jackson.annotation.JsonInclude;

import cn.chia.governance.charter.Language;
import cn.chia.governance.charter.MembershipApplication;
import cn.chia.governance.admission.AdmissionCase;
import cn.chia.governance.admission.ApplicantDesk;
import cn.chia.governance.admission.ApplicantDesk.Status;
import cn.chia.governance.admission.ApplicationCheck;
import cn.chia.governance.admission.OpenApplicationExists;
import cn.chia.governance.process.PublicText;
import cn.chia.governance.process.Texts;
import cn.chia.governance.config.GovernanceSettings;

/**
 * The applicants' public API: apply for membership, look up the application with the receipt secret,
 * answer a request for more information. A receipt secret is shown once and kept only as its SHA-256.
 */
@RestController
class ApplicationController {

    static final String SECRET_HEADER = "X-Receipt-Secret";
    static final String INFORMATION_FORM = "record-information";

    record Application(String applicantKind, String applicantName, String email, String phone, String identityNumber,
            String creditCode, String organisation, String field, String statement, Boolean supportsCharter,
            Boolean willingToJoin, String branch, String language) {
    }

    record Receipt(String caseNumber, String secret) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ApplicationStatus(String caseNumber, String stage, String description, String language, String branch,
            String informationRequested, LocalDate answerBy, String membershipNumber, String reason,
            String resolutionNumber) {
    }

    record Information(String informationProvided) {
    }

    record BranchChoice(String id, String name) {
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    private final ApplicantDesk desk;
    private final ApplicationCheck check;
    private final DecoyReceipts decoys;
    private final Texts texts;
    private final List<GovernanceSettings.Branch> branches;

    ApplicationController(ApplicantDesk desk, ApplicationCheck check, DecoyReceipts decoys, Texts texts,
            GovernanceSettings governance) {
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

    @PostMapping("/api/applications")
    @ResponseStatus(HttpStatus.CREATED)
    Receipt apply(@RequestBody Application form) {
        String branch = form.branch() == null || form.branch().isBlank() ? null : form.branch().strip();
        MembershipApplication application = new MembershipApplication(form.applicantKind(), form.applicantName(),
                form.email(), form.phone(), form.identityNumber(), form.creditCode(), form.organisation(), form.field(),
                form.statement(), form.supportsCharter(), form.willingToJoin());
        Map<String, String> problems = check.problems(application, branch, form.language());
        if (!problems.isEmpty()) {
            ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.BAD_REQUEST,
                    "申请不完整：请更正 errors 所列各项。 The application is incomplete: correct the fields named in errors.");
            Map<String, String> bilingual = new LinkedHashMap<>();
            problems.forEach((field, english) -> bilingual.put(field,
                    ApplicationCheck.problemText(texts, Language.ZH, field, application, check.today()) + " " + english));
            problem.setProperty("errors", bilingual);
            throw new ErrorResponseException(HttpStatus.BAD_REQUEST, problem, null);
        }
        String secret = HexFormat.of().formatHex(randomBytes());
        Map<String, Object> variables = AdmissionCase.applied(application, branch, Language.of(form.language()),
                sha256(secret));
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
                status.membershipNumber(), status.reason(), status.resolutionNumber());
    }

    @PostMapping("/api/applications/{caseNumber}/information")
    ApplicationStatus answer(@PathVariable String caseNumber,
            @RequestHeader(name = SECRET_HEADER, required = false) String secretHeader,
            @RequestParam(name = "secret", required = false) String secretParameter,
            @RequestBody Information information) {
        String secret = secretHeader != null ? secretHeader : secretParameter;
        find(caseNumber, secret);
        String text = information == null ? null : information.informationProvided();
        PublicText.problem(INFORMATION_FORM, INFORMATION_PROVIDED, "您的答复", text).ifPresent(problem -> {
            throw new ResponseStatusException(HttpStatus.BAD_REQUEST, problem);
        });
        if (!desk.answer(caseNumber, text.strip())) {
            throw new ResponseStatusException(HttpStatus.CONFLICT,
                    "申请 " + caseNumber + " 目前无需补充材料。 No information is asked of application " + caseNumber + " now.");
        }
        return status(caseNumber, secret, null);
    }

    /** The case with this secret: a real one, or a receipt given for a second application ({@link DecoyReceipts}). */
    private Status find(String caseNumber, String secret) {
        if (secret == null || secret.isBlank()) {
            throw notFound(caseNumber);
        }
        Optional<Status> real = desk.status(caseNumber);
        Optional<Status> status = real.isPresent() ? real.filter(s -> s.receiptHash() != null && MessageDigest.isEqual(
                        s.receiptHash().getBytes(StandardCharsets.US_ASCII),
                        sha256(secret.strip()).getBytes(StandardCharsets.US_ASCII)))
                : decoys.status(caseNumber, secret);
        return status.orElseThrow(() -> notFound(caseNumber));
    }

    private static ResponseStatusException notFound(String caseNumber) {
        return new ResponseStatusException(HttpStatus.NOT_FOUND, "没有与此回执密码相符的申请 " + caseNumber
                + "。 No application " + caseNumber + " with this receipt secret.");
    }

    private String branchName(String groupId) {
        return branches.stream().filter(b -> b.groupId().equals(groupId)).map(GovernanceSettings.Branch::name)
                .findFirst().orElse(groupId);
    }

    private static byte[] randomBytes() {
        byte[] bytes = new byte[16];
        RANDOM.nextBytes(bytes);
        return bytes;
    }

    static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException impossible) {
            throw new IllegalStateException(impossible);
        }
    }
}

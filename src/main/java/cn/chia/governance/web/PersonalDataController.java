package cn.chia.governance.web;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import cn.chia.governance.admission.ApplicantDesk;
import cn.chia.governance.privacy.DataRequestCase;
import cn.chia.governance.privacy.DataRequests;
import cn.chia.governance.privacy.OwnData;
import cn.chia.governance.process.PublicText;
import cn.chia.governance.process.Refusal;
import cn.chia.governance.register.MemberRegister;

/**
 * A person's own data (docs/security.md, "Personal information"): an applicant with the receipt secret
 * ({@link ApplicationController#SECRET_HEADER}) or a member with the card secret ({@value #CARD_SECRET_HEADER})
 * downloads everything the association holds on them as JSON, and asks for a correction or a deletion, which opens a
 * case for the Secretariat ({@link DataRequestCase}). A wrong secret is answered as an unknown number, and counts
 * towards the wrong-secret limit of the public endpoints ({@link PublicRequestLimits}).
 */
@RestController
class PersonalDataController {

    static final String CARD_SECRET_HEADER = "X-Card-Secret";
    /** The start form whose field {@code requestDetail} the public request is checked against. */
    static final String REQUEST_FORM = "record-data-request";

    /** A request: {@code kind} CORRECTION or DELETION, {@code detail} what to correct or delete. */
    record DataRequest(String kind, String detail) {
    }

    private final ApplicationController applications;
    private final OwnData ownData;
    private final DataRequests requests;
    private final MemberRegister register;

    PersonalDataController(ApplicationController applications, OwnData ownData, DataRequests requests,
            MemberRegister register) {
        this.applications = applications;
        this.ownData = ownData;
        this.requests = requests;
        this.register = register;
    }

    @GetMapping("/api/applications/{caseNumber}/personal-data")
    ResponseEntity<OwnData.Export> applicantsData(@PathVariable String caseNumber,
            @RequestHeader(name = ApplicationController.SECRET_HEADER, required = false) String secret) {
        ApplicantDesk.Status status = applications.find(caseNumber, secret);
        return download(caseNumber, ownData.ofApplication(caseNumber)
                .orElseGet(() -> ownData.ofNothingKept(caseNumber, status)));
    }

    @PostMapping("/api/applications/{caseNumber}/personal-data/requests")
    @ResponseStatus(HttpStatus.CREATED)
    DataRequests.Received applicantsRequest(@PathVariable String caseNumber,
            @RequestHeader(name = ApplicationController.SECRET_HEADER, required = false) String secret,
            @RequestBody(required = false) DataRequest request) {
        applications.find(caseNumber, secret);
        DataRequestCase.Kind kind = checked(request);
        if (ownData.ofApplication(caseNumber).isEmpty()) {
            // a receipt given for a second application: nothing of it was kept, so there is nothing to correct or delete
            throw Refusal.conflict("本会未保存申请 " + caseNumber + " 的任何个人信息，无可更正或删除。",
                    "The Association keeps no personal data under application " + caseNumber
                            + ": there is nothing to correct or delete.");
        }
        return requests.ask(caseNumber, kind, request.detail().strip());
    }

    @GetMapping("/api/personal-data/{membershipNumber}")
    ResponseEntity<OwnData.Export> membersData(@PathVariable String membershipNumber,
            @RequestHeader(name = CARD_SECRET_HEADER, required = false) String secret) {
        member(membershipNumber, secret);
        return download(membershipNumber, ownData.ofMember(membershipNumber).orElseThrow(PersonalDataController::noMember));
    }

    @PostMapping("/api/personal-data/{membershipNumber}/requests")
    @ResponseStatus(HttpStatus.CREATED)
    DataRequests.Received membersRequest(@PathVariable String membershipNumber,
            @RequestHeader(name = CARD_SECRET_HEADER, required = false) String secret,
            @RequestBody(required = false) DataRequest request) {
        member(membershipNumber, secret);
        return requests.ask(membershipNumber, checked(request), request.detail().strip());
    }

    private void member(String membershipNumber, String secret) {
        if (!register.cardSecretMatches(membershipNumber, secret)) {
            throw noMember();
        }
    }

    /** As a member's notice of withdrawal answers a wrong number or secret. */
    private static Refusal noMember() {
        return Refusal.notFound("没有与此会员编号和会员证密码相符的会员。", "No member with this number and card secret.");
    }

    private static DataRequestCase.Kind checked(DataRequest request) {
        DataRequestCase.Kind kind = request == null ? null : DataRequestCase.Kind.of(request.kind());
        if (kind == null) {
            throw new Refusal("请选择请求的种类：更正（CORRECTION）或删除（DELETION）。",
                    "Choose the kind of request: CORRECTION or DELETION.");
        }
        PublicText.problem(REQUEST_FORM, DataRequestCase.REQUEST_DETAIL, request.detail()).ifPresent(problem -> {
            throw new Refusal(problem);
        });
        return kind;
    }

    private static ResponseEntity<OwnData.Export> download(String number, OwnData.Export export) {
        return ResponseEntity.ok().contentType(MediaType.APPLICATION_JSON)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename("personal-data-" + number.replaceAll("[^A-Za-z0-9-]", "_") + ".json").build().toString())
                .header(HttpHeaders.CACHE_CONTROL, "no-store")
                .body(export);
    }
}

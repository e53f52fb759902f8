package cn.chia.governance.web;

import java.time.Clock;
import java.time.LocalDate;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

import cn.chia.governance.documents.GovernanceDocuments;
import cn.chia.governance.identity.Roles;
import cn.chia.governance.process.Refusal;
import cn.chia.governance.register.MeetingRecords;
import cn.chia.governance.register.MemberRegister;
import cn.chia.governance.register.MemberRegister.Member;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The documents the Secretariat files: a resolution (JSON or PDF), a member's certificate (PDF) and the annual work
 * report (PDF or XLSX). docs/api.md, "Documents".
 */
@RestController
class DocumentsController {

    /** The first year an annual work report may be asked for. */
    static final int FIRST_YEAR = 2000;

    /** A resolution as JSON: the minutes' record of it, and the meeting that took it. */
    record ResolutionAnswer(String meeting, @JsonUnwrapped MeetingRecords.Resolution resolution) {
    }

    private final MeetingRecords meetings;
    private final MemberRegister register;
    private final GovernanceDocuments documents;
    private final Caller caller;
    private final Clock clock;

    DocumentsController(MeetingRecords meetings, MemberRegister register, GovernanceDocuments documents, Caller caller,
            Clock clock) {
        this.meetings = meetings;
        this.register = register;
        this.documents = documents;
        this.caller = caller;
        this.clock = clock;
    }

    @GetMapping("/api/resolutions/{resolutionNumber}")
    ResponseEntity<?> resolution(@PathVariable String resolutionNumber, HttpServletRequest request) {
        caller.requireOneOf(Roles.RECORD_READERS, "决议供秘书处、理事会和管理人员查阅。",
                "The resolutions are for the Secretariat, the Council and managers.");
        DocumentFormats format = DocumentFormats.choose(request, DocumentFormats.JSON, DocumentFormats.PDF);
        MeetingRecords.Resolution resolution = meetings.resolution(resolutionNumber)
                .orElseThrow(() -> Refusal.notFound("会议记录中没有第 " + resolutionNumber + " 号决议。",
                        "The minutes hold no resolution " + resolutionNumber + "."));
        if (format == DocumentFormats.PDF) {
            return format.answer(documents.resolutionPdf(resolutionNumber).orElseThrow(), resolutionNumber);
        }
        return ResponseEntity.ok().contentType(format.type)
                .body(new ResolutionAnswer(meetings.meetingOf(resolutionNumber).orElse(null), resolution));
    }

    @GetMapping("/api/members/{membershipNumber}/certificate")
    ResponseEntity<byte[]> certificate(@PathVariable String membershipNumber, HttpServletRequest request) {
        caller.requireOneOf(Roles.REGISTER_READERS, "会员证书由秘书处出具，供管理人员查阅。",
                "Certificates are issued by the Secretariat and read by managers.");
        DocumentFormats format = DocumentFormats.choose(request, DocumentFormats.PDF);
        Member member = register.find(membershipNumber).orElseThrow(() -> Refusal.notFound(
                "没有会员 " + membershipNumber + "。", "No member " + membershipNumber + "."));
        if (member.status() != MemberRegister.Status.ACTIVE) {
            throw Refusal.conflict("会员 " + membershipNumber + " " + member.status().words().zh() + "，不出具会员证书。",
                    "Member " + membershipNumber + " is " + member.status().words().en() + ": no certificate is issued.");
        }
        return format.answer(documents.certificatePdf(member), membershipNumber);
    }

    @GetMapping("/api/reports/annual/{year}")
    ResponseEntity<byte[]> annualReport(@PathVariable int year, HttpServletRequest request) {
        caller.requireOneOf(Roles.RECORD_READERS, "年度工作报告供秘书处、理事会和管理人员查阅。",
                "The annual work report is for the Secretariat, the Council and managers.");
        DocumentFormats format = DocumentFormats.choose(request, DocumentFormats.PDF, DocumentFormats.XLSX);
        int thisYear = LocalDate.now(clock).getYear();
        if (year < FIRST_YEAR || year > thisYear) {
            throw Refusal.notFound("没有 " + year + " 年的年度工作报告：可查 " + FIRST_YEAR + "–" + thisYear + " 年。",
                    "There is no annual work report for " + year + ": the years are " + FIRST_YEAR + " to " + thisYear + ".");
        }
        String name = "annual-report-" + year;
        return format == DocumentFormats.XLSX ? format.answer(documents.annualReportXlsx(year), name)
                : format.answer(documents.annualReportPdf(year), name);
    }
}

package cn.chia.governance.web;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import cn.chia.governance.documents.GovernanceDocuments;
import cn.chia.governance.identity.Roles;
import cn.chia.governance.register.MeetingRecords;
import cn.chia.governance.process.Refusal;

import jakarta.servlet.http.HttpServletRequest;

/**
 * The minutes of a meeting: its attendance and every resolution, for the Secretariat, the Council and managers; as JSON,
 * or as PDF ({@code Accept: application/pdf} or {@code ?format=pdf}).
 */
@RestController
class MeetingMinutesController {

    private final MeetingRecords meetings;
    private final GovernanceDocuments documents;
    private final Caller caller;

    MeetingMinutesController(MeetingRecords meetings, GovernanceDocuments documents, Caller caller) {
        this.meetings = meetings;
        this.documents = documents;
        this.caller = caller;
    }

    @GetMapping("/api/meetings/{businessKey}/minutes")
    ResponseEntity<?> minutes(@PathVariable String businessKey, HttpServletRequest request) {
        caller.requireOneOf(Roles.RECORD_READERS, "会议纪要供秘书处、理事会和管理人员查阅。",
                "The minutes are for the Secretariat, the Council and managers.");
        DocumentFormats format = DocumentFormats.choose(request, DocumentFormats.JSON, DocumentFormats.PDF);
        if (format == DocumentFormats.PDF) {
            return format.answer(documents.minutesPdf(businessKey).orElseThrow(() -> unknown(businessKey)), businessKey);
        }
        return ResponseEntity.ok().contentType(format.type).body(meetings.minutes(businessKey)
                .orElseThrow(() -> unknown(businessKey)));
    }

    private static Refusal unknown(String businessKey) {
        return Refusal.notFound("没有会议 " + businessKey + "。", "No meeting " + businessKey + ".");
    }
}

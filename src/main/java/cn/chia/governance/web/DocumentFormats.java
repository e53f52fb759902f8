package cn.chia.governance.web;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import cn.chia.governance.documents.GovernanceDocuments;
import cn.chia.governance.process.Refusal;

import jakarta.servlet.http.HttpServletRequest;

/**
 * Which of the forms an endpoint gives the caller asked for: {@code ?format=} (pdf, xlsx, json) when given, else the
 * {@code Accept} header by its order of preference, else the endpoint's first. A form the endpoint does not give is
 * refused with 406, in the caller's language.
 */
enum DocumentFormats {
    JSON(MediaType.APPLICATION_JSON, "json"),
    PDF(MediaType.parseMediaType(GovernanceDocuments.PDF), "pdf"),
    XLSX(MediaType.parseMediaType(GovernanceDocuments.XLSX), "xlsx");

    final MediaType type;
    final String parameter;

    DocumentFormats(MediaType type, String parameter) {
        this.type = type;
        this.parameter = parameter;
    }

    /** The form to answer in, of those offered (the first is the endpoint's own). */
    static DocumentFormats choose(HttpServletRequest request, DocumentFormats... offered) {
        String asked = request.getParameter("format");
        if (asked != null) {
            String wanted = asked.strip().toLowerCase(Locale.ROOT);
            return List.of(offered).stream().filter(f -> f.parameter.equals(wanted)).findFirst()
                    .orElseThrow(() -> refusal(offered));
        }
        String accept = request.getHeader(HttpHeaders.ACCEPT);
        if (accept == null || accept.isBlank()) {
            return offered[0];
        }
        List<MediaType> accepted;
        try {
            accepted = MediaType.parseMediaTypes(accept);
        } catch (InvalidMediaTypeException unreadable) {
            throw refusal(offered);
        }
        return accepted.stream().filter(type -> type.getQualityValue() > 0)
                .sorted(Comparator.comparingDouble(MediaType::getQualityValue).reversed())
                .map(type -> firstIncluded(type, offered)).flatMap(Optional::stream).findFirst()
                .orElseThrow(() -> refusal(offered));
    }

    private static Optional<DocumentFormats> firstIncluded(MediaType accepted, DocumentFormats[] offered) {
        return List.of(offered).stream().filter(f -> accepted.includes(f.type)).findFirst();
    }

    private static Refusal refusal(DocumentFormats[] offered) {
        String types = List.of(offered).stream().map(f -> f.type.toString()).collect(Collectors.joining("、"));
        String parameters = List.of(offered).stream().map(f -> f.parameter).collect(Collectors.joining("、"));
        return Refusal.notAcceptable("无法以所要求的格式作答；此地址提供：" + types + "（或 ?format=" + parameters + "）。",
                "This address cannot answer in the form asked for; it gives " + types.replace("、", ", ") + " (or ?format="
                        + parameters.replace("、", ", ") + ").");
    }

    /** A document to download, named after its number: {@code MTG-2026-0001.pdf}. */
    ResponseEntity<byte[]> answer(byte[] document, String fileName) {
        return ResponseEntity.ok().contentType(type)
                .header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
                        .filename(fileName + "." + parameter).build().toString())
                .body(document);
    }
}

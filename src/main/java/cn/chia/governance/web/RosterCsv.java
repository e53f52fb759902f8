package cn.chia.governance.web;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import cn.chia.governance.process.Refusal;
import cn.chia.governance.register.Rosters.Entry;
import cn.chia.governance.register.Rosters.NewMember;

/**
 * A roster as CSV (RFC 4180, UTF-8, an optional byte order mark): a header line naming the columns (name,
 * organisation, frontLine, executive, membershipNumber, userId, office; in any order and case, with or without
 * underscores), then one person a line. Yes and no are {@code true}/{@code false} or 是/否; an empty cell is no value.
 */
final class RosterCsv {

    static final int LARGEST_FILE = 2 * 1024 * 1024;
    static final List<String> COLUMNS = List.of("name", "organisation", "frontLine", "executive", "membershipNumber",
            "userId", "office");
    private static final List<String> REQUIRED = List.of("name", "organisation", "frontLine");
    static final List<String> EXPORT_HEADER = List.of("rosterNumber", "name", "organisation", "frontLine", "executive",
            "office", "membershipNumber", "userId", "from", "until", "basisKind", "basis");

    private RosterCsv() {
    }

    /** The people of the file, in its order. */
    static List<NewMember> read(byte[] file) {
        if (file.length > LARGEST_FILE) {
            throw new Refusal("名册文件不能超过 2 MiB。", "A roster file is at most 2 MiB.");
        }
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(file)).toString();
        } catch (CharacterCodingException notUtf8) {
            throw new Refusal("名册文件须为 UTF-8 编码。", "A roster file is in UTF-8.");
        }
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        List<List<String>> lines = parse(text);
        if (lines.isEmpty()) {
            throw new Refusal("名册文件为空：第一行须列出各列名称。", "The file is empty: its first line names the columns.");
        }
        Map<String, Integer> columns = new LinkedHashMap<>();
        List<String> header = lines.get(0);
        for (int i = 0; i < header.size(); i++) {
            String column = column(header.get(i));
            if (column == null) {
                throw new Refusal("第一行的列名 “" + header.get(i).strip() + "” 无法识别；可用的列：" + String.join(", ", COLUMNS) + "。",
                        "The first line names a column '" + header.get(i).strip() + "' that a roster has not; the columns are "
                                + String.join(", ", COLUMNS) + ".");
            }
            if (columns.putIfAbsent(column, i) != null) {
                throw new Refusal("列 " + column + " 出现了两次。", "The column " + column + " is named twice.");
            }
        }
        List<String> missing = REQUIRED.stream().filter(c -> !columns.containsKey(c)).toList();
        if (!missing.isEmpty()) {
            throw new Refusal("第一行缺少列：" + String.join(", ", missing) + "。",
                    "The first line lacks the columns " + String.join(", ", missing) + ".");
        }
        List<NewMember> members = new ArrayList<>();
        for (List<String> line : lines.subList(1, lines.size())) {
            if (line.stream().allMatch(String::isBlank)) {
                continue;
            }
            members.add(new NewMember(cell(line, columns, "name"), cell(line, columns, "organisation"),
                    yesOrNo(cell(line, columns, "frontLine")), yesOrNo(cell(line, columns, "executive")),
                    cell(line, columns, "membershipNumber"), cell(line, columns, "userId"), cell(line, columns, "office")));
        }
        return members;
    }

    /** The roster as CSV, as {@code /api/members.csv} writes it: a byte order mark, CRLF, formulas defused. */
    static String write(List<Entry> entries) {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(EXPORT_HEADER), entries.stream().map(e -> List.of(
                String.valueOf(e.rosterNumber()), e.name(), e.organisation(), String.valueOf(e.frontLine()),
                String.valueOf(e.executive()), e.office() == null ? "" : e.office().name(),
                e.membershipNumber() == null ? "" : e.membershipNumber(), e.userId() == null ? "" : e.userId(),
                e.from().toString(), e.until() == null ? "" : e.until().toString(), e.basisKind().name(),
                e.basis() == null ? "" : e.basis())))
                .map(cells -> cells.stream().map(RosterCsv::quoted).collect(Collectors.joining(",")))
                .collect(Collectors.joining("\r\n", "\uFEFF", "\r\n"));
    }

    private static String quoted(String value) {
        String safe = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return safe.matches("(?s).*[\",\r\n].*") ? "\"" + safe.replace("\"", "\"\"") + "\"" : safe;
    }

    private static String column(String name) {
        String key = name.strip().replaceAll("[_\\-\\s]", "").toLowerCase(Locale.ROOT);
        if (key.equals("organization")) {
            key = "organisation";
        }
        for (String column : COLUMNS) {
            if (column.toLowerCase(Locale.ROOT).equals(key)) {
                return column;
            }
        }
        return null;
    }

    private static String cell(List<String> line, Map<String, Integer> columns, String column) {
        Integer index = columns.get(column);
        if (index == null || index >= line.size() || line.get(index).isBlank()) {
            return null;
        }
        return line.get(index);
    }

    /** true, false, 是, 否; anything else is no answer, which the roster's rules then name. */
    private static Boolean yesOrNo(String value) {
        if (value == null) {
            return null;
        }
        return switch (value.strip().toLowerCase(Locale.ROOT)) {
            case "true", "是" -> Boolean.TRUE;
            case "false", "否" -> Boolean.FALSE;
            default -> null;
        };
    }

    /** RFC 4180: cells separated by commas, quoted cells may hold commas, quotes (doubled) and line breaks. */
    static List<List<String>> parse(String text) {
        List<List<String>> lines = new ArrayList<>();
        List<String> line = new ArrayList<>();
        StringBuilder cell = new StringBuilder();
        boolean quoted = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    cell.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    cell.append(c);
                }
            } else if (c == '"' && cell.isEmpty()) {
                quoted = true;
            } else if (c == ',') {
                line.add(cell.toString());
                cell.setLength(0);
            } else if (c == '\r' || c == '\n') {
                if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
                line.add(cell.toString());
                cell.setLength(0);
                lines.add(line);
                line = new ArrayList<>();
            } else {
                cell.append(c);
            }
            i++;
        }
        if (quoted) {
            throw new Refusal("文件末尾有未闭合的引号。", "A quoted cell is not closed before the end of the file.");
        }
        if (!cell.isEmpty() || !line.isEmpty()) {
            line.add(cell.toString());
            lines.add(line);
        }
        return lines;
    }
}

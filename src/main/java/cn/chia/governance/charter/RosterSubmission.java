package cn.chia.governance.charter;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A body's roster for the term as the Secretariat records it at once: the act that made it (its basis and kind), the
 * day it takes effect, and one row per person. What the register knows of a row's membership number, user account
 * and Council seat is part of the record, so that {@link #problems()} can name every row that may not be recorded and
 * why, in Chinese and English, each naming its clause. A roster with problems is refused whole.
 * <p>
 * The composition rules the charter words with "shall" refuse the roster (executive directors not more than one
 * third of the directors); those it words with "should" (three quarters of the directors and two thirds of the
 * executive directors front-line scientific workers; a newly elected Council "adjusted by no less than one third" of
 * the one before it) are {@link #warnings()}: the roster records who was elected, and a register that refused a real
 * election would only hide it.
 */
public record RosterSubmission(RosterBody body, String basis, ActKind kind, LocalDate effectiveFrom, LocalDate today,
        LocalDate lastChange, int directorsServing, List<Row> rows) {

    public static final String RECORD_CLAUSE = "Rosters: each body's roster for the term, recorded from the act that made it";
    public static final String ONCE_CLAUSE = "Rosters: nobody holds two seats in one body";
    public static final String REPRESENTATIVES_CLAUSE =
            "General Assembly: member representatives are active members (foreign and honorary members not eligible)";
    public static final String STANDING_COUNCIL_CLAUSE = "Standing Council: executive directors elected by the Council from its directors";
    public static final String OFFICERS_CLAUSE = "Council: elects the president and vice presidents, appoints the secretary-general";
    public static final String ADJUSTMENT_CLAUSE = "Council: mid-term adjustment of directors";

    /** The most people one roster takes (the General Assembly is configured with 300). */
    public static final int LARGEST = 2000;
    public static final int NAME_LENGTH = 100;
    public static final int ORGANISATION_LENGTH = 200;
    public static final int BASIS_LENGTH = 500;
    public static final int MEMBERSHIP_NUMBER_LENGTH = 32;
    public static final int USER_ID_LENGTH = 64;

    /** The member kinds the register holds that may represent the members in the General Assembly. */
    public static final List<String> REPRESENTED_KINDS = List.of("INDIVIDUAL", "UNIT");
    public static final String FOREIGN = "FOREIGN";
    public static final String HONORARY = HonoraryProposal.KIND;
    /** An honorary member holds the title only: not eligible to represent the members or to be elected. */
    public static final String HONORARY_CLAUSE = HonoraryProposal.CLAUSE
            + ": honorary members neither represent the members nor are elected";

    private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9._@-]{1," + USER_ID_LENGTH + "}");

    /** A member as the register holds one: its kind (INDIVIDUAL, UNIT, FOREIGN, …) and whether active. */
    public record Membership(String kind, boolean active) {
    }

    /**
     * One person on the roster as sent, with what the register says: {@code membership} is null when the register
     * has no member of that number, {@code userKnown} null when no account is named, {@code onCouncil} whether the
     * person serves on the Council on the day the roster takes effect (for the Standing Council: elected from the
     * directors; for a newly elected Council: re-elected, not replaced).
     */
    public record Row(String name, String organisation, Boolean frontLine, Boolean executive, String membershipNumber,
            String userId, String office, Membership membership, Boolean userKnown, boolean onCouncil) {

        public Person person() {
            return new Person(name, organisation, membershipNumber);
        }
    }

    /** What is wrong, where: {@code row} counts the people from 1 (0: the roster as a whole). */
    public record Problem(int row, String field, String chinese, String english, String clause) implements Words.Said {

        /** The sentence in each language, with the row and field. */
        @Override
        public Words words() {
            return row == 0 ? new Words(chinese, english)
                    : new Words("第 " + row + " 行（" + field + "）：" + chinese, "Row " + row + " (" + field + "): " + english);
        }

        /** The Chinese sentence, then the English one. */
        public String text() {
            return words().both();
        }
    }

    public RosterSubmission {
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(today, "today");
        rows = rows == null ? List.of() : List.copyOf(rows);
    }

    /** Every problem, the roster's first and then row by row; empty when the roster may be recorded. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        rosterProblems(problems);
        for (int i = 0; i < rows.size(); i++) {
            rowProblems(i + 1, rows.get(i), problems);
        }
        onceEach(problems);
        if (body == RosterBody.OFFICERS) {
            singleOffices(problems);
        }
        executiveLimit(problems);
        return List.copyOf(problems);
    }

    /** The composition rules the charter words with "should" that this roster does not meet; recorded with it. */
    public List<CompositionCheck> warnings() {
        int frontLine = (int) rows.stream().filter(r -> Boolean.TRUE.equals(r.frontLine())).count();
        List<CompositionCheck> checks = new ArrayList<>();
        if (body == RosterBody.COUNCIL && !rows.isEmpty()) {
            checks.add(Composition.frontLineDirectorsSufficient(rows.size(), frontLine));
            if (kind == ActKind.ELECTION && directorsServing > 0) {
                checks.add(Composition.renewalSufficient(rows.size(),
                        (int) rows.stream().filter(r -> !r.onCouncil()).count()));
            }
            List<Row> executives = rows.stream().filter(r -> Boolean.TRUE.equals(r.executive())).toList();
            if (!executives.isEmpty()) {
                checks.add(Composition.frontLineExecutivesSufficient(executives.size(),
                        (int) executives.stream().filter(r -> Boolean.TRUE.equals(r.frontLine())).count()));
            }
        } else if (body == RosterBody.STANDING_COUNCIL && !rows.isEmpty()) {
            checks.add(Composition.frontLineExecutivesSufficient(rows.size(), frontLine));
        }
        return checks.stream().filter(check -> !check.ok()).toList();
    }

    /** Whether the row's person is an executive director: everyone on the Standing Council, those marked on the Council. */
    public boolean executive(Row row) {
        return body == RosterBody.STANDING_COUNCIL || body == RosterBody.COUNCIL && Boolean.TRUE.equals(row.executive());
    }

    /** The office a row of the officers' roster holds; null elsewhere or when unknown. */
    public static Office office(Row row) {
        return row.office() == null ? null : Arrays.stream(Office.values())
                .filter(o -> o.name().equalsIgnoreCase(row.office().strip())).findFirst().orElse(null);
    }

    private void rosterProblems(List<Problem> problems) {
        if (blank(basis) || basis.strip().length() < 2 || basis.length() > BASIS_LENGTH) {
            problems.add(whole("basis", "请填写产生本名册的依据（如：第五届会员代表大会第一次会议选举），2 至 " + BASIS_LENGTH + " 个字符。",
                    "Enter the act that made this roster (e.g. the election at the first session of the fifth General Assembly) in 2 to "
                            + BASIS_LENGTH + " characters.", RECORD_CLAUSE));
        } else if (Text.problem(basis, BASIS_LENGTH, false) != null) {
            problems.add(whole("basis", "依据须为纯文本，不含控制字符或标记。", "The basis " + Text.problem(basis, BASIS_LENGTH, false),
                    RECORD_CLAUSE));
        }
        if (kind == ActKind.MID_TERM_ADJUSTMENT) {
            problems.add(whole("basisKind", "届中调整须经其专门程序逐人进行，不能整体登记名册。",
                    "A mid-term adjustment changes the roster one person at a time through its own procedure; record a roster by "
                            + ActKind.ELECTION + " or " + ActKind.RESOLUTION + ".", ADJUSTMENT_CLAUSE));
        }
        if (effectiveFrom == null) {
            problems.add(whole("effectiveFrom", "请填写名册生效日期（YYYY-MM-DD）。", "Enter the day the roster takes effect (YYYY-MM-DD).",
                    RECORD_CLAUSE));
        } else if (effectiveFrom.isAfter(today)) {
            problems.add(whole("effectiveFrom", "名册生效日期 " + effectiveFrom + " 晚于今天（" + today + "）：请在选举产生后登记。",
                    "The roster cannot take effect after today (" + today + "): record it once elected, not " + effectiveFrom + ".",
                    RECORD_CLAUSE));
        } else if (lastChange != null && !effectiveFrom.isAfter(lastChange)) {
            problems.add(whole("effectiveFrom", body.chineseTitle() + "名册最近一次变动在 " + lastChange + "，新名册须在此之后生效。",
                    "The " + body.title() + "'s roster last changed on " + lastChange + "; a new roster takes effect after that, not on "
                            + effectiveFrom + ".", RECORD_CLAUSE));
        }
        if (rows.isEmpty()) {
            problems.add(whole("members", "名册至少须有 1 人。", "A roster has at least 1 person.", RECORD_CLAUSE));
        } else if (rows.size() > LARGEST) {
            problems.add(whole("members", "一份名册最多 " + LARGEST + " 人，本名册有 " + rows.size() + " 人。",
                    "A roster has at most " + LARGEST + " people; this one has " + rows.size() + ".", RECORD_CLAUSE));
        }
        if (body == RosterBody.STANDING_COUNCIL && directorsServing == 0 && !rows.isEmpty()) {
            problems.add(whole("members", "生效之日理事会尚无名册：请先登记理事会名册。",
                    "The Council has no roster on the day this one takes effect: record the Council's first.", STANDING_COUNCIL_CLAUSE));
        }
    }

    private void rowProblems(int n, Row row, List<Problem> problems) {
        text(n, "name", row.name(), NAME_LENGTH, "姓名", "the name", problems);
        text(n, "organisation", row.organisation(), ORGANISATION_LENGTH, "单位", "the organisation", problems);
        if (row.frontLine() == null) {
            problems.add(new Problem(n, "frontLine", "请注明是否为基层一线科技工作者（true 或 false）。",
                    "Say whether a front-line scientific worker at the grass-roots level (true or false).", RECORD_CLAUSE));
        }
        executive(n, row, problems);
        membership(n, row, problems);
        if (row.userId() != null) {
            if (!USER_ID.matcher(row.userId()).matches()) {
                problems.add(new Problem(n, "userId", "用户账号须为 1 至 " + USER_ID_LENGTH + " 个字母、数字或 . _ @ -。",
                        "A user account is 1 to " + USER_ID_LENGTH + " letters, digits or . _ @ -.", RECORD_CLAUSE));
            } else if (!Boolean.TRUE.equals(row.userKnown())) {
                problems.add(new Problem(n, "userId", "没有用户账号 " + row.userId() + "。", "No user account " + row.userId() + ".",
                        RECORD_CLAUSE));
            }
        }
        if (body == RosterBody.OFFICERS && office(row) == null) {
            Words offices = Words.list(Arrays.stream(Office.values()).map(office -> new Words(office.chineseTitle() + "（"
                    + office.name() + "）", office.title() + " (" + office.name() + ")")).toList());
            problems.add(new Problem(n, "office", "请填写职务：" + offices.zh() + "。", "Enter the office, one of "
                    + offices.en() + ".", OFFICERS_CLAUSE));
        } else if (body != RosterBody.OFFICERS && row.office() != null) {
            problems.add(new Problem(n, "office", "只有负责人名册填写职务。", "Only the officers' roster has offices.", OFFICERS_CLAUSE));
        }
        if (body == RosterBody.STANDING_COUNCIL && directorsServing > 0 && !row.onCouncil()) {
            problems.add(new Problem(n, "name", "此人不在 " + effectiveFrom + " 的理事会名册上：常务理事从理事中选举产生。",
                    "Not on the Council's roster on " + effectiveFrom + ": executive directors are elected from the directors.",
                    STANDING_COUNCIL_CLAUSE));
        }
    }

    private void executive(int n, Row row, List<Problem> problems) {
        switch (body) {
            case COUNCIL -> {
                if (row.executive() == null) {
                    problems.add(new Problem(n, "executive", "请注明是否为常务理事（true 或 false）。",
                            "Say whether an executive director (true or false).", RECORD_CLAUSE));
                }
            }
            case STANDING_COUNCIL -> {
                if (Boolean.FALSE.equals(row.executive())) {
                    problems.add(new Problem(n, "executive", "常务理事会名册上的人员均为常务理事。",
                            "Everyone on the Standing Council's roster is an executive director: leave executive out or true.",
                            RECORD_CLAUSE));
                }
            }
            default -> {
                if (Boolean.TRUE.equals(row.executive())) {
                    problems.add(new Problem(n, "executive", "只有理事会和常务理事会名册区分常务理事。",
                            "Only the Council's and the Standing Council's rosters mark executive directors.", RECORD_CLAUSE));
                }
            }
        }
    }

    private void membership(int n, Row row, List<Problem> problems) {
        String number = row.membershipNumber();
        if (number == null) {
            if (body == RosterBody.GENERAL_ASSEMBLY) {
                problems.add(new Problem(n, "membershipNumber", "会员代表须是会员：请填写会员编号。",
                        "A representative is a member: enter the membership number.", REPRESENTATIVES_CLAUSE));
            }
            return;
        }
        if (number.isBlank() || number.length() > MEMBERSHIP_NUMBER_LENGTH || Text.problem(number, MEMBERSHIP_NUMBER_LENGTH, false) != null) {
            problems.add(new Problem(n, "membershipNumber", "会员编号形如 CHIA-2026-000123，最多 " + MEMBERSHIP_NUMBER_LENGTH + " 个字符。",
                    "A membership number reads like CHIA-2026-000123, in at most " + MEMBERSHIP_NUMBER_LENGTH + " characters.",
                    RECORD_CLAUSE));
            return;
        }
        Membership member = row.membership();
        String clause = body == RosterBody.GENERAL_ASSEMBLY ? REPRESENTATIVES_CLAUSE : RECORD_CLAUSE;
        if (member == null) {
            problems.add(new Problem(n, "membershipNumber", "会员名册中没有会员编号 " + number + "。",
                    "No member " + number + " in the register.", clause));
        } else if (!member.active()) {
            problems.add(new Problem(n, "membershipNumber", "会员 " + number + " 已退会或被除名，不是在册会员。",
                    "Member " + number + " has withdrawn or been expelled: not an active member.", clause));
        } else if (body == RosterBody.GENERAL_ASSEMBLY && FOREIGN.equals(member.kind())) {
            problems.add(new Problem(n, "membershipNumber", "会员 " + number + " 是外籍会员，不能担任会员代表。",
                    "Member " + number + " is a foreign member, who cannot be a representative.", clause));
        } else if (body == RosterBody.GENERAL_ASSEMBLY && HONORARY.equals(member.kind())) {
            problems.add(new Problem(n, "membershipNumber", "会员 " + number + " 是荣誉会员，不能担任会员代表。",
                    "Member " + number + " is an honorary member, who cannot be a representative.", clause));
        } else if (HONORARY.equals(member.kind()) && elected(row)) {
            problems.add(new Problem(n, "membershipNumber", "会员 " + number + " 是荣誉会员，不能当选" + body.chineseMemberNoun() + "。",
                    "Member " + number + " is an honorary member, who cannot be elected " + body.memberNoun() + ".",
                    HONORARY_CLAUSE));
        } else if (body == RosterBody.GENERAL_ASSEMBLY && !REPRESENTED_KINDS.contains(member.kind())) {
            problems.add(new Problem(n, "membershipNumber", "会员 " + number + " 的类别（" + member.kind() + "）不能担任会员代表。",
                    "Member " + number + " is of a kind (" + member.kind() + ") that cannot be a representative.", clause));
        }
    }

    /**
     * Whether the row's seat is one people are elected to: directors and supervisors by the General Assembly, executive
     * directors, the president and the vice presidents by the Council; the secretary-general is appointed.
     */
    private boolean elected(Row row) {
        return switch (body) {
            case COUNCIL, STANDING_COUNCIL, SUPERVISORS -> true;
            case OFFICERS -> office(row) != Office.SECRETARY_GENERAL;
            case GENERAL_ASSEMBLY -> false;
        };
    }

    private void onceEach(List<Problem> problems) {
        List<Person> people = rows.stream().map(Row::person).toList();
        for (int i = 1; i < people.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (people.get(i).isSameAs(people.get(j))) {
                    problems.add(new Problem(i + 1, "name", "与第 " + (j + 1) + " 行为同一人：同一人在一份名册上只能出现一次。",
                            "The same person as row " + (j + 1) + ": nobody is twice on one roster.", ONCE_CLAUSE));
                    break;
                }
            }
        }
        Map<String, Integer> accounts = new java.util.HashMap<>();
        for (int i = 0; i < rows.size(); i++) {
            String user = rows.get(i).userId();
            if (user != null) {
                Integer first = accounts.putIfAbsent(user, i + 1);
                if (first != null) {
                    problems.add(new Problem(i + 1, "userId", "用户账号 " + user + " 已用于第 " + first + " 行。",
                            "The user account " + user + " is already that of row " + first + ".", ONCE_CLAUSE));
                }
            }
        }
    }

    private void singleOffices(List<Problem> problems) {
        Map<Office, Integer> holders = new EnumMap<>(Office.class);
        for (int i = 0; i < rows.size(); i++) {
            Office office = office(rows.get(i));
            if (office != null && office.single()) {
                Integer first = holders.putIfAbsent(office, i + 1);
                if (first != null) {
                    problems.add(new Problem(i + 1, "office", "第 " + first + " 行已是" + office.chineseTitle() + "；"
                            + office.chineseTitle() + "只有一人。", "Row " + first + " is already the " + office.title()
                            + "; there is one " + office.title() + ".", OFFICERS_CLAUSE));
                }
            }
        }
    }

    /** Executive directors not more than one third of the directors: a "shall" of the charter, so a refusal. */
    private void executiveLimit(List<Problem> problems) {
        if (rows.isEmpty()) {
            return;
        }
        int directors;
        int executives;
        if (body == RosterBody.COUNCIL) {
            directors = rows.size();
            executives = (int) rows.stream().filter(r -> Boolean.TRUE.equals(r.executive())).count();
        } else if (body == RosterBody.STANDING_COUNCIL && directorsServing > 0) {
            directors = directorsServing;
            executives = rows.size();
        } else {
            return;
        }
        CompositionCheck limit = executives > directors
                ? new CompositionCheck(false, Composition.limit(executives, directors), Composition.EXECUTIVE_LIMIT_CLAUSE)
                : Composition.standingCouncilWithinLimit(directors, executives);
        if (!limit.ok()) {
            problems.add(whole("members", "常务理事 " + executives + " 人，理事 " + directors + " 人：常务理事人数不得超过理事人数的三分之一（至多 "
                    + directors / 3 + " 人）。", limit.reason(), limit.clause()));
        }
    }

    private static void text(int n, String field, String value, int max, String chinese, String english, List<Problem> problems) {
        if (blank(value) || value.strip().length() < 2 || value.length() > max) {
            problems.add(new Problem(n, field, "请填写" + chinese + "，2 至 " + max + " 个字符。",
                    "Enter " + english + " in 2 to " + max + " characters.", RECORD_CLAUSE));
        } else if (Text.problem(value, max, false) != null) {
            problems.add(new Problem(n, field, chinese + "须为纯文本，不含控制字符、换行或标记。",
                    capitalised(english) + " " + Text.problem(value, max, false), RECORD_CLAUSE));
        }
    }

    private static Problem whole(String field, String chinese, String english, String clause) {
        return new Problem(0, field, chinese, english, clause);
    }

    private static String capitalised(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}

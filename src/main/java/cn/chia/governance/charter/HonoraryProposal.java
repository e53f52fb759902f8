package cn.chia.governance.charter;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A proposal of the Secretariat to award honorary membership ({@value #CLAUSE}: "experts, scholars and other personnel
 * who have made significant contributions to the development of high-tech industrialization and the work of the
 * Association can be awarded the title of honorary members upon recommendation of the Standing Council and approval of
 * the Council"; foreign experts, scholars and other foreigners alike), as the Standing Council is asked to recommend
 * it: who (name, organisation, Chinese or foreign, and then the nationality), the contributions that earn it, and how
 * to reach the person. {@link #problems()} names every input that keeps the proposal from the Standing Council, keyed
 * by the field of the form, in Chinese and English.
 * <p>
 * An honorary member is a member of kind {@value #KIND} in the register: one who pays no dues and so is never deemed
 * withdrawn for not paying ({@link Inactivity#appliesTo}), and who neither represents the members nor is elected
 * ({@link RosterSubmission}).
 */
public record HonoraryProposal(String origin, String name, String organisation, String nationality,
        String contributions, String email, String phone) {

    public static final String CLAUSE = "Other matters: honorary members";
    /** The register's kind of an honorary member. */
    public static final String KIND = "HONORARY";
    /** The nationality the register records for a Chinese expert. */
    public static final String CHINESE_NATIONALITY = "中国 China";

    public static final int NAME_LENGTH = 100;
    public static final int ORGANISATION_LENGTH = 200;
    public static final int NATIONALITY_LENGTH = 100;
    public static final int CONTRIBUTIONS_MIN = 20;

    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}$");
    private static final Pattern PHONE = Pattern.compile("^\\+?[0-9][0-9 -]{5,19}$");

    /** Whom the charter's two sentences speak of: Chinese experts and scholars, or foreigners. */
    public enum Origin {
        CHINESE, FOREIGN;

        /** The origin of that name, if it is one. */
        public static Optional<Origin> of(String name) {
            return Arrays.stream(values()).filter(origin -> origin.name().equals(name)).findFirst();
        }
    }

    /** Field to problem, in the order of the form; empty when the proposal may go to the Standing Council. */
    public Map<String, Words> problems() {
        Map<String, Words> problems = new LinkedHashMap<>();
        Optional<Origin> known = Origin.of(origin);
        if (known.isEmpty()) {
            problems.put("honoreeOrigin", new Words("请选择中国专家（CHINESE）或外籍人士（FOREIGN）。",
                    "Choose a Chinese expert (CHINESE) or a foreigner (FOREIGN)."));
        }
        text(problems, "honoreeName", name, 2, NAME_LENGTH, false, "姓名", "the name");
        text(problems, "honoreeOrganisation", organisation, 2, ORGANISATION_LENGTH, false, "工作单位", "the organisation");
        if (known.filter(o -> o == Origin.FOREIGN).isPresent()) {
            text(problems, "honoreeNationality", nationality, 2, NATIONALITY_LENGTH, false, "国籍", "the nationality");
        }
        text(problems, "contributions", contributions, CONTRIBUTIONS_MIN, Text.LONGEST, true,
                "推荐理由（对高科技产业化发展和本会工作的贡献）",
                "the reasons (the contributions to high-tech industrialization and the work of the Association)");
        if (blank(email)) {
            problems.put("honoreeEmail", new Words("请填写电子邮箱。", "Enter an e-mail address."));
        } else if (!EMAIL.matcher(email.strip()).matches() || Text.problem(email, 254, false) != null) {
            problems.put("honoreeEmail", new Words("请填写有效的电子邮箱，如 name@example.org。",
                    "Enter a valid e-mail address, such as name@example.org."));
        }
        if (!blank(phone) && !PHONE.matcher(phone.strip()).matches()) {
            problems.put("honoreePhone", new Words("电话号码为 6 至 20 位数字、空格或连字符，可以 + 开头。",
                    "Enter a telephone number of 6 to 20 digits, spaces or hyphens, optionally starting with +."));
        }
        return problems;
    }

    /** The nationality the register records: {@value #CHINESE_NATIONALITY} for a Chinese expert, else as given. */
    public String registeredNationality() {
        return Origin.of(origin).orElseThrow() == Origin.CHINESE ? CHINESE_NATIONALITY : nationality.strip();
    }

    private static void text(Map<String, Words> problems, String key, String value, int min, int max, boolean lines,
            String chinese, String english) {
        if (blank(value) || value.strip().length() < min || value.length() > max) {
            problems.put(key, new Words("请填写" + chinese + "，" + min + " 至 " + max + " 个字符。",
                    "Enter " + english + " in " + min + " to " + max + " characters."));
        } else {
            Text.whatIsWrong(value, max, lines).ifPresent(wrong -> problems.put(key, new Words(chinese + wrong.zh(),
                    capitalised(english) + " " + wrong.en())));
        }
    }

    private static String capitalised(String words) {
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}

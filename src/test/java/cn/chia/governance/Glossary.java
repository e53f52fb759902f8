package cn.chia.governance;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The glossary of docs/glossary.md, and what it asks of a text that names one of its terms. */
public final class Glossary {

    public record Term(String english, String chinese) {
    }

    private static final Pattern ROW = Pattern.compile("^\\|\\s*([^|]+?)\\s*\\|\\s*([^|]+?)\\s*\\|.*$");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Pattern LATIN = Pattern.compile("[A-Za-z]");

    private final List<Term> terms;

    private Glossary(List<Term> terms) {
        this.terms = terms;
    }

    public static Glossary read() {
        try {
            List<Term> terms = new ArrayList<>();
            for (String line : Files.readAllLines(Path.of("docs/glossary.md"), StandardCharsets.UTF_8)) {
                Matcher row = ROW.matcher(line);
                if (row.matches() && HAN.matcher(row.group(2)).find() && !row.group(1).equals("English")) {
                    terms.add(new Term(row.group(1), row.group(2)));
                }
            }
            terms.sort(Comparator.comparingInt((Term t) -> t.english().length()).reversed());
            return new Glossary(List.copyOf(terms));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public List<Term> terms() {
        return terms;
    }

    public String chinese(String english) {
        return terms.stream().filter(t -> t.english().equals(english)).map(Term::chinese).findFirst().orElseThrow();
    }

    /**
     * The terms whose English appears in {@code english} (as a word, in the singular or plural; longest first, and
     * a longer term hides the shorter ones inside it) but whose Chinese is missing from {@code chinese}.
     */
    public List<String> missingIn(String english, String chinese) {
        String rest = english;
        List<String> missing = new ArrayList<>();
        for (Term term : terms) {
            Matcher found = Pattern.compile("\\b" + Pattern.quote(term.english()) + "(s|es)?\\b",
                    term.english().equals("CAST") ? 0 : Pattern.CASE_INSENSITIVE).matcher(rest);
            if (found.find()) {
                if (!chinese.contains(term.chinese())) {
                    missing.add(term.english() + " → " + term.chinese());
                }
                rest = found.replaceAll(" ");
            }
        }
        return missing;
    }

    /** For each text (by where it is): not Chinese first, then English, or a glossary term missing. Empty when all is well. */
    public List<String> problems(Map<String, String> texts) {
        List<String> problems = new ArrayList<>();
        texts.forEach((where, text) -> {
            if (!chineseFirstThenEnglish(text)) {
                problems.add(where + " is not Chinese, then English: " + text);
            }
            List<String> missing = missingIn(text, text);
            if (!missing.isEmpty()) {
                problems.add(where + " lacks " + missing + ": " + text);
            }
        });
        return problems;
    }

    /** Chinese first, then English: some Han character comes before the first Latin letter. */
    public static boolean chineseFirstThenEnglish(String text) {
        Matcher han = HAN.matcher(text);
        Matcher latin = LATIN.matcher(text);
        return han.find() && latin.find() && han.start() < latin.start();
    }
}

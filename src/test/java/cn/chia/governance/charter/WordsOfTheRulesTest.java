package cn.chia.governance.charter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.LongStream;

import org.junit.jupiter.api.Test;

import cn.chia.governance.Glossary;
import cn.chia.governance.charter.AssemblyMatterProposal.OnRoster;
import cn.chia.governance.charter.DirectorAdjustmentProposal.Kind;
import cn.chia.governance.charter.RenewalProposal.Candidate;
import cn.chia.governance.charter.SecretBallot.Mode;
import cn.chia.governance.charter.SecretBallot.PaperTally;

/**
 * Every reason the charter's rules give a person exists in Chinese and in English, each whole in its language: the
 * Chinese names the glossary's Chinese terms and holds no English sentence, the English holds no Chinese. Codes
 * (COUNCIL, ADD, …), numbers, dates and the English clause a refusal cites for REST clients are no sentence.
 */
class WordsOfTheRulesTest {

    /** Three English words in a row, the last two in lower case: a sentence, not a code or a name. */
    private static final Pattern ENGLISH_SENTENCE = Pattern.compile("\\b[A-Za-z]+ [a-z]+ [a-z]+\\b");
    /** The clause an English refusal cites for REST clients, "(Council: resolutions)": English only, a reference. */
    private static final Pattern CLAUSE = Pattern.compile("\\((?:[^()]|\\([^()]*\\))*:(?:[^()]|\\([^()]*\\))*\\)");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");
    private static final Glossary GLOSSARY = Glossary.read();

    private static final LocalDate TODAY = LocalDate.of(2026, 5, 20);
    private static final Set<Long> SIXTY_ONE = LongStream.rangeClosed(1, 61).boxed().collect(Collectors.toSet());

    @Test
    void theChartersRefusalsOfATallyOrAMatter() {
        Charter charter = Charter.withSeats(Map.of(Body.COUNCIL, 90, Body.STANDING_COUNCIL, 30));
        List<Words> said = new ArrayList<>();
        said.add(refusal(() -> charter.decide(Body.STANDING_COUNCIL, Matter.DIRECTOR_ADJUSTMENT, 25, 0, new Votes(20, 0, 0))));
        said.add(refusal(() -> charter.decide(Body.COUNCIL, Matter.ADMISSION, 50, 0, new Votes(40, 0, 0))));
        said.add(refusal(() -> charter.decide(Body.COUNCIL, Matter.ADMISSION, 61, 0, new Votes(60, 1, 1))));
        said.add(refusal(() -> charter.checkQuorum(Body.STANDING_COUNCIL, 20, 2)));
        said.add(refusal(() -> charter.checkQuorum(Body.COUNCIL, 85, 6)));
        said.add(refusal(() -> charter.checkQuorum(Body.COUNCIL, -1, 0)));
        said.add(refusal(() -> charter.seats(Body.GENERAL_ASSEMBLY)));
        said.add(refusal(() -> Charter.withSeats(Map.of(Body.COUNCIL, 0))));
        said.add(refusal(() -> new Votes(-1, 0, 0)));
        said.add(refusal(() -> Composition.standingCouncilWithinLimit(0, 0)));
        said.add(refusal(() -> Composition.frontLineDirectorsSufficient(10, 11)));
        said.add(refusal(() -> Composition.renewalSufficient(10, -1)));
        said.add(Composition.standingCouncilWithinLimit(90, 31).why());
        said.add(Composition.frontLineDirectorsSufficient(100, 74).why());
        said.add(Composition.frontLineExecutivesSufficient(30, 19).why());
        said.add(Composition.renewalSufficient(90, 29).why());
        said.addAll(new VoteCount(new Votes(40, 15, 5), null).doesNotAddUp(Body.COUNCIL, 55, 6).stream().toList());
        said.addAll(new VoteCount(new Votes(40, 15, 7), null).doesNotAddUp(Body.COUNCIL, 55, 6).stream().toList());
        said.addAll(new VoteCount(new Votes(40, 15, 5), 2).doesNotAddUp(Body.COUNCIL, 55, 6).stream().toList());
        said.addAll(new VoteCount(new Votes(40, 15, 5), -1).doesNotAddUp(Body.COUNCIL, 55, 6).stream().toList());
        said.addAll(new MeetingDay(Body.COUNCIL, TODAY.plusDays(1)).attendanceTooEarly(TODAY).stream().toList());
        assertThat(said).hasSize(21);
        said.forEach(WordsOfTheRulesTest::inBothLanguages);
    }

    @Test
    void theRulesRefuseValuesNoRuleKnowsInBothLanguages() {
        List<Words> said = List.of(refusal(() -> new Fraction(3, 2)), refusal(() -> new Rule("r", Fraction.ONE_HALF,
                Base.PRESENT, "c").requiredCount(-1, Comparison.MORE_THAN)), refusal(() -> Language.of("fr")),
                refusal(() -> ResignationCheck.of(Body.GENERAL_ASSEMBLY, List.of(), TODAY, null)),
                refusal(() -> new MeetingCadence(Body.COUNCIL, null, TODAY, List.of(0))),
                refusal(() -> ResidentIdentityNumber.checkCharacter("12")),
                refusal(() -> UnifiedSocialCreditCode.checkCharacter("12")),
                refusal(() -> UnifiedSocialCreditCode.checkCharacter("9111000010000000I")));
        said.forEach(WordsOfTheRulesTest::inBothLanguages);
        assertThat(catchThrowableOfType(IllegalArgumentException.class, () -> Language.of("fr")))
                .as("still an IllegalArgumentException, as the callers expect").hasMessage(
                        "Not a language of the Association: fr (zh or en).");
    }

    @Test
    void anAttendanceRollAndAMeetingByCommunication() {
        List<Words> said = new ArrayList<>();
        said.addAll(words(new AttendanceRoll(Body.COUNCIL, SIXTY_ONE, Set.of(1L, 2L, 99L), Map.of(2L, 1L, 3L, 70L, 4L, 1L,
                5L, 1L), Set.of(1L, 2L, 6L), true, 2).problems(3, 0), AttendanceRoll.Problem::words));
        said.addAll(words(new AttendanceRoll(Body.STANDING_COUNCIL, SIXTY_ONE, Set.of(1L), Map.of(2L, 1L), Set.of(), false,
                1).problems(), AttendanceRoll.Problem::words));
        said.addAll(words(new CommunicationMeeting(Body.GENERAL_ASSEMBLY, TODAY, null, null, false).problems(),
                CommunicationMeeting.Problem::words));
        said.addAll(words(new CommunicationMeeting(Body.STANDING_COUNCIL, TODAY, " ", TODAY.minusDays(1), false).problems(),
                CommunicationMeeting.Problem::words));
        said.addAll(words(new CommunicationMeeting(Body.COUNCIL, TODAY, "Typhoon", null, true).problems(),
                CommunicationMeeting.Problem::words));
        assertThat(said).hasSize(15);
        said.forEach(WordsOfTheRulesTest::inBothLanguages);
    }

    @Test
    void whatOpensACaseOrKeepsItFromTheNextStep() {
        List<Words> said = new ArrayList<>();
        said.addAll(new AssemblyMatterProposal("ELECTION", " ", null, "<b>x</b>", null, null, Map.of()).problems().values());
        said.addAll(new AssemblyMatterProposal("FEE_STANDARD", "Fees", "No. 1", null, "x", null, Map.of()).problems().values());
        said.addAll(new AssemblyMatterProposal("REMOVAL_FROM_OFFICE", "Removal", "No. 2", null, null, "1, 2, 3, x, 4",
                Map.of(2L, new OnRoster(RosterBody.STANDING_COUNCIL, "Li Ming", true), 3L,
                        new OnRoster(RosterBody.COUNCIL, "Wang Fang", false), 4L,
                        new OnRoster(RosterBody.COUNCIL, "Zhao Lei", true))).problems().values());
        said.addAll(new AssemblyMatterProposal("REMOVAL_FROM_OFFICE", "Removal", "No. 2", null, null, " ", Map.of())
                .problems().values());
        said.addAll(new HonoraryProposal("MARTIAN", null, "x", null, "short", "not-an-address", "12").problems().values());
        said.addAll(new HonoraryProposal("FOREIGN", "Anna Schmidt", "Fraunhofer ILT", " ", "Lasers\u0007 and optics for"
                + " industry", null, null).problems().values());
        said.addAll(new ExpulsionCharge("RUDENESS", " ").problems().values());
        said.addAll(new WithdrawalNotice(TODAY.plusDays(1), TODAY.plusDays(2), TODAY, TODAY).problems().values());
        said.addAll(new WithdrawalNotice(TODAY.minusDays(9), TODAY.minusDays(10), TODAY.minusDays(8), TODAY).problems().values());
        said.addAll(InactivityReason.whatIsWrong(TODAY, TODAY.minusDays(1), TODAY.plusDays(1)));
        said.add(DirectorAdjustmentProposal.UNKNOWN_KIND);
        Map<String, Words> lengths = Map.of("newDirectorName", new Words("2 至 100", "2 to 100"), "newDirectorOrganisation",
                new Words("2 至 200", "2 to 200"));
        said.addAll(new DirectorAdjustmentProposal(Kind.REPLACE, null, "Chen Jing", List.of(3L, 9L), null, null, List.of(),
                " ").problems(lengths::get).values());
        said.addAll(new DirectorAdjustmentProposal(Kind.REMOVE, "99", null, List.of(), null, null, List.of(), "x")
                .problems(lengths::get).values());
        said.addAll(new DirectorAdjustmentProposal(Kind.REMOVE, null, null, List.of(), null, null, List.of(), "x")
                .problems(lengths::get).values());
        said.addAll(new DirectorAdjustmentProposal(Kind.REMOVE, null, "Chen Jing", List.of(), null, null, List.of(), "x")
                .problems(lengths::get).values());
        said.addAll(new DirectorAdjustmentProposal(Kind.ADD, null, null, List.of(), "Li Ming", "Test Institute",
                List.of("Test Institute"), "x").problems(lengths::get).values());
        said.addAll(new TermChangeRequest(TermChangeRequest.Kind.POSTPONEMENT, TODAY.minusYears(2), TODAY.minusDays(1),
                TODAY, TODAY.minusYears(3), TODAY).problems());
        said.addAll(new TermChangeRequest(TermChangeRequest.Kind.EARLY_CHANGE, TODAY, TODAY.plusDays(1), TODAY, TODAY,
                TODAY).problems());
        assertThat(said).hasSize(37);
        said.forEach(WordsOfTheRulesTest::inBothLanguages);
    }

    @Test
    void anElectionItsBallotsAndTheRenewalOfTheTerm() {
        List<Words> said = new ArrayList<>();
        said.addAll(SecretBallot.problems(Body.COUNCIL, ElectedOffice.DIRECTOR, 0, List.of(), Mode.PAPER, List.of("u1")));
        said.addAll(SecretBallot.problems(Body.COUNCIL, ElectedOffice.PRESIDENT, 3, List.of("A", "A", " ", "<b>B</b>"),
                Mode.ELECTRONIC, List.of()));
        said.addAll(SecretBallot.problems(Body.COUNCIL, ElectedOffice.VICE_PRESIDENT, 1, List.of("A"), Mode.ELECTRONIC,
                List.of("u1", "u1")));
        said.addAll(SecretBallot.ballotProblems(List.of("A", "A", "Z"), List.of("A", "B"), 2));
        said.addAll(new PaperTally(10, 11, 5, 5, Map.of("A", 12, "Z", 1)).problems(List.of("A", "B"), 1));
        said.addAll(new PaperTally(-1, 0, 0, 0, Map.of()).problems(List.of("A"), 1));
        said.addAll(new PaperTally(10, 10, 10, 0, Map.of("A", -1, "B", 10, "C", 10)).problems(List.of("A", "B", "C"), 1));
        said.addAll(new CouncilElections(List.of("One", "Two", "Three"), 2, List.of("One", "One", "Nine"), List.of(), 0,
                List.of()).problems());
        said.addAll(new CouncilElections(List.of("One"), 0, List.of(), List.of("One"), 1, List.of("One")).problems());
        said.addAll(new RenewalProposal(TODAY, TODAY.plusYears(1), Period.ofMonths(6), 0,
                List.of(new Candidate("Li Ming", "X", "Council", true), new Candidate("Li Ming", null, " ", null),
                        new Candidate(" ", "y".repeat(201), "Council", false)), 2, List.of()).problems());
        assertThat(said).hasSize(39);
        said.forEach(WordsOfTheRulesTest::inBothLanguages);
    }

    @Test
    void aTextAFieldCannotHoldAndTheNamesOfMattersAndBodies() {
        List<Words> said = new ArrayList<>();
        Text.whatIsWrong("x".repeat(11), 10, false).ifPresent(said::add);
        Text.whatIsWrong("a\u0000b", 10, false).ifPresent(said::add);
        Text.whatIsWrong("<script>", 10, false).ifPresent(said::add);
        assertThat(said).hasSize(3).allSatisfy(wrong -> assertThat(HAN.matcher(wrong.zh()).find()).isTrue());
        assertThat(Text.whatIsWrong("plain\ttext", 10, true)).isEmpty();
        assertThat(Text.problem("x".repeat(11), 10, false)).isEqualTo("is longer than 10 characters (11).");
        for (Matter matter : Matter.values()) {
            inBothLanguages(matter.named());
            assertThat(matter.named().zh()).startsWith(matter.chineseTitle()).endsWith("（" + matter.name() + "）");
        }
        for (Body body : Body.values()) {
            inBothLanguages(body.named());
        }
    }

    private static void inBothLanguages(Words words) {
        assertThat(HAN.matcher(words.zh()).find()).as("Chinese in: %s", words.zh()).isTrue();
        assertThat(ENGLISH_SENTENCE.matcher(words.zh()).find()).as("an English sentence in the Chinese: %s", words.zh())
                .isFalse();
        assertThat(HAN.matcher(words.en()).find()).as("Chinese in the English: %s", words.en()).isFalse();
        assertThat(words.en()).as("English").containsPattern("[A-Za-z]{2,}");
        // the English calls the member who holds a proxy a representative, the Chinese 受托人 (glossary: proxy)
        assertThat(GLOSSARY.missingIn(CLAUSE.matcher(words.en()).replaceAll(""), words.zh()))
                .filteredOn(missing -> !(missing.startsWith("representative →") && words.zh().contains("受托")))
                .as("the glossary's terms of: %s", words).isEmpty();
    }

    private static <T> List<Words> words(Collection<T> problems, java.util.function.Function<T, Words> words) {
        return problems.stream().map(words).toList();
    }

    private static Words refusal(Runnable refused) {
        Words.Said said = catchThrowableOfType(RuntimeException.class, refused::run) instanceof Words.Said w ? w : null;
        assertThat(said).as("refused with its words").isNotNull();
        return said.words();
    }
}

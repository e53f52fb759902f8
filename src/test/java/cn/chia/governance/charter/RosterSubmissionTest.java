package cn.chia.governance.charter;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

import cn.chia.governance.charter.RosterSubmission.Membership;
import cn.chia.governance.charter.RosterSubmission.Problem;
import cn.chia.governance.charter.RosterSubmission.Row;

class RosterSubmissionTest {

    static final LocalDate TODAY = LocalDate.of(2026, 5, 20);
    static final Membership ACTIVE_PERSON = new Membership("INDIVIDUAL", true);

    static Row director(int i, boolean executive, boolean frontLine) {
        return new Row("理事" + i, "单位" + i, frontLine, executive, null, null, null, null, null, false);
    }

    static Row representative(int i, Membership membership) {
        return new Row("代表" + i, "单位" + i, true, null, "CHIA-2026-" + String.format("%06d", i), null, null, membership,
                null, false);
    }

    static RosterSubmission roster(RosterBody body, List<Row> rows) {
        return new RosterSubmission(body, "第五届会员代表大会第一次会议选举", ActKind.ELECTION, TODAY, TODAY, null, 90, rows);
    }

    static List<Row> council(int directors, int executives, int frontLine) {
        return IntStream.rangeClosed(1, directors).mapToObj(i -> director(i, i <= executives, i <= frontLine)).toList();
    }

    static List<String> fields(List<Problem> problems) {
        return problems.stream().map(p -> p.row() + ":" + p.field()).toList();
    }

    @Test
    void aRosterOfOnePersonMayBeRecorded() {
        assertThat(roster(RosterBody.SUPERVISORS, List.of(new Row("王监事", "清华大学", true, null, null, null, null, null, null,
                false))).problems()).isEmpty();
    }

    @Test
    void aRosterOfNobodyIsRefused() {
        assertThat(fields(roster(RosterBody.SUPERVISORS, List.of()).problems())).containsExactly("0:members");
    }

    @Test
    void aGeneralAssemblyOfThreeHundredRepresentativesMayBeRecorded() {
        List<Row> rows = IntStream.rangeClosed(1, 300).mapToObj(i -> representative(i, ACTIVE_PERSON)).toList();
        assertThat(roster(RosterBody.GENERAL_ASSEMBLY, rows).problems()).isEmpty();
    }

    @Test
    void aRosterTakesAtMostTheLargestNumberOfPeople() {
        List<Row> largest = IntStream.rangeClosed(1, RosterSubmission.LARGEST).mapToObj(i -> director(i, false, true)).toList();
        assertThat(roster(RosterBody.SUPERVISORS, largest).problems()).isEmpty();
        List<Row> tooMany = new ArrayList<>(largest);
        tooMany.add(director(RosterSubmission.LARGEST + 1, false, true));
        assertThat(fields(roster(RosterBody.SUPERVISORS, tooMany).problems())).containsExactly("0:members");
    }

    @Test
    void aRepresentativeIsAnActiveMemberNeitherForeignNorHonorary() {
        List<Row> rows = List.of(representative(1, ACTIVE_PERSON), representative(2, new Membership("UNIT", true)),
                representative(3, new Membership("FOREIGN", true)), representative(4, new Membership("HONORARY", true)),
                representative(5, new Membership("INDIVIDUAL", false)), representative(6, null),
                new Row("无编号", "单位7", true, null, null, null, null, null, null, false));
        List<Problem> problems = roster(RosterBody.GENERAL_ASSEMBLY, rows).problems();
        assertThat(fields(problems)).containsExactly("3:membershipNumber", "4:membershipNumber", "5:membershipNumber",
                "6:membershipNumber", "7:membershipNumber");
        assertThat(problems).extracting(Problem::clause).containsOnly(RosterSubmission.REPRESENTATIVES_CLAUSE);
        assertThat(problems.get(0).text()).startsWith("第 3 行（membershipNumber）：会员 CHIA-2026-000003 是外籍会员")
                .contains("Row 3 (membershipNumber): Member CHIA-2026-000003 is a foreign member");
        assertThat(problems.get(1).text()).contains("honorary member");
        assertThat(problems.get(2).text()).contains("not an active member");
    }

    @Test
    void aDirectorNeedsNoMembershipNumberButOneGivenMustBeAnActiveMember() {
        Row unknown = new Row("李理事", "北京大学", true, false, "CHIA-1999-000001", null, null, null, null, false);
        Row foreign = new Row("Smith", "MIT", true, false, "CHIA-2026-000009", null, null, new Membership("FOREIGN", true), null,
                false);
        assertThat(fields(roster(RosterBody.COUNCIL, List.of(director(1, false, true), unknown, foreign)).problems()))
                .containsExactly("2:membershipNumber");
    }

    @Test
    void anExecutiveDirectorIsOnTheCouncilOnTheDayTheStandingCouncilTakesEffect() {
        Row onCouncil = new Row("张常务", "中科院", true, null, null, null, null, null, null, true);
        Row notOnCouncil = new Row("赵外人", "某公司", true, true, null, null, null, null, null, false);
        List<Problem> problems = roster(RosterBody.STANDING_COUNCIL, List.of(onCouncil, notOnCouncil)).problems();
        assertThat(fields(problems)).containsExactly("2:name");
        assertThat(problems.get(0).clause()).isEqualTo(RosterSubmission.STANDING_COUNCIL_CLAUSE);
    }

    @Test
    void noStandingCouncilWithoutACouncilRoster() {
        RosterSubmission standing = new RosterSubmission(RosterBody.STANDING_COUNCIL, "理事会选举", ActKind.ELECTION, TODAY, TODAY,
                null, 0, List.of(new Row("张常务", "中科院", true, null, null, null, null, null, null, false)));
        assertThat(fields(standing.problems())).containsExactly("0:members");
    }

    @Test
    void executiveDirectorsAtMostOneThirdOfTheDirectorsOrTheRosterIsRefused() {
        assertThat(roster(RosterBody.COUNCIL, council(90, 30, 90)).problems()).isEmpty();
        List<Problem> tooMany = roster(RosterBody.COUNCIL, council(90, 31, 90)).problems();
        assertThat(fields(tooMany)).containsExactly("0:members");
        assertThat(tooMany.get(0).clause()).isEqualTo(Composition.EXECUTIVE_LIMIT_CLAUSE);
        assertThat(tooMany.get(0).text()).contains("常务理事人数不得超过理事人数的三分之一")
                .contains("31 executive directors for 90 directors: exceeds the limit of one third (at most 30).");

        List<Row> thirty = IntStream.rangeClosed(1, 30).mapToObj(i -> new Row("常务" + i, "单位" + i, true, null, null, null, null,
                null, null, true)).toList();
        assertThat(roster(RosterBody.STANDING_COUNCIL, thirty).problems()).isEmpty();
        List<Row> thirtyOne = new ArrayList<>(thirty);
        thirtyOne.add(new Row("常务31", "单位31", true, null, null, null, null, null, null, true));
        assertThat(fields(roster(RosterBody.STANDING_COUNCIL, thirtyOne).problems())).containsExactly("0:members");
    }

    @Test
    void aNewlyElectedCouncilRenewsAtLeastOneThirdOrIsRecordedWithAWarning() {
        // 30 of 90 directors new is one third: the charter's "no less than one third"; 29 new is less
        List<Row> thirtyNew = council(90, 30, 90).stream().map(r -> reElected(r, Integer.parseInt(r.name().substring(2)) > 30))
                .toList();
        assertThat(roster(RosterBody.COUNCIL, thirtyNew).warnings()).isEmpty();
        List<Row> twentyNineNew = council(90, 30, 90).stream()
                .map(r -> reElected(r, Integer.parseInt(r.name().substring(2)) > 29)).toList();
        RosterSubmission stale = roster(RosterBody.COUNCIL, twentyNineNew);
        assertThat(stale.problems()).as("a warning, not a refusal").isEmpty();
        assertThat(stale.warnings()).extracting(CompositionCheck::clause).containsExactly(Composition.RENEWAL_CLAUSE);
        assertThat(stale.warnings().get(0).reason()).contains("29");
        // the first Council recorded has nothing to renew; a Council by resolution is no new term
        assertThat(new RosterSubmission(RosterBody.COUNCIL, "选举", ActKind.ELECTION, TODAY, TODAY, null, 0, twentyNineNew)
                .warnings()).isEmpty();
        assertThat(new RosterSubmission(RosterBody.COUNCIL, "决议", ActKind.RESOLUTION, TODAY, TODAY, null, 90, twentyNineNew)
                .warnings()).isEmpty();
    }

    private static Row reElected(Row row, boolean reElected) {
        return new Row(row.name(), row.organisation(), row.frontLine(), row.executive(), null, null, null, null, null,
                reElected);
    }

    @Test
    void frontLineSharesBelowTheCharterAreWarningsNotRefusals() {
        assertThat(roster(RosterBody.COUNCIL, council(90, 30, 68)).warnings()).isEmpty();
        RosterSubmission short1 = roster(RosterBody.COUNCIL, council(90, 30, 67));
        assertThat(short1.problems()).isEmpty();
        assertThat(short1.warnings()).extracting(CompositionCheck::clause)
                .containsExactly(Composition.FRONT_LINE_DIRECTORS_CLAUSE);
        // 20 of 30 executive directors front-line is two thirds; 19 is not
        assertThat(roster(RosterBody.COUNCIL, council(90, 30, 20).stream().map(r -> r.executive() ? r
                : new Row(r.name(), r.organisation(), true, false, null, null, null, null, null, false)).toList()).warnings()).isEmpty();
        assertThat(roster(RosterBody.COUNCIL, council(90, 30, 19).stream().map(r -> r.executive() ? r
                : new Row(r.name(), r.organisation(), true, false, null, null, null, null, null, false)).toList()).warnings())
                .extracting(CompositionCheck::clause).containsExactly(Composition.FRONT_LINE_EXECUTIVES_CLAUSE);
    }

    @Test
    void nobodyIsTwiceOnOneRoster() {
        Row first = new Row("王芳", "清华大学", true, false, null, null, null, null, null, false);
        Row again = new Row(" 王芳 ", "清华大学 ", true, false, null, null, null, null, null, false);
        List<Problem> problems = roster(RosterBody.COUNCIL, List.of(first, director(2, false, true), again)).problems();
        assertThat(fields(problems)).containsExactly("3:name");
        assertThat(problems.get(0).text()).contains("与第 1 行为同一人").contains("The same person as row 1");

        Row numbered = representative(1, ACTIVE_PERSON);
        Row sameNumber = new Row("另一名", "另一单位", true, null, numbered.membershipNumber(), null, null, ACTIVE_PERSON, null, false);
        assertThat(fields(roster(RosterBody.GENERAL_ASSEMBLY, List.of(numbered, sameNumber)).problems()))
                .containsExactly("2:name");
        Row namesake = new Row(numbered.name(), numbered.organisation(), true, null, "CHIA-2026-000777", null, null,
                ACTIVE_PERSON, null, false);
        assertThat(roster(RosterBody.GENERAL_ASSEMBLY, List.of(numbered, namesake)).problems())
                .as("two members of one name and organisation are two people").isEmpty();
    }

    @Test
    void everyRequiredFieldIsNamedAndLengthsAreThoseOfTheRecord() {
        Row empty = new Row(null, " ", null, null, null, null, null, null, null, false);
        Row tooLong = new Row("名".repeat(RosterSubmission.NAME_LENGTH + 1), "x".repeat(RosterSubmission.ORGANISATION_LENGTH + 1),
                true, false, null, null, null, null, null, false);
        Row longest = new Row("名".repeat(RosterSubmission.NAME_LENGTH), "x".repeat(RosterSubmission.ORGANISATION_LENGTH), true,
                false, null, null, null, null, null, false);
        Row markup = new Row("<script>alert(1)</script>", "单位\n换行", true, false, null, null, null, null, null, false);
        assertThat(fields(roster(RosterBody.COUNCIL, List.of(empty, tooLong, longest, markup)).problems()))
                .containsExactly("1:name", "1:organisation", "1:frontLine", "1:executive", "2:name", "2:organisation",
                        "4:name", "4:organisation");
    }

    @Test
    void theRosterTakesEffectNotAfterTodayAndAfterItsLastChange() {
        List<Row> one = List.of(director(1, false, true));
        assertThat(new RosterSubmission(RosterBody.COUNCIL, "选举", ActKind.ELECTION, TODAY.plusDays(1), TODAY, null, 0, one)
                .problems()).extracting(Problem::field).containsExactly("effectiveFrom");
        assertThat(new RosterSubmission(RosterBody.COUNCIL, "选举", ActKind.ELECTION, TODAY, TODAY, TODAY.minusDays(1), 0, one)
                .problems()).isEmpty();
        assertThat(new RosterSubmission(RosterBody.COUNCIL, "选举", ActKind.ELECTION, TODAY, TODAY, TODAY, 0, one)
                .problems()).extracting(Problem::field).containsExactly("effectiveFrom");
        assertThat(new RosterSubmission(RosterBody.COUNCIL, null, ActKind.MID_TERM_ADJUSTMENT, null, TODAY, null, 0, one)
                .problems()).extracting(Problem::field).containsExactly("basis", "basisKind", "effectiveFrom");
    }

    @Test
    void officersHoldAnOfficeAndThereIsOnePresidentAndOneSecretaryGeneral() {
        List<Row> officers = List.of(officer(1, "PRESIDENT"), officer(2, "vice_president"), officer(3, "VICE_PRESIDENT"),
                officer(4, "SECRETARY_GENERAL"), officer(5, "PRESIDENT"), officer(6, null), officer(7, "CHAIRMAN"));
        assertThat(fields(roster(RosterBody.OFFICERS, officers).problems())).containsExactly("6:office", "7:office", "5:office");
        assertThat(fields(roster(RosterBody.SUPERVISORS, List.of(officer(1, "PRESIDENT"))).problems()))
                .containsExactly("1:office");
    }

    @Test
    void onlyTheCouncilsRostersMarkExecutiveDirectorsAndTheStandingCouncilsAreAllExecutive() {
        assertThat(fields(roster(RosterBody.SUPERVISORS, List.of(director(1, true, true))).problems()))
                .containsExactly("1:executive");
        assertThat(fields(roster(RosterBody.STANDING_COUNCIL, List.of(new Row("张某", "单位", true, false, null, null, null, null,
                null, true))).problems())).containsExactly("1:executive");
    }

    @Test
    void aUserAccountMustExistAndServeOnePersonOnly() {
        Row known = new Row("甲某", "单位甲", true, false, null, "director", null, null, true, false);
        Row unknown = new Row("乙某", "单位乙", true, false, null, "nobody", null, null, false, false);
        Row again = new Row("丙某", "单位丙", true, false, null, "director", null, null, true, false);
        Row malformed = new Row("丁某", "单位丁", true, false, null, "a b", null, null, false, false);
        assertThat(fields(roster(RosterBody.COUNCIL, List.of(known, unknown, again, malformed)).problems()))
                .containsExactly("2:userId", "4:userId", "3:userId");
    }

    private static Row officer(int i, String office) {
        return new Row("负责人" + i, "单位" + i, true, null, null, null, office, null, null, false);
    }
}

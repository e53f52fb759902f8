package cn.chia.governance.charter;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The attendance of a meeting by name, as roster numbers: who attends in person, who is represented by whom, who is
 * excused; everyone else on the roster is absent. The charter: "If directors cannot attend the meeting, they can
 * entrust representatives to attend the meeting, and the entrusted representatives have the right to vote by proxy"
 * ({@value #PROXY_CLAUSE}). So only an absent member is represented, and only where proxies are allowed for the body
 * ({@link Charter#allowsProxies}). The representative is a member present in person who holds at most
 * {@code proxyLimit} proxies: the charter names no number, the limit is the Association's practice (a setting).
 *
 * @param roster the roster numbers of the members serving on the meeting's day
 * @param inPerson members present in person
 * @param byProxy absent member's roster number to the representative's
 * @param excused members absent with a reason
 * @param proxiesAllowed whether the body allows proxies
 * @param proxyLimit how many proxies one representative may hold
 */
public record AttendanceRoll(Body body, Set<Long> roster, Set<Long> inPerson, Map<Long, Long> byProxy, Set<Long> excused,
        boolean proxiesAllowed, int proxyLimit) {

    public static final String PROXY_CLAUSE = "charter: Council meetings (directors who cannot attend may entrust representatives)";

    /** How a member on the roster took part. */
    public enum Presence { IN_PERSON, BY_PROXY, EXCUSED, ABSENT }

    /** One reason the roll cannot be recorded, in Chinese and English. */
    public record Problem(String zh, String en) implements Words.Said {
        @Override
        public Words words() {
            return new Words(zh, en);
        }
    }

    public AttendanceRoll {
        Objects.requireNonNull(body, "body");
        roster = Set.copyOf(roster);
        inPerson = new LinkedHashSet<>(inPerson);
        byProxy = new LinkedHashMap<>(byProxy);
        excused = new LinkedHashSet<>(excused);
    }

    /** Everything that keeps the roll from being recorded; empty when it may be. */
    public List<Problem> problems() {
        List<Problem> problems = new ArrayList<>();
        Set<Long> named = new TreeSet<>(inPerson);
        named.addAll(byProxy.keySet());
        named.addAll(byProxy.values());
        named.addAll(excused);
        for (Long number : named) {
            if (!roster.contains(number)) {
                problems.add(new Problem("名册编号 " + number + " 不在本次会议的名册上。",
                        "Roster number " + number + " is not on the meeting's roster."));
            }
        }
        for (Long number : new TreeSet<>(byProxy.keySet())) {
            if (inPerson.contains(number)) {
                problems.add(new Problem("名册编号 " + number + " 既亲自出席又委托他人出席。",
                        "Roster number " + number + " is recorded both present in person and represented by proxy."));
            }
            if (excused.contains(number)) {
                problems.add(new Problem("名册编号 " + number + " 既委托他人出席又请假缺席。",
                        "Roster number " + number + " is recorded both represented by proxy and excused."));
            }
        }
        for (Long number : new TreeSet<>(excused)) {
            if (inPerson.contains(number)) {
                problems.add(new Problem("名册编号 " + number + " 既亲自出席又请假缺席。",
                        "Roster number " + number + " is recorded both present in person and excused."));
            }
        }
        if (!byProxy.isEmpty() && !proxiesAllowed) {
            problems.add(new Problem(body.chineseTitle() + "不允许委托出席。",
                    "The " + body.title() + " does not allow proxies (" + PROXY_CLAUSE + ")."));
        }
        Map<Long, Integer> held = new TreeMap<>();
        byProxy.values().forEach(representative -> held.merge(representative, 1, Integer::sum));
        held.forEach((representative, proxies) -> {
            if (!inPerson.contains(representative)) {
                problems.add(new Problem("受托人（名册编号 " + representative + "）须亲自出席。",
                        "The representative, roster number " + representative + ", must be present in person."));
            }
            if (proxies > proxyLimit) {
                problems.add(new Problem("名册编号 " + representative + " 受托 " + proxies + " 人，每人至多受托 " + proxyLimit
                        + " 人。", "Roster number " + representative + " holds " + proxies + " proxies; one representative"
                        + " may hold at most " + proxyLimit + "."));
            }
        });
        return problems;
    }

    /** Adds a problem for each head count sent that disagrees with the names ({@code null}: not sent). */
    public List<Problem> problems(Integer sentInPerson, Integer sentByProxy) {
        List<Problem> problems = problems();
        if (sentInPerson != null && sentInPerson != presentInPerson()) {
            problems.add(new Problem("亲自出席人数 " + sentInPerson + " 与名单的 " + presentInPerson() + " 人不符。",
                    "Present in person " + sentInPerson + " disagrees with the " + presentInPerson() + " named."));
        }
        if (sentByProxy != null && sentByProxy != presentByProxy()) {
            problems.add(new Problem("委托出席人数 " + sentByProxy + " 与名单的 " + presentByProxy() + " 人不符。",
                    "Present by proxy " + sentByProxy + " disagrees with the " + presentByProxy() + " named."));
        }
        return problems;
    }

    public int presentInPerson() {
        return inPerson.size();
    }

    public int presentByProxy() {
        return byProxy.size();
    }

    /** How each member on the roster took part; {@code rosterInOrder} gives the order. */
    public Map<Long, Presence> presence(Collection<Long> rosterInOrder) {
        Map<Long, Presence> presence = new LinkedHashMap<>();
        for (Long number : rosterInOrder) {
            presence.put(number, inPerson.contains(number) ? Presence.IN_PERSON
                    : byProxy.containsKey(number) ? Presence.BY_PROXY
                    : excused.contains(number) ? Presence.EXCUSED : Presence.ABSENT);
        }
        return presence;
    }
}

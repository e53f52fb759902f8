package cn.chia.governance.privacy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.Date;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.function.Predicate;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import cn.chia.governance.config.GovernanceSettings;
import cn.chia.governance.process.ProcessConfiguration;
import cn.chia.governance.register.PersonalDataInRegister;
import cn.chia.governance.register.PersonalDataInRegister.FormerMember;

/**
 * The retention of personal data (docs/security.md, "Personal information"), as of a given day in Beijing:
 * <ul>
 * <li>an application that did not lead to membership (rejected, declined, lapsed, refused, not adopted), whose case
 * ended {@code governance.privacy.not-admitted-kept-for} (12 months) before that day or earlier;</li>
 * <li>a former member (withdrawn or expelled), whose leaving was {@code governance.privacy.former-member-kept-for}
 * (3 years) before that day or earlier</li>
 * </ul>
 * lose their personal data: the engine's history of their own cases is deleted, the meetings that dealt with them keep
 * theirs with the pseudonym ({@link Pseudonyms}) for the name, and the register keeps its records, the name replaced
 * by the same pseudonym ({@link PersonalDataInRegister}). A case that ended one day less than the period ago is not
 * touched. A second run on the same day finds nothing more. One transaction: all of it, or nothing.
 */
@Component
public class RetentionRun {

    private static final Logger LOG = LoggerFactory.getLogger(RetentionRun.class);

    /** How many applications and former members a run anonymised. */
    public record Result(int applications, int formerMembers) {
    }

    private final EngineHistoryRetention engine;
    private final PersonalDataInRegister register;
    private final Period notAdmittedKeptFor;
    private final Period formerMemberKeptFor;

    RetentionRun(EngineHistoryRetention engine, PersonalDataInRegister register, GovernanceSettings settings) {
        this.engine = engine;
        this.register = register;
        this.notAdmittedKeptFor = settings.privacy().notAdmittedKeptFor();
        this.formerMemberKeptFor = settings.privacy().formerMemberKeptFor();
    }

    /** Everything due on {@code today}. */
    @Transactional
    public Result run(LocalDate today) {
        return run(today, caseNumber -> true);
    }

    /** What is due on {@code today} among the applications (by case number) {@code cases} accepts. */
    @Transactional
    public Result run(LocalDate today, Predicate<String> cases) {
        LocalDateTime endedBefore = today.minus(notAdmittedKeptFor).plusDays(1).atStartOfDay();
        Set<String> applications = new LinkedHashSet<>(engine.applicationsNotAdmittedEndedBefore(
                Date.from(endedBefore.atZone(ProcessConfiguration.ASSOCIATION_ZONE).toInstant())));
        applications.addAll(register.notAdmittedEndedBefore(endedBefore));
        int anonymisedApplications = 0;
        for (String caseNumber : applications) {
            if (!cases.test(caseNumber) || register.becameMember(caseNumber)) {
                continue;
            }
            EngineHistoryRetention.Identifying identifying = engine.personalValues(caseNumber);
            Set<String> names = new LinkedHashSet<>(identifying.names());
            names.addAll(register.namesOfApplication(caseNumber));
            forget(caseNumber, null, names, identifying.others(), Pseudonyms.of(caseNumber, false), today);
            anonymisedApplications++;
        }
        int anonymisedMembers = 0;
        for (FormerMember member : register.formerMembersLeftBy(today.minus(formerMemberKeptFor))) {
            if (!cases.test(member.caseNumber())) {
                continue;
            }
            EngineHistoryRetention.Identifying identifying = engine.personalValues(member.caseNumber());
            Set<String> names = new LinkedHashSet<>(identifying.names());
            names.add(member.name());
            Set<String> others = new LinkedHashSet<>(identifying.others());
            others.addAll(member.personalValues());
            forget(member.caseNumber(), member.membershipNumber(), names, others,
                    Pseudonyms.of(member.caseNumber(), true), today);
            anonymisedMembers++;
        }
        if (anonymisedApplications + anonymisedMembers > 0) {
            LOG.info("Personal data retention as of {}: {} applications not admitted and {} former members anonymised",
                    today, anonymisedApplications, anonymisedMembers);
        }
        return new Result(anonymisedApplications, anonymisedMembers);
    }

    private void forget(String caseNumber, String membershipNumber, Set<String> names, Set<String> others,
            String pseudonym, LocalDate today) {
        others.addAll(register.keptNumbers(caseNumber));
        names.remove(null);
        others.remove(null);
        others.removeAll(names);
        Set<String> caseNumbers = new LinkedHashSet<>();
        caseNumbers.add(caseNumber);
        if (membershipNumber != null) {
            caseNumbers.addAll(register.casesOfMember(membershipNumber));
        }
        Set<String> resolutions = register.resolutionsOf(caseNumbers);
        Set<String> meetings = register.meetingsNaming(caseNumbers, resolutions);
        engine.scrubMeetings(meetings, names, others, pseudonym);
        engine.deleteCases(caseNumbers, membershipNumber);
        register.anonymise(caseNumber, caseNumbers, meetings, resolutions, names, others, pseudonym, today);
    }
}

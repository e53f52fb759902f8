package cn.chia.governance.process;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Date;
import java.util.UUID;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngines;
import org.camunda.bpm.engine.impl.util.ClockUtil;

import cn.chia.governance.Resolutions;
import cn.chia.governance.charter.Language;
import cn.chia.governance.register.Applicant;
import cn.chia.governance.register.MemberRegister;
import cn.chia.governance.register.MemberRegister.Member;

/** Members entered straight into the register, for the procedures that end a membership. */
public final class Members {

    private Members() {
    }

    /** A member who reads Chinese, the register's default. */
    public static Member admit(MemberRegister register, String name) {
        return admit(register, name, Language.ZH);
    }

    public static Member admit(MemberRegister register, String name, Language language) {
        String caseNumber = "APP-TEST-" + UUID.randomUUID();
        return register.admit(caseNumber, new Applicant("INDIVIDUAL", name, "member@example.org",
                null, cn.chia.governance.admission.Applications.residentIdentityNumber(), null,
                "Tsinghua University", "Materials", null, language), Resolutions.admission(caseNumber, "COUNCIL"), "COUNCIL");
    }

    /**
     * An honorary member, on a recommendation of the Standing Council and an approval of the Council recorded in the
     * minutes as the honorary-membership procedure has them.
     */
    public static Member honorary(MemberRegister register, String name) {
        String caseNumber = "HON-TEST-" + UUID.randomUUID();
        ProcessEngine engine = ProcessEngines.getDefaultProcessEngine();
        return register.awardHonoraryMembership(caseNumber, new Applicant("HONORARY", name, "honorary@example.org", null,
                null, null, "Chinese Academy of Sciences", null, null, Language.ZH), "中国 China",
                Resolutions.record(engine, caseNumber, "HONORARY_RECOMMENDATION", "ADOPTED", "STANDING_COUNCIL"),
                Resolutions.record(engine, caseNumber, "HONORARY_MEMBERSHIP", "ADOPTED", "COUNCIL"));
    }

    /** Moves the engine's clock, and with it the application's (see EngineClock), to noon of that day in Beijing. */
    public static void today(LocalDate day) {
        ClockUtil.setCurrentTime(Date.from(day.atTime(LocalTime.NOON).atZone(ProcessConfiguration.ASSOCIATION_ZONE).toInstant()));
    }
}

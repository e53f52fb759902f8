package cn.chia.governance.assembly;

import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.chia.governance.charter.AssemblyMatterProposal.FollowUp;
import cn.chia.governance.register.AssemblyMatters;

/**
 * Records in the register what the General Assembly decided on the matter and how the case ended: not adopted (with
 * the tally), adopted (and what follows), the persons removed from their rosters, the authorities' approval or who
 * refused and why. One bean per service task of assembly-matter.
 */
@Configuration(proxyBeanMethods = false)
class RecordAssemblyDecision {

    @Bean
    JavaDelegate recordAssemblyMatterNotAdopted(AssemblyMatters matters) {
        return execution -> {
            AssemblyMatterCase matter = AssemblyMatterCase.of(execution);
            matters.notAdopted(execution.getProcessBusinessKey(), matter.resolutionNumber(), matter.tally());
        };
    }

    @Bean
    JavaDelegate recordAssemblyMatterAdopted(AssemblyMatters matters) {
        return execution -> {
            AssemblyMatterCase matter = AssemblyMatterCase.of(execution);
            FollowUp followUp = matter.recordFollowUp();
            matters.adopted(execution.getProcessBusinessKey(), matter.resolutionNumber(), followUp == FollowUp.AUTHORITIES);
        };
    }

    @Bean
    JavaDelegate removeFromRosters(AssemblyMatters matters) {
        return execution -> {
            AssemblyMatterCase matter = AssemblyMatterCase.of(execution);
            matters.remove(execution.getProcessBusinessKey(), matter.resolutionNumber(), matter.removedRosterNumbers());
        };
    }

    @Bean
    JavaDelegate recordAuthoritiesApproval(AssemblyMatters matters) {
        return execution -> {
            AssemblyMatterCase matter = AssemblyMatterCase.of(execution);
            matters.approved(execution.getProcessBusinessKey(), matter.castReference(), matter.mcaReference());
        };
    }

    @Bean
    JavaDelegate recordAuthorityRefusal(AssemblyMatters matters) {
        return execution -> {
            AssemblyMatterCase matter = AssemblyMatterCase.of(execution);
            matters.refused(execution.getProcessBusinessKey(), matter.refusedBy(), matter.authorityNote(),
                    matter.castReference());
        };
    }
}

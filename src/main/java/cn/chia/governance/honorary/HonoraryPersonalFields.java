package cn.chia.governance.honorary;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.chia.governance.process.PersonalFields;

/** The honorary membership's personal data for the engine's guard of it ({@code process.PersonalDataAtStart}). */
@Configuration(proxyBeanMethods = false)
class HonoraryPersonalFields {

    @Bean
    PersonalFields honoraryPersonalData() {
        return HonoraryMembershipCase.PERSONAL_FIELDS;
    }
}

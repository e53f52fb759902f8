package cn.chia.governance.admission;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import cn.chia.governance.process.PersonalFields;

/** The admission's personal data for the engine's guard of it ({@code process.PersonalDataAtStart}). */
@Configuration(proxyBeanMethods = false)
class AdmissionPersonalFields {

    @Bean
    PersonalFields admissionPersonalData() {
        return AdmissionCase.PERSONAL_FIELDS;
    }
}

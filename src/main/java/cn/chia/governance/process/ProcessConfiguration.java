package cn.chia.governance.process;

import java.time.Clock;
import java.time.ZoneId;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
public class ProcessConfiguration {

    /** The association sits in Beijing: dates of meetings, resolutions and case numbers are Beijing dates. */
    public static final ZoneId ASSOCIATION_ZONE = ZoneId.of("Asia/Shanghai");

    /** The engine's clock, so that one clock drives timers, case numbers, the register and the inactivity sweep. */
    @Bean
    Clock clock() {
        return new EngineClock(ASSOCIATION_ZONE);
    }
}

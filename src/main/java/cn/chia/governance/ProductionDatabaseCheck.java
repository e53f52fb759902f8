package cn.chia.governance;

import java.util.Arrays;
import java.util.Locale;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * The {@code production} profile does not start on the embedded H2 database (a {@code jdbc:h2:} URL: the demo's
 * file under ./data/, or one in memory) unless {@code governance.allow-embedded-database-in-production} is true:
 * a production run forgetting {@code postgres} would otherwise keep the register in a local file. Checked before
 * anything starts, so that nothing is written to that database first.
 */
public class ProductionDatabaseCheck implements EnvironmentPostProcessor, Ordered {

    static final String ALLOW = "governance.allow-embedded-database-in-production";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!Arrays.asList(environment.getActiveProfiles()).contains("production")) {
            return;
        }
        String url = environment.getProperty("spring.datasource.url", "");
        if (url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:")
                && !environment.getProperty(ALLOW, Boolean.class, false)) {
            throw new IllegalStateException("生产环境（production）不使用内嵌的 H2 数据库。The production profile does not start on the "
                    + "embedded H2 database (" + url.replaceAll(";.*", "") + "): add the postgres profile "
                    + "(--spring.profiles.active=production,postgres) with DB_URL, DB_USERNAME and DB_PASSWORD, or, for a "
                    + "trial only, set " + ALLOW + "=true.");
        }
    }

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }
}

package cn.chia.governance;

import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Starts the application once more beside the cached test context, on a port and with an engine name
 * of its own, to watch what a start does (a restart, a production start).
 */
public final class TestApplications {

    /**
     * The tag of a test class that starts the application once more: such tests run in a JVM of their own (pom.xml),
     * as a second application that stops leaves Camunda's webapps of the cached one answering 500.
     */
    public static final String OWN_APPLICATION = "own-application";

    private TestApplications() {
    }

    public static ConfigurableApplicationContext start(String[] profiles, String... properties) {
        return start(UnaryOperator.identity(), profiles, properties);
    }

    /** As {@link #start(String[], String...)}, with the application built further by {@code also} (a listener, a bean). */
    public static ConfigurableApplicationContext start(UnaryOperator<SpringApplicationBuilder> also, String[] profiles,
            String... properties) {
        return start(true, also, profiles, properties);
    }

    /**
     * Starts the application as the only one running in the JVM, its engine named {@code default} as in production:
     * the authentication of {@code /api} and Tasklist's REST paths look for that engine. Only in a JVM of its own
     * ({@link #OWN_APPLICATION}), one application at a time.
     */
    public static ConfigurableApplicationContext startAlone(String[] profiles, String... properties) {
        return start(false, UnaryOperator.identity(), profiles, properties);
    }

    private static ConfigurableApplicationContext start(boolean besideAnother, UnaryOperator<SpringApplicationBuilder> also,
            String[] profiles, String... properties) {
        List<String> args = new ArrayList<>(List.of(
                "--camunda.bpm.generate-unique-process-engine-name=" + besideAnother,
                "--camunda.bpm.job-execution.enabled=false",
                "--server.port=0"));
        for (String property : properties) {
            args.add("--" + property);
        }
        return also.apply(new SpringApplicationBuilder(GovernanceApplication.class).profiles(profiles))
                .run(args.toArray(String[]::new));
    }

    /** A database URL for H2 that the given test alone uses; on PostgreSQL the suite's database. */
    public static String databaseProperty(String name) {
        return TestProfiles.onPostgres()
                ? "spring.datasource.url=" + System.getenv().getOrDefault("DB_URL", "jdbc:postgresql://127.0.0.1:5432/governance")
                : "spring.datasource.url=jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
    }
}

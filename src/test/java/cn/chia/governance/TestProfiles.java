package cn.chia.governance;

import java.util.ArrayList;
import java.util.List;

import org.springframework.test.context.ActiveProfilesResolver;

/**
 * Profiles of every Spring test: demo users on an in-memory H2 database, or on PostgreSQL when the
 * environment says {@code TEST_DATABASE=postgres} (as .ci/run does), so one suite runs on both.
 */
public class TestProfiles implements ActiveProfilesResolver {

    public static boolean onPostgres() {
        return "postgres".equalsIgnoreCase(System.getenv("TEST_DATABASE"));
    }

    public static String[] profiles() {
        List<String> profiles = new ArrayList<>(List.of("demo", "test"));
        if (onPostgres()) {
            profiles.add("postgres");
        }
        return profiles.toArray(String[]::new);
    }

    @Override
    public String[] resolve(Class<?> testClass) {
        return profiles();
    }
}

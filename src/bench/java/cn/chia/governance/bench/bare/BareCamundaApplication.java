package cn.chia.governance.bench.bare;

import java.util.ArrayList;
import java.util.List;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * The bare Camunda webapp the benchmark starts beside the application: Camunda's webapp and REST starters
 * of the same versions, an in-memory H2 database, an administrator, nothing of the application.
 */
@SpringBootApplication
public class BareCamundaApplication {

    public static void main(String[] args) {
        List<String> all = new ArrayList<>(List.of(
                // read no application.yaml of the application beside it on the classpath
                "--spring.config.name=bare-camunda",
                "--spring.datasource.url=jdbc:h2:mem:bare;DB_CLOSE_DELAY=-1",
                "--camunda.bpm.admin-user.id=admin",
                "--camunda.bpm.admin-user.password=admin",
                "--camunda.bpm.deployment-resource-pattern=classpath*:bare-camunda/*.bpmn"));
        all.addAll(List.of(args));
        SpringApplication.run(BareCamundaApplication.class, all.toArray(String[]::new));
    }
}

package cn.chia.governance.register;

import org.camunda.bpm.engine.ProcessEngine;
import org.flywaydb.core.Flyway;
import org.springframework.boot.autoconfigure.flyway.FlywayMigrationStrategy;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The register's tables are migrated by Flyway once the engine has created its own schema, so that a
 * migration may also index the engine's tables (the unique case number on PostgreSQL).
 */
@Configuration(proxyBeanMethods = false)
class RegisterMigrations {

    @Bean
    FlywayMigrationStrategy migrateAfterEngineSchema(ProcessEngine engineWithSchema) {
        return Flyway::migrate;
    }
}

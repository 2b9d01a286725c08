package io.planmonitor.localpostgres;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.util.List;
import java.util.Map;

/**
 * Gives a {@code @QuarkusTest} a real, throw-away PostgreSQL with the database named by the {@code database} init arg.
 * A JDBC URL the user sets ({@code QUARKUS_DATASOURCE_JDBC_URL}) wins: then nothing is started.
 */
public class EmbeddedPostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private String database = "app";
    private LocalPostgres postgres;

    @Override
    public void init(Map<String, String> initArgs) {
        database = initArgs.getOrDefault("database", database);
    }

    @Override
    public Map<String, String> start() {
        if (System.getenv("QUARKUS_DATASOURCE_JDBC_URL") != null) {
            return Map.of();
        }
        try {
            postgres = LocalPostgres.temporary().withDatabases(List.of(database));
        } catch (Exception e) {
            throw new IllegalStateException("could not start the embedded PostgreSQL", e);
        }
        return Map.of(
                "quarkus.datasource.jdbc.url", postgres.jdbcUrl(database),
                "quarkus.datasource.username", LocalPostgres.USER,
                "quarkus.datasource.password", "");
    }

    @Override
    public void stop() {
        if (postgres != null) {
            try {
                postgres.close();
            } catch (Exception e) {
                throw new IllegalStateException("could not stop the embedded PostgreSQL", e);
            }
        }
    }
}

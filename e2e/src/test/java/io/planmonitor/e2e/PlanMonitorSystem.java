package io.planmonitor.e2e;

import io.planmonitor.devauth.DevKeys;
import io.planmonitor.devauth.DevTokens;
import io.planmonitor.localpostgres.LocalPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/**
 * The whole system as deployed: a throw-away PostgreSQL and the four packaged applications as separate processes
 * on free ports. One per test class.
 */
final class PlanMonitorSystem implements AutoCloseable {

    static final Path ROOT = Path.of("").toAbsolutePath().getParent();

    private final LocalPostgres postgres;
    private final int indicatorsPort;
    private final int projectsPort;
    ServiceProcess indicators;
    ServiceProcess projects;
    ServiceProcess documents;
    ServiceProcess gateway;

    private PlanMonitorSystem(LocalPostgres postgres, int indicatorsPort, int projectsPort) {
        this.postgres = postgres;
        this.indicatorsPort = indicatorsPort;
        this.projectsPort = projectsPort;
    }

    /** The key pair the three applications verify tokens with; tests sign theirs with {@link #TOKENS}. */
    static final DevKeys KEYS = DevKeys.inDirectory(Path.of("target", "e2e-keys"));
    static final DevTokens TOKENS = new DevTokens(KEYS);
    /** The token the existing tests call with: an admin, as a plan office's system integration would be. */
    static final String ADMIN = TOKENS.mint("e2e-admin", List.of("admin"), List.of(), Duration.ofHours(2));

    static PlanMonitorSystem start() throws Exception {
        String publicKey = KEYS.publicKeyFile().toAbsolutePath().toUri().toString();
        Path serviceToken = Files.createDirectories(Path.of("target", "e2e-keys")).resolve("projects-service.token");
        Files.writeString(serviceToken, TOKENS.mint("projects-service", List.of("admin"), List.of(),
                Duration.ofHours(2)));
        PlanMonitorSystem system = new PlanMonitorSystem(
                LocalPostgres.temporary().withDatabases(List.of("indicators", "projects", "documents")),
                ServiceProcess.freePort(), ServiceProcess.freePort());
        int gatewayPort = ServiceProcess.freePort();
        system.indicators = ServiceProcess.start(ROOT, "indicators-service", system.indicatorsPort, Map.of(
                "INDICATORS_PORT", Integer.toString(system.indicatorsPort),
                "INDICATORS_DB_URL", system.postgres.jdbcUrl("indicators"),
                "PLANMONITOR_JWT_PUBLIC_KEY", publicKey));
        system.projects = ServiceProcess.start(ROOT, "projects-service", system.projectsPort, Map.of(
                "PROJECTS_PORT", Integer.toString(system.projectsPort),
                "PROJECTS_DB_URL", system.postgres.jdbcUrl("projects"),
                "INDICATORS_GRPC_PORT", Integer.toString(system.indicatorsPort),
                "PLANMONITOR_JWT_PUBLIC_KEY", publicKey,
                "PROJECTS_SERVICE_TOKEN_FILE", serviceToken.toAbsolutePath().toString()));
        int documentsPort = ServiceProcess.freePort();
        system.documents = ServiceProcess.start(ROOT, "documents-service", documentsPort, Map.of(
                "DOCUMENTS_PORT", Integer.toString(documentsPort),
                "DOCUMENTS_DB_URL", system.postgres.jdbcUrl("documents"),
                "INDICATORS_GRPC_PORT", Integer.toString(system.indicatorsPort),
                "PROJECTS_GRPC_PORT", Integer.toString(system.projectsPort),
                "PLANMONITOR_JWT_PUBLIC_KEY", publicKey));
        system.gateway = ServiceProcess.start(ROOT, "gateway", gatewayPort, Map.of(
                "GATEWAY_PORT", Integer.toString(gatewayPort),
                "INDICATORS_GRPC_PORT", Integer.toString(system.indicatorsPort),
                "PROJECTS_GRPC_PORT", Integer.toString(system.projectsPort),
                "DOCUMENTS_GRPC_PORT", Integer.toString(documentsPort),
                "PLANMONITOR_JWT_PUBLIC_KEY", publicKey));
        return system;
    }

    /** The database server all services use; a test may stop and start it. */
    LocalPostgres postgres() {
        return postgres;
    }

    int gatewayPort() {
        return gateway.port();
    }

    /** The gRPC port of each service, by its short name (indicators, projects, documents). */
    Map<String, Integer> grpcPorts() {
        return Map.of("indicators", indicators.port(), "projects", projects.port(), "documents", documents.port());
    }

    /** Runs the seed loader (seed-data's command-mode jar) against the services; its exit code and output. */
    SeedRun loadSeedDataset() throws IOException, InterruptedException {
        Path jar = ROOT.resolve("seed-data/target/quarkus-app/quarkus-run.jar");
        String java = ProcessHandle.current().info().command().orElse("java");
        Path output = Files.createTempFile(Files.createDirectories(Path.of("target", "e2e-logs")), "seed-", ".log");
        ProcessBuilder builder = new ProcessBuilder(new ArrayList<>(List.of(java, "-jar", jar.toString())))
                .redirectErrorStream(true)
                .redirectOutput(output.toFile());
        builder.environment().put("INDICATORS_GRPC_PORT", Integer.toString(indicatorsPort));
        builder.environment().put("PROJECTS_GRPC_PORT", Integer.toString(projectsPort));
        builder.environment().put("DOCUMENTS_GRPC_PORT", Integer.toString(documents.port()));
        builder.environment().put("PLANMONITOR_TOKEN", TOKENS.mint("seed-loader", List.of("admin"), List.of(),
                Duration.ofHours(1)));
        Process process = builder.start();
        if (!process.waitFor(5, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new IllegalStateException("the seed loader did not finish in 5 minutes; output in " + output);
        }
        return new SeedRun(process.exitValue(), Files.readString(output));
    }

    record SeedRun(int exitCode, String output) {
    }

    @Override
    public void close() throws Exception {
        for (ServiceProcess service : new ServiceProcess[] {gateway, documents, projects, indicators}) {
            if (service != null) {
                service.close();
            }
        }
        postgres.close();
    }
}

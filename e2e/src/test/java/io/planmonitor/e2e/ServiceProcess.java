package io.planmonitor.e2e;

import java.io.IOException;
import java.net.HttpURLConnection;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** One packaged Quarkus application started as its own operating-system process, as in production. */
final class ServiceProcess implements AutoCloseable {

    private static final Duration START_TIMEOUT = Duration.ofSeconds(90);

    private final Path repositoryRoot;
    private final String name;
    private final int port;
    private final Map<String, String> environment;
    private final Path log;
    private final Process process;

    private ServiceProcess(Path repositoryRoot, String name, int port, Map<String, String> environment, Path log,
            Process process) {
        this.repositoryRoot = repositoryRoot;
        this.name = name;
        this.port = port;
        this.environment = environment;
        this.log = log;
        this.process = process;
    }

    /** Starts {@code module}'s quarkus-run.jar with the environment given and waits until it reports ready. */
    static ServiceProcess start(Path repositoryRoot, String module, int port, Map<String, String> environment)
            throws IOException, InterruptedException {
        Path jar = repositoryRoot.resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(jar + " is missing: package the modules first (mvn verify does)");
        }
        Path logDirectory = Files.createDirectories(Path.of("target", "e2e-logs"));
        Path log = logDirectory.resolve(module + ".log");
        String java = ProcessHandle.current().info().command().orElse("java");
        ProcessBuilder builder = new ProcessBuilder(List.of(java, "-jar", jar.toString()))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(environment);
        ServiceProcess service = new ServiceProcess(repositoryRoot, module, port, environment, log, builder.start());
        service.awaitReady();
        return service;
    }

    static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    int port() {
        return port;
    }

    /** The same application started again, on the same port with the same environment (after close()). */
    ServiceProcess restart() throws IOException, InterruptedException {
        return start(repositoryRoot, name, port, environment);
    }

    private void awaitReady() throws InterruptedException, IOException {
        Instant deadline = Instant.now().plus(START_TIMEOUT);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " exited with " + process.exitValue() + "; log:\n"
                        + Files.readString(log));
            }
            if (reportsReady()) {
                return;
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException(name + " not ready after " + START_TIMEOUT + "; log:\n" + Files.readString(log));
    }

    /** Whether the service's readiness check answers UP now. */
    boolean reportsReady() {
        try {
            HttpURLConnection connection = (HttpURLConnection) URI.create(
                    "http://localhost:" + port + "/q/health/ready").toURL().openConnection();
            connection.setConnectTimeout(500);
            connection.setReadTimeout(2000);
            return connection.getResponseCode() == 200;
        } catch (IOException notYet) {
            return false;
        }
    }

    /** Ends the process at once with SIGKILL, as a crash or an OOM kill would: no shutdown hook runs. */
    void kill() throws InterruptedException {
        process.destroyForcibly().waitFor();
    }

    /** Stops (SIGSTOP) or resumes (SIGCONT) the process: a service that hangs, with its sockets left open. */
    void signal(String signal) throws IOException, InterruptedException {
        Process kill = new ProcessBuilder("kill", "-" + signal, Long.toString(process.pid())).inheritIO().start();
        if (kill.waitFor() != 0) {
            throw new IllegalStateException("kill -" + signal + " " + process.pid() + " failed");
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(20, TimeUnit.SECONDS)) {
            process.destroyForcibly().waitFor();
        }
    }
}

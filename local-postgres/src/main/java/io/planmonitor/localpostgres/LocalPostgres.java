package io.planmonitor.localpostgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * A real PostgreSQL server started from the binaries in a Maven artifact, with the databases the services need.
 * Given a data directory it keeps the data there between runs; without one it is a throw-away server for tests.
 * Either can be stopped and started again on the same port with the same data, as a database restart is.
 */
public final class LocalPostgres implements AutoCloseable {

    /** The superuser the embedded server creates; local connections are trusted, so no password. */
    public static final String USER = "postgres";

    private final Path dataDirectory;
    private final int port;
    private final boolean removeDataOnClose;
    private EmbeddedPostgres server;

    private LocalPostgres(Path dataDirectory, int port, boolean removeDataOnClose) throws IOException {
        this.dataDirectory = dataDirectory;
        this.port = port;
        this.removeDataOnClose = removeDataOnClose;
        start();
    }

    /** A server keeping its data in {@code dataDirectory} on {@code port}. */
    public static LocalPostgres persistent(Path dataDirectory, int port) throws IOException {
        return new LocalPostgres(dataDirectory, port, false);
    }

    /** A throw-away server on a free port, its data removed when closed. */
    public static LocalPostgres temporary() throws IOException {
        return new LocalPostgres(Files.createTempDirectory("planmonitor-postgres-"), freePort(), true);
    }

    /** Creates each database that does not exist yet. */
    public LocalPostgres withDatabases(List<String> names) throws SQLException {
        try (Connection connection = server.getPostgresDatabase().getConnection()) {
            for (String name : names) {
                if (!exists(connection, name)) {
                    try (Statement create = connection.createStatement()) {
                        // CREATE DATABASE takes no bind parameters; names come from our own configuration.
                        create.execute("CREATE DATABASE \"" + name.replace("\"", "") + "\"");
                    }
                }
            }
        }
        return this;
    }

    public String jdbcUrl(String database) {
        return "jdbc:postgresql://localhost:" + port + "/" + database;
    }

    public int port() {
        return port;
    }

    /** Shuts the server down (fast mode: open sessions are ended); the data stays for {@link #start()}. */
    public synchronized void stop() throws IOException {
        if (server != null) {
            server.close();
            server = null;
        }
    }

    /** Starts the server on its port with its data directory (initialised on the first start). */
    public synchronized void start() throws IOException {
        if (server == null) {
            server = EmbeddedPostgres.builder()
                    .setDataDirectory(dataDirectory)
                    .setCleanDataDirectory(false)
                    .setPort(port)
                    .start();
        }
    }

    @Override
    public void close() throws IOException {
        stop();
        if (removeDataOnClose) {
            try (Stream<Path> paths = Files.walk(dataDirectory)) {
                for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                    Files.delete(path);
                }
            }
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static boolean exists(Connection connection, String database) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pg_database WHERE datname = ?")) {
            query.setString(1, database);
            try (ResultSet rows = query.executeQuery()) {
                return rows.next();
            }
        }
    }
}

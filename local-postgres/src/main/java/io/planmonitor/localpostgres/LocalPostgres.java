package io.planmonitor.localpostgres;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * A real PostgreSQL server started from the binaries in a Maven artifact, with the databases the services need.
 * Given a data directory it keeps the data there between runs; without one it is a throw-away server for tests.
 */
public final class LocalPostgres implements AutoCloseable {

    /** The superuser the embedded server creates; local connections are trusted, so no password. */
    public static final String USER = "postgres";

    private final EmbeddedPostgres server;

    private LocalPostgres(EmbeddedPostgres server) {
        this.server = server;
    }

    /** A server keeping its data in {@code dataDirectory} on {@code port}. */
    public static LocalPostgres persistent(Path dataDirectory, int port) throws IOException {
        return new LocalPostgres(EmbeddedPostgres.builder()
                .setDataDirectory(dataDirectory)
                .setCleanDataDirectory(false)
                .setPort(port)
                .start());
    }

    /** A throw-away server on a free port, its data removed when closed. */
    public static LocalPostgres temporary() throws IOException {
        return new LocalPostgres(EmbeddedPostgres.builder().start());
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
        return "jdbc:postgresql://localhost:" + server.getPort() + "/" + database;
    }

    public int port() {
        return server.getPort();
    }

    @Override
    public void close() throws IOException {
        server.close();
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

package io.planmonitor.localpostgres;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CountDownLatch;

/**
 * Runs the local PostgreSQL of {@code scripts/run.sh} until the process is stopped.
 * Usage: {@code java -cp "local-postgres.jar:lib/*" io.planmonitor.localpostgres.LocalPostgresMain DATA_DIRECTORY PORT DATABASE[,…]}
 */
public final class LocalPostgresMain {

    private LocalPostgresMain() {
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 3) {
            System.err.println("usage: LocalPostgresMain DATA_DIRECTORY PORT DATABASE[,DATABASE...]");
            System.exit(2);
        }
        Path dataDirectory = Path.of(args[0]).toAbsolutePath();
        int port = Integer.parseInt(args[1]);
        List<String> databases = Arrays.asList(args[2].split(","));

        LocalPostgres postgres = LocalPostgres.persistent(dataDirectory, port).withDatabases(databases);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                postgres.close();
            } catch (Exception e) {
                System.err.println("PostgreSQL did not stop cleanly: " + e);
            }
            stopped.countDown();
        }));
        System.out.println("PostgreSQL ready on port " + port + " with databases " + databases + ", data in " + dataDirectory);
        stopped.await();
    }
}

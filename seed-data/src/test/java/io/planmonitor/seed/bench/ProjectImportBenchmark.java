package io.planmonitor.seed.bench;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

/**
 * The bulk project import (POST /api/v1/imports/projects?mode=valid-rows, 1,000 rows a file, the most one call takes)
 * against COPY of the same projects into a table of the project table's shape, in one run against a running system
 * (scripts/run.sh). {@code BENCH_PROJECTS} (10,000) synthetic projects (基准测试合成项目, ids bench-p-…), deleted again
 * at the end with their audit rows. A benchmark, not a test: scripts/bench/writes.sh runs it after the observations;
 * figures go to target/bench/project-import.txt. Environment: BENCH_TOKEN (an admin token, required), GATEWAY
 * (http://localhost:8080), PLANMONITOR_PG_PORT (55432), BENCH_PROJECTS.
 */
class ProjectImportBenchmark {

    private static final int FILE_ROWS = 1000;
    private static final String NAME = "基准测试合成项目（非真实项目）";

    private final int projects = Integer.parseInt(BenchEnv.get("BENCH_PROJECTS", "10000"));
    private final String token = BenchEnv.required("BENCH_TOKEN");
    private final String run = Long.toString(System.currentTimeMillis() / 1000, 36);
    private final BenchGateway gateway = new BenchGateway(token);

    @Test
    void printsProjectImportAgainstCopy() throws Exception {
        StringBuilder out = new StringBuilder(String.format("Project import: %,d projects, %,d a file, %d cores%n",
                projects, FILE_ROWS, Runtime.getRuntime().availableProcessors()));
        try (Connection database = DriverManager.getConnection("jdbc:postgresql://localhost:"
                + BenchEnv.get("PLANMONITOR_PG_PORT", "55432") + "/projects", "postgres", "")) {
            try {
                importFiles("warm", 2 * FILE_ROWS);
                double copy = copyBaseline(database);
                double imported = importFiles("run", projects);
                out.append(String.format("  baseline COPY into a table of the same shape: %,8.0f rows/s%n", copy));
                out.append(String.format("  POST /api/v1/imports/projects (CSV):          %,8.0f rows/s, %4.1f %% of COPY%n",
                        imported, 100 * imported / copy));
            } finally {
                try (Statement statement = database.createStatement()) {
                    statement.execute("DELETE FROM audit_event WHERE resource LIKE 'projects/bench-p-%'");
                    statement.execute("DELETE FROM project WHERE id LIKE 'bench-p-%' AND display_name LIKE '" + NAME
                            + "%'");
                }
            }
        }
        System.out.print(out);
        Files.createDirectories(Path.of("target", "bench"));
        Files.writeString(Path.of("target", "bench", "project-import.txt"), out, StandardCharsets.UTF_8);
    }

    /** Rows per second of importing {@code count} projects, a file of FILE_ROWS at a time. */
    private double importFiles(String label, int count) throws Exception {
        long started = System.nanoTime();
        for (int first = 0; first < count; first += FILE_ROWS) {
            StringBuilder csv = new StringBuilder("项目编号,项目名称,地区代码,领域,阶段,级别,总投资(元)\n");
            int last = Math.min(count, first + FILE_ROWS);
            for (int i = first; i < last; i++) {
                csv.append(String.join(",", id(label, i), NAME + " " + i, "410100", "基准测试", "PLANNED",
                        "MUNICIPAL", (1_000_000 + i) + ".00")).append('\n');
            }
            int written = BenchGateway.written(gateway.post("/api/v1/imports/projects?mode=valid-rows", "text/csv",
                    csv.toString()));
            if (written != last - first) {
                throw new IllegalStateException("a file wrote " + written + " of " + (last - first) + " projects");
            }
        }
        return count / ((System.nanoTime() - started) / 1e9);
    }

    private String id(String label, int i) {
        return "bench-p-" + run + "-" + label + "-" + i;
    }

    private double copyBaseline(Connection database) throws Exception {
        try (Statement statement = database.createStatement()) {
            statement.execute("CREATE TEMP TABLE copy_baseline (LIKE project INCLUDING ALL)");
        }
        StringBuilder data = new StringBuilder();
        String now = Instant.now().toString();
        for (int i = 0; i < projects; i++) {
            data.append(String.join(",", id("copy", i), NAME + " " + i, "410100", "基准测试", "PLANNED", "MUNICIPAL",
                    (1_000_000 + i) + ".00", "CNY", now, now, "0")).append('\n');
        }
        long started = System.nanoTime();
        long copied = database.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY copy_baseline (id, display_name, "
                + "region_code, sector, stage, level, total_investment_amount, total_investment_currency, create_time, "
                + "update_time, version) FROM STDIN (FORMAT csv)", new StringReader(data.toString()));
        double perSecond = copied / ((System.nanoTime() - started) / 1e9);
        try (Statement statement = database.createStatement()) {
            statement.execute("DROP TABLE copy_baseline");
        }
        return perSecond;
    }
}

package io.planmonitor.seed.bench;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Reads as the observation table grows, against a running system with the seed dataset (scripts/run.sh): the table is
 * filled with synthetic monthly values (基准测试合成数据, of indicators named bench-growth-…, written straight into
 * PostgreSQL: the filling is not what is measured) to 10³, 10⁵ and 10⁶ rows, and at each size the median of 50
 * sequential gateway requests is taken for a seeded indicator's values, a page of a synthetic series, one target's
 * evaluation and a whole plan's progress; each figure is set against its own at 10³. The synthetic rows are deleted at
 * the end. A benchmark, not a test: scripts/bench/growth.sh runs it; figures go to target/bench/data-growth.txt.
 * Environment: GATEWAY (http://localhost:8080), PLANMONITOR_PG_PORT (55432), BENCH_PLAN (zhengzhou-2024-work-report).
 */
class DataGrowthBenchmark {

    private static final long[] SIZES = {1_000, 100_000, 1_000_000};
    private static final int MONTHS = (2100 - 1949 + 1) * 12;
    private static final int REQUESTS = 50;

    private final BenchGateway gateway = new BenchGateway(null);
    private final String plan = BenchEnv.get("BENCH_PLAN", "zhengzhou-2024-work-report");

    @Test
    void printsReadLatencyAtEachTableSize() throws Exception {
        String target = firstTarget();
        Map<String, String> reads = new LinkedHashMap<>();
        reads.put("values of a seeded indicator (gdp, 410100)", "/api/v1/indicators/gdp/observations?regionCode=410100");
        reads.put("a page of 100 of a synthetic series", "/api/v1/indicators/bench-growth-0/observations"
                + "?regionCode=410100&pageSize=100");
        reads.put("one target's evaluation", "/api/v1/" + target + "/progress?asOf=2024-12-31");
        reads.put("a plan's progress (every target)", "/api/v1/plans/" + plan + "/progress?asOf=2024-12-31");
        StringBuilder out = new StringBuilder(String.format("Reads as data grows: median of %d sequential requests "
                + "(ms) through the gateway, %d cores%n", REQUESTS, Runtime.getRuntime().availableProcessors()));
        Map<String, Double> atFirstSize = new LinkedHashMap<>();
        try (Connection database = DriverManager.getConnection("jdbc:postgresql://localhost:"
                + BenchEnv.get("PLANMONITOR_PG_PORT", "55432") + "/indicators", "postgres", "")) {
            try {
                List<String> regions = regions(database);
                addSyntheticIndicators(database, SIZES[SIZES.length - 1] / ((long) MONTHS * regions.size()) + 1);
                for (long size : SIZES) {
                    long rows = growTo(database, size, regions);
                    out.append(String.format("  %,d observations:%n", rows));
                    for (Map.Entry<String, String> read : reads.entrySet()) {
                        double median = medianMillis(read.getValue());
                        atFirstSize.putIfAbsent(read.getKey(), median);
                        out.append(String.format("    %-44s %7.2f ms (%.2f× at 10³)%n", read.getKey(), median,
                                median / atFirstSize.get(read.getKey())));
                    }
                }
            } finally {
                removeSyntheticRows(database);
            }
        }
        System.out.print(out);
        Files.createDirectories(Path.of("target", "bench"));
        Files.writeString(Path.of("target", "bench", "data-growth.txt"), out, StandardCharsets.UTF_8);
    }

    private String firstTarget() throws Exception {
        Matcher name = Pattern.compile("\"name\":\"(plans/[^\"]+/targets/[^\"]+)\"")
                .matcher(gateway.get("/api/v1/plans/" + plan + "/targets?pageSize=1"));
        if (!name.find()) {
            throw new IllegalStateException("plans/" + plan + " has no target: load the seed dataset first");
        }
        return name.group(1);
    }

    /** The median of {@code REQUESTS} sequential requests, after thirty not counted. */
    private double medianMillis(String path) throws Exception {
        for (int i = 0; i < 30; i++) {
            gateway.get(path);
        }
        List<Double> millis = new ArrayList<>();
        for (int i = 0; i < REQUESTS; i++) {
            long started = System.nanoTime();
            gateway.get(path);
            millis.add((System.nanoTime() - started) / 1e6);
        }
        millis.sort(Double::compare);
        return (millis.get(REQUESTS / 2 - 1) + millis.get(REQUESTS / 2)) / 2;
    }

    private static List<String> regions(Connection database) throws Exception {
        List<String> codes = new ArrayList<>();
        try (Statement statement = database.createStatement();
                ResultSet rows = statement.executeQuery("SELECT code FROM region ORDER BY code")) {
            while (rows.next()) {
                codes.add(rows.getString(1));
            }
        }
        return codes;
    }

    private static void addSyntheticIndicators(Connection database, long count) throws Exception {
        try (PreparedStatement insert = database.prepareStatement("INSERT INTO indicator (id, display_name, unit, "
                + "category, direction, create_time, update_time, version) SELECT 'bench-growth-' || g, "
                + "'基准测试合成指标 ' || g, '亿元', '基准测试', 'HIGHER_IS_BETTER', now(), now(), 0 "
                + "FROM generate_series(0, ?) g")) {
            insert.setLong(1, count - 1);
            insert.executeUpdate();
        }
    }

    /**
     * Synthetic monthly values until the table holds {@code size} rows (or as many as it has), then ANALYZE, as
     * autovacuum would after such a load: row g is month g of its indicator and region, so no two share a period.
     */
    private static long growTo(Connection database, long size, List<String> regions) throws Exception {
        long rows = count(database, "SELECT count(*) FROM observation");
        long synthetic = count(database, "SELECT count(*) FROM observation WHERE indicator_id LIKE 'bench-growth-%'");
        if (rows < size) {
            String regionArray = "(ARRAY['" + String.join("','", regions) + "'])";
            try (PreparedStatement insert = database.prepareStatement("INSERT INTO observation (indicator_id, "
                    + "region_code, period_kind, period_key, period_year, period_month, value, status, source, latest, "
                    + "create_time) SELECT 'bench-growth-' || (g / " + (MONTHS * regions.size()) + "), "
                    + regionArray + "[(g / " + MONTHS + ") % " + regions.size() + " + 1], 'MONTH', "
                    + "(1949 + g % " + MONTHS + " / 12) || '-' || lpad((g % 12 + 1)::text, 2, '0'), "
                    + "1949 + g % " + MONTHS + " / 12, g % 12 + 1, (g % 1000) + 0.5, 'PRELIMINARY', ?, true, now() "
                    + "FROM generate_series(?, ?) g")) {
                insert.setString(1, BulkWriteBenchmark.SOURCE);
                insert.setLong(2, synthetic);
                insert.setLong(3, synthetic + size - rows - 1);
                insert.executeUpdate();
            }
            try (Statement statement = database.createStatement()) {
                statement.execute("ANALYZE observation");
            }
        }
        return count(database, "SELECT count(*) FROM observation");
    }

    private static long count(Connection database, String query) throws Exception {
        try (Statement statement = database.createStatement(); ResultSet rows = statement.executeQuery(query)) {
            rows.next();
            return rows.getLong(1);
        }
    }

    private static void removeSyntheticRows(Connection database) throws Exception {
        try (Statement statement = database.createStatement()) {
            statement.execute("DELETE FROM observation WHERE indicator_id LIKE 'bench-growth-%'");
            statement.execute("DELETE FROM indicator WHERE id LIKE 'bench-growth-%' AND category = '基准测试'");
            statement.execute("ANALYZE observation");
        }
    }
}

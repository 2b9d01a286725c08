package io.planmonitor.seed.bench;

import io.grpc.ManagedChannel;
import io.grpc.Metadata;
import io.grpc.netty.NettyChannelBuilder;
import io.grpc.stub.MetadataUtils;
import io.planmonitor.common.v1.Decimal;
import io.planmonitor.indicators.v1.CreateIndicatorRequest;
import io.planmonitor.indicators.v1.Direction;
import io.planmonitor.indicators.v1.Indicator;
import io.planmonitor.indicators.v1.IndicatorServiceGrpc;
import io.planmonitor.indicators.v1.ListRegionsRequest;
import io.planmonitor.indicators.v1.Observation;
import io.planmonitor.indicators.v1.ObservationStatus;
import io.planmonitor.indicators.v1.Period;
import io.planmonitor.indicators.v1.PeriodKind;
import io.planmonitor.indicators.v1.RecordObservationRequest;
import io.planmonitor.indicators.v1.RecordObservationsRequest;
import io.planmonitor.indicators.v1.RecordObservationsResponse;
import io.planmonitor.indicators.v1.RecordOutcome;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;

/**
 * Bulk observations written three ways against a running system (scripts/run.sh), each beside the database's own
 * bulk load in the same run: RecordObservations straight to indicators-service (gRPC), the REST
 * batch (POST /api/v1/observations/batch) and the CSV import (POST /api/v1/imports/observations?mode=valid-rows), each
 * {@code BENCH_ROWS} rows (100,000) of new monthly values; the baseline is COPY of the same rows into a table of the
 * observation table's shape (its indexes too, no audit rows). The rows are synthetic (基准测试合成数据, of indicators
 * named bench-…) and are deleted again at the end. A benchmark, not a test: scripts/bench/writes.sh runs it; figures go
 * to target/bench/bulk-writes.txt. Environment: BENCH_TOKEN (an admin token, required), INDICATORS_HOST /
 * INDICATORS_GRPC_PORT (localhost:8081), GATEWAY (http://localhost:8080), PLANMONITOR_PG_PORT (55432), BENCH_ROWS,
 * BENCH_BATCH (rows a call, 5,000).
 */
class BulkWriteBenchmark {

    static final String SOURCE = "基准测试合成数据（非真实数据）";
    private static final int BATCH = Integer.parseInt(BenchEnv.get("BENCH_BATCH", "5000"));
    /** Monthly periods from 1949 to 2100: the distinct periods one indicator has in one region. */
    private static final int MONTHS = (2100 - 1949 + 1) * 12;

    private final int rows = Integer.parseInt(BenchEnv.get("BENCH_ROWS", "100000"));
    private final String token = BenchEnv.required("BENCH_TOKEN");
    private final String run = Long.toString(System.currentTimeMillis() / 1000, 36);
    private final BenchGateway gateway = new BenchGateway(token);

    /** One synthetic row: which indicator, region and month, and its value. */
    record Row(String indicatorId, String regionCode, int year, int month, String value) {
    }

    @Test
    void printsBulkWritesAgainstCopy() throws Exception {
        ManagedChannel channel = NettyChannelBuilder.forAddress(BenchEnv.get("INDICATORS_HOST", "localhost"),
                Integer.parseInt(BenchEnv.get("INDICATORS_GRPC_PORT", "8081"))).usePlaintext()
                .maxInboundMessageSize(64 << 20).build();
        Metadata headers = new Metadata();
        headers.put(Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), "Bearer " + token);
        IndicatorServiceGrpc.IndicatorServiceBlockingStub stub = IndicatorServiceGrpc.newBlockingStub(channel)
                .withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));
        List<String> regions = stub.listRegions(ListRegionsRequest.newBuilder().setPageSize(100).build())
                .getRegionsList().stream().map(region -> region.getName().substring("regions/".length())).toList();
        StringBuilder out = new StringBuilder(String.format("Bulk observations: %,d rows per path, %,d a call, %d cores, run %s%n",
                rows, BATCH, Runtime.getRuntime().availableProcessors(), run));
        try (Connection database = DriverManager.getConnection("jdbc:postgresql://localhost:"
                + BenchEnv.get("PLANMONITOR_PG_PORT", "55432") + "/indicators", "postgres", "")) {
            try {
                // Warm-up, not reported: each path's code compiled by the JIT first, as in a service that has run.
                writeOverGrpc(stub, rows("warm-grpc", 2 * BATCH, regions, stub));
                writeOverRest(rows("warm-rest", 2 * BATCH, regions, stub));
                writeAsCsv(rows("warm-csv", 2 * BATCH, regions, stub));
                double copy = copyBaseline(database, rows("copy", rows, regions, stub));
                out.append(String.format("  baseline COPY into a table of the same shape: %,10.0f rows/s%n", copy));
                measure(out, "RecordObservations (gRPC)", copy,
                        () -> writeOverGrpc(stub, rows("grpc", rows, regions, stub)));
                measure(out, "POST /api/v1/observations/batch", copy,
                        () -> writeOverRest(rows("rest", rows, regions, stub)));
                measure(out, "POST /api/v1/imports/observations (CSV)", copy,
                        () -> writeAsCsv(rows("csv", rows, regions, stub)));
            } finally {
                removeSyntheticRows(database);
            }
        } finally {
            channel.shutdownNow();
        }
        System.out.print(out);
        Files.createDirectories(Path.of("target", "bench"));
        Files.writeString(Path.of("target", "bench", "bulk-writes.txt"), out, StandardCharsets.UTF_8);
    }

    interface Write {
        double rowsPerSecond() throws Exception;
    }

    private static void measure(StringBuilder out, String path, double copy, Write write) throws Exception {
        double perSecond = write.rowsPerSecond();
        String line = String.format("  %-42s %,10.0f rows/s, %5.1f %% of COPY%n", path, perSecond, 100 * perSecond / copy);
        System.out.print(line);
        out.append(line);
    }

    /** {@code rows} new monthly values of fresh bench indicators of this run and {@code path}. */
    private List<Row> rows(String path, int count, List<String> regions,
            IndicatorServiceGrpc.IndicatorServiceBlockingStub stub) {
        int perIndicator = MONTHS * regions.size();
        List<Row> list = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String indicator = "bench-" + run + "-" + path + "-" + (i / perIndicator);
            if (i % perIndicator == 0 && !path.equals("copy")) {
                stub.createIndicator(CreateIndicatorRequest.newBuilder().setIndicatorId(indicator)
                        .setIndicator(Indicator.newBuilder().setDisplayName(indicator + "（基准测试合成指标）")
                                .setUnit("亿元").setCategory("基准测试").setDirection(Direction.DIRECTION_HIGHER_IS_BETTER))
                        .build());
            }
            int month = i % MONTHS;
            list.add(new Row(indicator, regions.get(i / MONTHS % regions.size()), 1949 + month / 12, month % 12 + 1,
                    (i % 100000) + "." + (i % 97)));
        }
        return list;
    }

    private static RecordObservationRequest request(Row row) {
        return RecordObservationRequest.newBuilder().setParent("indicators/" + row.indicatorId())
                .setObservation(Observation.newBuilder().setRegion("regions/" + row.regionCode())
                        .setPeriod(Period.newBuilder().setKind(PeriodKind.PERIOD_KIND_MONTH).setYear(row.year())
                                .setMonth(row.month()))
                        .setValue(Decimal.newBuilder().setValue(row.value()))
                        .setStatus(ObservationStatus.OBSERVATION_STATUS_PRELIMINARY)
                        .setSource(SOURCE))
                .build();
    }

    private double writeOverGrpc(IndicatorServiceGrpc.IndicatorServiceBlockingStub stub, List<Row> list) {
        return timed(list.size(), batch -> {
            RecordObservationsRequest.Builder request = RecordObservationsRequest.newBuilder();
            list.subList(batch, Math.min(list.size(), batch + BATCH)).forEach(row -> request.addRequests(request(row)));
            RecordObservationsResponse response = stub.recordObservations(request.build());
            return (int) response.getResultsList().stream()
                    .filter(result -> result.getOutcome() == RecordOutcome.RECORD_OUTCOME_RECORDED).count();
        });
    }

    private double writeOverRest(List<Row> list) {
        return timed(list.size(), batch -> {
            StringBuilder body = new StringBuilder("{\"items\": [");
            for (int i = batch; i < Math.min(list.size(), batch + BATCH); i++) {
                Row row = list.get(i);
                body.append(i == batch ? "" : ",").append(String.format("""
                        {"indicator": "indicators/%s", "observation": {"region": "regions/%s",
                         "period": {"kind": "MONTH", "year": %d, "month": %d}, "value": "%s",
                         "status": "PRELIMINARY", "source": "%s"}}""", row.indicatorId(), row.regionCode(), row.year(),
                        row.month(), row.value(), SOURCE));
            }
            String answer = gateway.post("/api/v1/observations/batch", "application/json", body.append("]}").toString());
            return count(answer, "\"RECORDED\"");
        });
    }

    private double writeAsCsv(List<Row> list) {
        return timed(list.size(), batch -> {
            StringBuilder csv = new StringBuilder("指标编号,地区代码,期间,年份,季度,月份,截止年份,值,状态,来源,原文\n");
            list.subList(batch, Math.min(list.size(), batch + BATCH)).forEach(row -> csv.append(csvLine(row)));
            return BenchGateway.written(gateway.post("/api/v1/imports/observations?mode=valid-rows", "text/csv",
                    csv.toString()));
        });
    }

    private static String csvLine(Row row) {
        return String.join(",", row.indicatorId(), row.regionCode(), "MONTH", Integer.toString(row.year()), "",
                Integer.toString(row.month()), "", row.value(), "PRELIMINARY", SOURCE, "") + "\n";
    }

    /** Rows per second over all batches; fails when a batch did not write every one of its rows. */
    private static double timed(int total, IntFunction<Integer> writeBatchAt) {
        long started = System.nanoTime();
        for (int batch = 0; batch < total; batch += BATCH) {
            int expected = Math.min(total, batch + BATCH) - batch;
            int written = writeBatchAt.apply(batch);
            if (written != expected) {
                throw new IllegalStateException("a batch wrote " + written + " of " + expected + " rows");
            }
        }
        return total / ((System.nanoTime() - started) / 1e9);
    }

    private static int count(String text, String needle) {
        int n = 0;
        for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
            n++;
        }
        return n;
    }

    /** COPY of the rows into a temporary table shaped like observation (columns, defaults, indexes). */
    private static double copyBaseline(Connection database, List<Row> list) throws Exception {
        try (Statement statement = database.createStatement()) {
            statement.execute("CREATE TEMP TABLE copy_baseline (LIKE observation INCLUDING ALL)");
        }
        StringBuilder data = new StringBuilder();
        java.time.Instant now = java.time.Instant.now();
        for (Row row : list) {
            data.append(String.join(",", row.indicatorId(), row.regionCode(), "MONTH",
                    row.year() + "-" + String.format("%02d", row.month()), Integer.toString(row.year()),
                    Integer.toString(row.month()), row.value(), "PRELIMINARY", SOURCE, "t", now.toString())).append('\n');
        }
        long started = System.nanoTime();
        long copied = database.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY copy_baseline (indicator_id, "
                + "region_code, period_kind, period_key, period_year, period_month, value, status, source, latest, "
                + "create_time) FROM STDIN (FORMAT csv)", new StringReader(data.toString()));
        double perSecond = copied / ((System.nanoTime() - started) / 1e9);
        try (Statement statement = database.createStatement()) {
            statement.execute("DROP TABLE copy_baseline");
        }
        return perSecond;
    }

    /** The synthetic rows, their audit rows and indicators go again: the system is left as it was. */
    private static void removeSyntheticRows(Connection database) throws Exception {
        try (Statement statement = database.createStatement()) {
            statement.execute("DELETE FROM observation WHERE indicator_id LIKE 'bench-%' AND source = '" + SOURCE + "'");
            statement.execute("DELETE FROM audit_event WHERE resource LIKE 'indicators/bench-%'");
            statement.execute("DELETE FROM indicator_alias WHERE indicator_id LIKE 'bench-%'");
            statement.execute("DELETE FROM indicator WHERE id LIKE 'bench-%' AND category = '基准测试'");
        }
    }
}

package io.planmonitor.seed.bench;

import io.grpc.ManagedChannel;
import io.grpc.netty.NettyChannelBuilder;
import io.planmonitor.indicators.v1.GetIndicatorRequest;
import io.planmonitor.indicators.v1.IndicatorServiceGrpc;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * One indicator read two ways from the same load loop, in one run against a running system (scripts/run.sh):
 * GetIndicator straight to indicators-service over gRPC (the project's own stubs), and GET /api/v1/indicators/{id}
 * through the gateway (which makes that same gRPC call). The difference of their p50 is what the gateway hop costs.
 * A benchmark, not a test: not in the test command (its name does not end in Test); scripts/bench/grpc.sh runs it and
 * the figures go to target/bench/read-path.txt. Environment: INDICATORS_HOST/INDICATORS_GRPC_PORT (localhost:8081),
 * GATEWAY (http://localhost:8080), BENCH_SECONDS (10 per run), BENCH_INDICATOR (gdp).
 */
class ReadPathBenchmark {

    private static final String INDICATOR = BenchEnv.get("BENCH_INDICATOR", "gdp");
    private static final Duration RUN = Duration.ofSeconds(Long.parseLong(BenchEnv.get("BENCH_SECONDS", "10")));

    /** One call of the path under load; throws when the answer is not the indicator. */
    interface Call {
        void once() throws Exception;
    }

    record Figures(int concurrency, long calls, double perSecond, double p50Millis, double p99Millis) {
    }

    @Test
    void printsGrpcAgainstGatewayReads() throws Exception {
        ManagedChannel channel = NettyChannelBuilder.forAddress(BenchEnv.get("INDICATORS_HOST", "localhost"),
                Integer.parseInt(BenchEnv.get("INDICATORS_GRPC_PORT", "8081"))).usePlaintext().build();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        URI uri = URI.create(BenchEnv.get("GATEWAY", "http://localhost:8080") + "/api/v1/indicators/" + INDICATOR);
        IndicatorServiceGrpc.IndicatorServiceBlockingStub stub = IndicatorServiceGrpc.newBlockingStub(channel);
        GetIndicatorRequest request = GetIndicatorRequest.newBuilder().setName("indicators/" + INDICATOR).build();
        Call grpc = () -> {
            if (!stub.getIndicator(request).getName().equals(request.getName())) {
                throw new IllegalStateException("another indicator came back");
            }
        };
        HttpRequest get = HttpRequest.newBuilder(uri).GET().build();
        Call rest = () -> {
            HttpResponse<String> response = http.send(get, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException("GET " + uri + ": " + response.statusCode());
            }
        };
        StringBuilder out = new StringBuilder(String.format("Read path: indicators/%s, %d s per run, %d cores%n",
                INDICATOR, RUN.toSeconds(), Runtime.getRuntime().availableProcessors()));
        load(grpc, 8, Duration.ofSeconds(5));
        load(rest, 8, Duration.ofSeconds(5));
        for (int concurrency : new int[] {8, 32, 64}) {
            Figures direct = load(grpc, concurrency, RUN);
            Figures gateway = load(rest, concurrency, RUN);
            out.append(line("GetIndicator (gRPC, direct)", direct));
            out.append(line("GET via gateway (REST)", gateway));
            out.append(String.format("  gateway hop at %d: p50 +%.2f ms, throughput %.0f %% of direct%n", concurrency,
                    gateway.p50Millis() - direct.p50Millis(), 100 * gateway.perSecond() / direct.perSecond()));
        }
        channel.shutdownNow();
        System.out.print(out);
        Files.createDirectories(Path.of("target", "bench"));
        Files.writeString(Path.of("target", "bench", "read-path.txt"), out, StandardCharsets.UTF_8);
    }

    static String line(String path, Figures f) {
        return String.format("  %-28s %2d concurrent: %8.0f calls/s, p50 %6.2f ms, p99 %6.2f ms (%d calls)%n", path,
                f.concurrency(), f.perSecond(), f.p50Millis(), f.p99Millis(), f.calls());
    }

    /** {@code concurrency} threads calling in a loop for {@code run}; every call's latency kept. */
    static Figures load(Call call, int concurrency, Duration run) throws Exception {
        ExecutorService threads = Executors.newFixedThreadPool(concurrency);
        long started = System.nanoTime();
        long until = started + run.toNanos();
        List<Future<long[]>> workers = new ArrayList<>();
        for (int i = 0; i < concurrency; i++) {
            workers.add(threads.submit(() -> {
                long[] latencies = new long[1 << 16];
                int n = 0;
                while (System.nanoTime() < until) {
                    long t = System.nanoTime();
                    call.once();
                    if (n == latencies.length) {
                        latencies = Arrays.copyOf(latencies, n * 2);
                    }
                    latencies[n++] = System.nanoTime() - t;
                }
                return Arrays.copyOf(latencies, n);
            }));
        }
        List<long[]> all = new ArrayList<>();
        for (Future<long[]> worker : workers) {
            all.add(worker.get());
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        threads.shutdown();
        long[] latencies = all.stream().flatMapToLong(Arrays::stream).sorted().toArray();
        return new Figures(concurrency, latencies.length, latencies.length / seconds, percentile(latencies, 50),
                percentile(latencies, 99));
    }

    private static double percentile(long[] sorted, int p) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, sorted.length * p / 100)] / 1e6;
    }
}

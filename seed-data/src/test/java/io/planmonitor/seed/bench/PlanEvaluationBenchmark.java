package io.planmonitor.seed.bench;

import io.grpc.ManagedChannel;
import io.grpc.netty.NettyChannelBuilder;
import io.planmonitor.indicators.v1.EvaluateProgressRequest;
import io.planmonitor.indicators.v1.GetPlanEvaluationRequest;
import io.planmonitor.indicators.v1.IndicatorServiceGrpc;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * What evaluating a whole plan costs, in units of evaluating one of its targets, in one run against a running system
 * with the seed dataset (scripts/run.sh): EvaluateProgress of one target of 新郑市's outline (the baseline), then
 * GetPlanEvaluation of that outline (131 targets, the plan page and the evaluation report read it) and of 2024年郑州市政府
 * 工作报告 (162). A ratio near the target count means the plan is read target by target; far below it, in bulk.
 * A benchmark, not a test: scripts/bench/evaluation.sh runs it; figures in target/bench/plan-evaluation.txt.
 * Environment: INDICATORS_HOST/INDICATORS_GRPC_PORT (localhost:8081), BENCH_SECONDS (10 per run).
 */
class PlanEvaluationBenchmark {

    private static final Duration RUN = Duration.ofSeconds(Long.parseLong(BenchEnv.get("BENCH_SECONDS", "10")));
    private static final String AS_OF = "2024-12-31";
    private static final String XINZHENG = "plans/xinzheng-14th-fyp-outline";
    private static final String WORK_REPORT = "plans/zhengzhou-2024-work-report";

    @Test
    void printsAPlansEvaluationAgainstOneTargets() throws Exception {
        ManagedChannel channel = NettyChannelBuilder.forAddress(BenchEnv.get("INDICATORS_HOST", "localhost"),
                Integer.parseInt(BenchEnv.get("INDICATORS_GRPC_PORT", "8081"))).usePlaintext()
                .maxInboundMessageSize(16 << 20).build();
        IndicatorServiceGrpc.IndicatorServiceBlockingStub stub = IndicatorServiceGrpc.newBlockingStub(channel);
        EvaluateProgressRequest one = EvaluateProgressRequest.newBuilder()
                .setTarget(XINZHENG + "/targets/t03-retail-sales").setAsOfDate(AS_OF).build();
        ReadPathBenchmark.Call target = () -> stub.evaluateProgress(one);
        ReadPathBenchmark.Call outline = () -> expect(stub, XINZHENG, 131);
        ReadPathBenchmark.Call workReport = () -> expect(stub, WORK_REPORT, 162);

        StringBuilder out = new StringBuilder(String.format("Plan evaluation as of %s, %d s per run, %d cores%n",
                AS_OF, RUN.toSeconds(), Runtime.getRuntime().availableProcessors()));
        for (ReadPathBenchmark.Call warmUp : new ReadPathBenchmark.Call[] {target, outline, workReport}) {
            ReadPathBenchmark.load(warmUp, 2, Duration.ofSeconds(5));
        }
        for (int concurrency : new int[] {1, 4}) {
            ReadPathBenchmark.Figures base = ReadPathBenchmark.load(target, concurrency, RUN);
            ReadPathBenchmark.Figures plan = ReadPathBenchmark.load(outline, concurrency, RUN);
            ReadPathBenchmark.Figures report = ReadPathBenchmark.load(workReport, concurrency, RUN);
            out.append(ReadPathBenchmark.line("EvaluateProgress (1 target)", base));
            out.append(ReadPathBenchmark.line("GetPlanEvaluation (131)", plan));
            out.append(ReadPathBenchmark.line("GetPlanEvaluation (162)", report));
            out.append(String.format("  at %d: a plan of 131 costs %.1f targets' evaluations, one of 162 %.1f (p50)%n",
                    concurrency, plan.p50Millis() / base.p50Millis(), report.p50Millis() / base.p50Millis()));
        }
        channel.shutdownNow();
        System.out.print(out);
        Files.createDirectories(Path.of("target", "bench"));
        Files.writeString(Path.of("target", "bench", "plan-evaluation.txt"), out, StandardCharsets.UTF_8);
    }

    private static void expect(IndicatorServiceGrpc.IndicatorServiceBlockingStub stub, String plan, int targets) {
        int read = stub.getPlanEvaluation(GetPlanEvaluationRequest.newBuilder().setPlan(plan).setAsOfDate(AS_OF)
                .build()).getEvaluationsCount();
        if (read != targets) {
            throw new IllegalStateException(plan + " has " + read + " targets, not " + targets);
        }
    }
}

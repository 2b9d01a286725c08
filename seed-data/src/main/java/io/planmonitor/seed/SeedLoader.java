package io.planmonitor.seed;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.planmonitor.documents.v1.DocumentServiceGrpc;
import io.planmonitor.indicators.v1.IndicatorServiceGrpc;
import io.planmonitor.indicators.v1.RecordObservationRequest;
import io.planmonitor.indicators.v1.RecordObservationsRequest;
import io.planmonitor.indicators.v1.RecordResult;
import io.planmonitor.projects.v1.ProjectServiceGrpc;
import io.grpc.ClientInterceptor;
import io.grpc.Metadata;
import io.grpc.stub.MetadataUtils;
import io.quarkus.grpc.GrpcClient;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Sends the dataset through the services' own gRPC APIs, so it passes the checks user data passes. Idempotent: every
 * record has a client-chosen id (ALREADY_EXISTS means it is there) and observations are recorded idempotently, so a
 * second load changes nothing. Order: indicators, plans (parents first), targets, observations, projects, totals.
 * A reviewed text of the public record goes through documents-service instead: submitted, its candidates reviewed
 * as its file records (ReviewReplay), so it stands in 文件审核 with its review and every value links to it.
 */
@ApplicationScoped
public class SeedLoader {

    @GrpcClient("indicators")
    IndicatorServiceGrpc.IndicatorServiceBlockingStub indicators;

    @GrpcClient("projects")
    ProjectServiceGrpc.ProjectServiceBlockingStub projects;

    @GrpcClient("documents")
    DocumentServiceGrpc.DocumentServiceBlockingStub documents;

    @ConfigProperty(name = "planmonitor.seed.call-deadline")
    Duration deadline;

    /** Writing needs an admin (or an editor of every seed region); the services verify it like any caller's. */
    @ConfigProperty(name = "planmonitor.seed.token")
    Optional<String> token;

    public LoadReport load(SeedDataset dataset) {
        LoadReport report = new LoadReport();
        Set<String> indicatorIds = new HashSet<>();
        dataset.files().forEach((fileName, file) -> file.indicators().stream()
                .filter(indicator -> indicatorIds.add(indicator.id()))
                .forEach(indicator -> create(report, "indicators", fileName + " indicator " + indicator.id(),
                        () -> indicatorStub().createIndicator(SeedRequests.indicator(indicator)))));
        dataset.files().forEach((fileName, file) -> {
            if (file.plan() != null) {
                create(report, "plans", fileName + " plan", () -> indicatorStub().createPlan(SeedRequests.plan(file)));
            }
        });
        Map<String, String> units = new HashMap<>();
        dataset.all(SeedFile::indicators).forEach(indicator -> units.putIfAbsent(indicator.id(), indicator.unit()));
        ReviewReplay replay = new ReviewReplay(documents, stub -> stub.withInterceptors(bearer())
                .withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS), units);
        dataset.files().forEach((fileName, file) -> {
            if (file.isReviewedSubmission()) {
                try {
                    report.reviewed(fileName, replay.replay(file, report, fileName));
                } catch (StatusRuntimeException e) {
                    report.failed(fileName, e.getStatus().getCode() + " " + e.getStatus().getDescription());
                } catch (IllegalArgumentException e) {
                    report.failed(fileName, e.getMessage());
                }
                return;
            }
            file.targets().forEach(target -> create(report, "targets", fileName + " target " + target.id(),
                    () -> indicatorStub().createTarget(SeedRequests.target(file, target))));
            recordObservations(report, fileName, file);
            file.projects().forEach(project -> create(report, "projects", fileName + " project " + project.id(),
                    () -> projectStub().createProject(SeedRequests.project(file, project))));
            file.projectTotals().forEach(total -> create(report, "reported totals", fileName + " total " + total.id(),
                    () -> projectStub().createReportedTotal(SeedRequests.reportedTotal(file, total))));
        });
        return report;
    }

    /** One batch per file (RecordObservations takes 5,000; no document has near that many). */
    private void recordObservations(LoadReport report, String fileName, SeedFile file) {
        if (file.observations().isEmpty()) {
            return;
        }
        List<RecordObservationRequest> requests;
        try {
            requests = file.observations().stream().map(seed -> SeedRequests.observation(file, seed)).toList();
        } catch (IllegalArgumentException e) {
            report.failed(fileName + " observations", e.getMessage());
            return;
        }
        try {
            List<RecordResult> results = indicatorStub().recordObservations(
                    RecordObservationsRequest.newBuilder().addAllRequests(requests).build()).getResultsList();
            for (RecordResult result : results) {
                SeedFile.Observation seed = file.observations().get(result.getIndex());
                switch (result.getOutcome()) {
                    case RECORD_OUTCOME_RECORDED -> report.created("observations");
                    case RECORD_OUTCOME_ALREADY_RECORDED -> report.unchanged("observations");
                    default -> report.failed(fileName + " observation " + seed.indicator() + " " + seed.period(),
                            result.getViolationsList().toString());
                }
            }
        } catch (StatusRuntimeException e) {
            report.failed(fileName + " observations", e.getStatus().toString());
        }
    }

    private void create(LoadReport report, String kind, String where, Supplier<?> call) {
        try {
            call.get();
            report.created(kind);
        } catch (StatusRuntimeException e) {
            if (e.getStatus().getCode() == Status.Code.ALREADY_EXISTS) {
                report.unchanged(kind);
            } else {
                report.failed(where, e.getStatus().getCode() + " " + e.getStatus().getDescription());
            }
        } catch (IllegalArgumentException e) {
            report.failed(where, e.getMessage());
        }
    }

    private IndicatorServiceGrpc.IndicatorServiceBlockingStub indicatorStub() {
        return indicators.withInterceptors(bearer()).withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS);
    }

    private ProjectServiceGrpc.ProjectServiceBlockingStub projectStub() {
        return projects.withInterceptors(bearer()).withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS);
    }

    private ClientInterceptor bearer() {
        Metadata headers = new Metadata();
        token.filter(value -> !value.isBlank()).ifPresent(value -> headers.put(
                Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER), "Bearer " + value.trim()));
        return MetadataUtils.newAttachHeadersInterceptor(headers);
    }
}

package io.planmonitor.documents.service;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.planmonitor.extraction.CatalogueEntry;
import io.planmonitor.indicators.v1.GetRegionRequest;
import io.planmonitor.indicators.v1.Indicator;
import io.planmonitor.indicators.v1.IndicatorServiceGrpc;
import io.planmonitor.indicators.v1.ListIndicatorsRequest;
import io.planmonitor.indicators.v1.ListIndicatorsResponse;
import io.planmonitor.support.ApiErrors;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.grpc.RegisterClientInterceptor;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The indicator catalogue of indicators-service (every page), which the extractor matches a document's wordings
 * against. Read at each submission: the catalogue grows as reviewers accept proposed indicators.
 */
@ApplicationScoped
public class CatalogueReader {

    @GrpcClient("indicators")
    @RegisterClientInterceptor(DownstreamCalls.class)
    IndicatorServiceGrpc.IndicatorServiceBlockingStub indicators;

    @ConfigProperty(name = "planmonitor.downstream.deadline")
    Duration deadline;

    /** INVALID_ARGUMENT on {@code field} when indicators-service, which keeps the regions, does not know the code. */
    public void requireRegion(String regionCode, String field) {
        try {
            indicators.withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS)
                    .getRegion(GetRegionRequest.newBuilder().setName("regions/" + regionCode).build());
        } catch (StatusRuntimeException e) {
            if (e.getStatus().getCode() == Status.Code.NOT_FOUND) {
                throw ApiErrors.invalidArgument(field, "regions/" + regionCode + " is not a region Plan Monitor knows");
            }
            throw ApiErrors.unavailable("indicators-service did not say whether region " + regionCode + " exists: "
                    + e.getStatus().getCode(), e);
        }
    }

    /** UNAVAILABLE when indicators-service cannot answer: candidates matched against no catalogue would mislead. */
    public List<CatalogueEntry> catalogue() {
        List<CatalogueEntry> entries = new ArrayList<>();
        String token = "";
        try {
            do {
                ListIndicatorsResponse page = indicators.withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS)
                        .listIndicators(ListIndicatorsRequest.newBuilder().setPageSize(1000).setPageToken(token).build());
                for (Indicator indicator : page.getIndicatorsList()) {
                    entries.add(new CatalogueEntry(indicator.getName().substring("indicators/".length()),
                            indicator.getDisplayName(), indicator.getUnit(), indicator.getAliasesList()));
                }
                token = page.getNextPageToken();
            } while (!token.isEmpty());
        } catch (StatusRuntimeException e) {
            throw ApiErrors.unavailable("indicators-service did not give its indicator catalogue, which candidates"
                    + " are matched against: " + e.getStatus().getCode(), e);
        }
        return entries;
    }
}

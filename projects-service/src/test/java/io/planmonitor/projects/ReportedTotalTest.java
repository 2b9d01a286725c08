package io.planmonitor.projects;

import static io.planmonitor.projects.GrpcAssertions.assertCode;
import static io.planmonitor.projects.GrpcAssertions.assertFieldViolation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.grpc.Status;
import io.planmonitor.common.v1.Decimal;
import io.planmonitor.common.v1.Money;
import io.planmonitor.common.v1.Provenance;
import io.planmonitor.localpostgres.EmbeddedPostgresTestResource;
import io.planmonitor.projects.v1.CreateReportedTotalRequest;
import io.planmonitor.projects.v1.ListReportedTotalsRequest;
import io.planmonitor.projects.v1.ProjectServiceGrpc;
import io.planmonitor.projects.v1.ReportedTotal;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Totals the documents report for programmes of projects, kept as reported, against a real PostgreSQL. */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedPostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "projects"))
class ReportedTotalTest {

    private static final String QUOTE = "接续开展4期“三个一批”活动，选报项目455个、总投资5549.8亿元";

    @GrpcClient("projects")
    ProjectServiceGrpc.ProjectServiceBlockingStub projects;

    @Test
    void aReportedTotalIsKeptAsTheDocumentGivesIt() {
        ReportedTotal created = projects.createReportedTotal(CreateReportedTotalRequest.newBuilder()
                .setReportedTotalId("zz-2023-three-batches")
                .setReportedTotal(threeBatches())
                .build());
        assertEquals("reported-totals/zz-2023-three-batches", created.getName());
        assertEquals(455, created.getProjectCount());
        assertEquals(4, created.getBatchCount());
        assertEquals("554980000000.00", created.getTotalInvestment().getAmount().getValue());
        assertFalse(created.hasCompletedInvestment());
        assertEquals(QUOTE, created.getProvenance().getQuote());

        projects.createReportedTotal(CreateReportedTotalRequest.newBuilder().setReportedTotalId("zz-2024-reserve")
                .setReportedTotal(threeBatches().toBuilder().setProgramme("储备项目").setYear(2024).clearBatchCount()
                        .setProjectCount(3800).clearTotalInvestment())
                .build());
        List<ReportedTotal> of2023 = projects.listReportedTotals(ListReportedTotalsRequest.newBuilder()
                .setRegionCode("410100").setYear(2023).build()).getReportedTotalsList();
        assertEquals(List.of(created), of2023.stream().filter(t -> t.getName().startsWith("reported-totals/zz-")).toList());
        assertEquals(List.of("reported-totals/zz-2023-three-batches", "reported-totals/zz-2024-reserve"),
                projects.listReportedTotals(ListReportedTotalsRequest.newBuilder().setRegionCode("410100").build())
                        .getReportedTotalsList().stream().map(ReportedTotal::getName)
                        .filter(name -> name.startsWith("reported-totals/zz-")).toList(), "oldest year first");
        assertCode(Status.Code.ALREADY_EXISTS, () -> projects.createReportedTotal(CreateReportedTotalRequest
                .newBuilder().setReportedTotalId("zz-2023-three-batches").setReportedTotal(threeBatches()).build()));
    }

    @Test
    void badTotalsNameTheFieldAndWriteNothing() {
        assertFieldViolation("reported_total.programme", () -> create("no-programme",
                threeBatches().toBuilder().setProgramme("")));
        assertFieldViolation("reported_total.region_code", () -> create("bad-region",
                threeBatches().toBuilder().setRegionCode("4101")));
        assertFieldViolation("reported_total.year", () -> create("bad-year", threeBatches().toBuilder().setYear(23)));
        assertFieldViolation("reported_total.project_count", () -> create("negative-count",
                threeBatches().toBuilder().setProjectCount(-1)));
        assertFieldViolation("reported_total.total_investment.amount", () -> create("negative-money",
                threeBatches().toBuilder().setTotalInvestment(yuan("-1"))));
        assertFieldViolation("reported_total.provenance.quote", () -> create("no-quote",
                threeBatches().toBuilder().setProvenance(Provenance.newBuilder().setDocument("2024年郑州市政府工作报告"))));
        assertEquals(List.of(), projects.listReportedTotals(ListReportedTotalsRequest.newBuilder().build())
                .getReportedTotalsList().stream().filter(t -> t.getName().contains("bad-")
                        || t.getName().contains("no-") || t.getName().contains("negative-")).toList());
    }

    private void create(String id, ReportedTotal.Builder total) {
        projects.createReportedTotal(CreateReportedTotalRequest.newBuilder().setReportedTotalId(id)
                .setReportedTotal(total).build());
    }

    private static ReportedTotal threeBatches() {
        return ReportedTotal.newBuilder()
                .setProgramme("三个一批")
                .setRegionCode("410100")
                .setYear(2023)
                .setBatchCount(4)
                .setProjectCount(455)
                .setTotalInvestment(yuan("554980000000"))
                .setProvenance(Provenance.newBuilder().setDocument("2024年郑州市政府工作报告").setQuote(QUOTE))
                .build();
    }

    private static Money yuan(String amount) {
        return Money.newBuilder().setCurrencyCode("CNY").setAmount(Decimal.newBuilder().setValue(amount)).build();
    }
}

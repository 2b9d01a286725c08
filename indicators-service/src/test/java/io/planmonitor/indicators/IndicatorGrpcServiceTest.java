package io.planmonitor.indicators;

import static io.planmonitor.indicators.GrpcAssertions.assertCode;
import static io.planmonitor.indicators.GrpcAssertions.assertFieldViolation;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.Status;
import grpc.health.v1.HealthOuterClass.HealthCheckRequest;
import grpc.health.v1.HealthOuterClass.HealthCheckResponse;
import grpc.health.v1.HealthGrpc;
import io.planmonitor.common.v1.Decimal;
import io.planmonitor.indicators.v1.CreateIndicatorRequest;
import io.planmonitor.indicators.v1.Direction;
import io.planmonitor.indicators.v1.GetIndicatorRequest;
import io.planmonitor.indicators.v1.Indicator;
import io.planmonitor.indicators.v1.IndicatorServiceGrpc;
import io.planmonitor.indicators.v1.ListIndicatorsRequest;
import io.planmonitor.indicators.v1.ListIndicatorsResponse;
import io.planmonitor.localpostgres.EmbeddedPostgresTestResource;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The indicators gRPC API against a real PostgreSQL, through a real gRPC channel. */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedPostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "indicators"))
class IndicatorGrpcServiceTest {

    @GrpcClient("indicators")
    IndicatorServiceGrpc.IndicatorServiceBlockingStub indicators;

    @GrpcClient("indicators")
    HealthGrpc.HealthBlockingStub health;

    @Test
    void createdIndicatorIsReadBackWithEveryField() {
        Indicator created = indicators.createIndicator(create("retail-sales", "社会消费品零售总额", "亿元"));

        assertEquals("indicators/retail-sales", created.getName());
        assertEquals("社会消费品零售总额", created.getDisplayName());
        assertEquals("亿元", created.getUnit());
        assertEquals("民生福祉", created.getCategory());
        assertEquals(Direction.DIRECTION_HIGHER_IS_BETTER, created.getDirection());
        assertTrue(created.getCreateTime().getSeconds() > 0);
        assertFalse(created.getEtag().isEmpty());

        Indicator read = indicators.getIndicator(GetIndicatorRequest.newBuilder().setName(created.getName()).build());
        assertEquals(created, read);
    }

    @Test
    void codeAndUnitMultiplierAreKeptAndChecked() {
        CreateIndicatorRequest request = create("fixed-asset-investment", "固定资产投资", "亿元");
        Indicator created = indicators.createIndicator(request.toBuilder().setIndicator(request.getIndicator().toBuilder()
                .setCode("FAI").setBaseUnit("元").setUnitMultiplier(Decimal.newBuilder().setValue("100000000"))).build());
        assertEquals("FAI", created.getCode());
        assertEquals("元", created.getBaseUnit());
        assertEquals("100000000", created.getUnitMultiplier().getValue());

        CreateIndicatorRequest sameCode = create("fixed-asset-investment-2", "固定资产投资额", "亿元");
        assertCode(Status.Code.ALREADY_EXISTS, () -> indicators.createIndicator(sameCode.toBuilder()
                .setIndicator(sameCode.getIndicator().toBuilder().setCode("FAI")).build()));
        assertFieldViolation("indicator.base_unit", () -> indicators.createIndicator(sameCode.toBuilder()
                .setIndicator(sameCode.getIndicator().toBuilder()
                        .setUnitMultiplier(Decimal.newBuilder().setValue("10000"))).build()));
        assertFieldViolation("indicator.unit_multiplier", () -> indicators.createIndicator(sameCode.toBuilder()
                .setIndicator(sameCode.getIndicator().toBuilder().setBaseUnit("元")
                        .setUnitMultiplier(Decimal.newBuilder().setValue("-1"))).build()));
        assertFieldViolation("indicator.code", () -> indicators.createIndicator(sameCode.toBuilder()
                .setIndicator(sameCode.getIndicator().toBuilder().setCode("固定 资产")).build()));
    }

    @Test
    void serviceChoosesAnIdWhenNoneIsGiven() {
        Indicator created = indicators.createIndicator(create("", "全员劳动生产率", "万元/人"));
        assertTrue(created.getName().matches("indicators/[a-z][a-z0-9-]+"), created.getName());
    }

    @Test
    void takenIdIsAlreadyExists() {
        indicators.createIndicator(create("fiscal-revenue", "公共财政预算收入", "亿元"));
        assertCode(Status.Code.ALREADY_EXISTS,
                () -> indicators.createIndicator(create("fiscal-revenue", "公共财政预算收入", "亿元")));
    }

    @Test
    void missingDisplayNameIsInvalidArgumentNamingTheField() {
        assertFieldViolation("indicator.display_name",
                () -> indicators.createIndicator(create("no-name", "  ", "%")));
    }

    @Test
    void missingDirectionIsInvalidArgumentNamingTheField() {
        CreateIndicatorRequest request = create("no-direction", "居民消费率", "%").toBuilder()
                .setIndicator(create("no-direction", "居民消费率", "%").getIndicator().toBuilder()
                        .setDirection(Direction.DIRECTION_UNSPECIFIED))
                .build();
        assertFieldViolation("indicator.direction", () -> indicators.createIndicator(request));
    }

    @Test
    void malformedIdIsInvalidArgumentNamingTheField() {
        assertFieldViolation("indicator_id", () -> indicators.createIndicator(create("GDP Growth", "地区生产总值增长率", "%")));
    }

    @Test
    void unknownIndicatorIsNotFound() {
        assertCode(Status.Code.NOT_FOUND,
                () -> indicators.getIndicator(GetIndicatorRequest.newBuilder().setName("indicators/nothing-here").build()));
    }

    @Test
    void malformedNameIsInvalidArgument() {
        assertFieldViolation("name",
                () -> indicators.getIndicator(GetIndicatorRequest.newBuilder().setName("plans/gdp").build()));
    }

    @Test
    void listingWalksEveryPageOnce() {
        for (int i = 0; i < 5; i++) {
            indicators.createIndicator(create("page-walk-" + i, "指标" + i, "个"));
        }
        List<String> seen = new ArrayList<>();
        String token = "";
        int pages = 0;
        do {
            ListIndicatorsResponse page = indicators.listIndicators(
                    ListIndicatorsRequest.newBuilder().setPageSize(2).setPageToken(token).build());
            assertTrue(page.getIndicatorsCount() <= 2);
            assertEquals(page.getTotalSize(), countAll());
            page.getIndicatorsList().forEach(i -> seen.add(i.getName()));
            token = page.getNextPageToken();
            pages++;
        } while (!token.isEmpty());

        assertEquals(seen.stream().distinct().count(), seen.size(), "no indicator twice");
        assertEquals(countAll(), seen.size());
        assertEquals((seen.size() + 1) / 2, pages);
        for (int i = 0; i < 5; i++) {
            assertTrue(seen.contains("indicators/page-walk-" + i));
        }
    }

    @Test
    void foreignPageTokenIsInvalidArgument() {
        assertFieldViolation("page_token", () -> indicators.listIndicators(
                ListIndicatorsRequest.newBuilder().setPageToken("bm90LWEtdG9rZW4").build()));
    }

    @Test
    void negativePageSizeIsInvalidArgument() {
        assertFieldViolation("page_size", () -> indicators.listIndicators(
                ListIndicatorsRequest.newBuilder().setPageSize(-1).build()));
    }

    @Test
    void healthChecksIncludeTheDatabaseAndTheGrpcHealthService() {
        RestAssured.get("/q/health/ready").then().statusCode(200)
                .body("status", equalTo("UP"))
                .body("checks.name", hasItem("Database connections health check"));
        RestAssured.get("/q/health/live").then().statusCode(200).body("status", equalTo("UP"));
        assertEquals(HealthCheckResponse.ServingStatus.SERVING,
                health.check(HealthCheckRequest.newBuilder().build()).getStatus());
    }

    private int countAll() {
        return indicators.listIndicators(ListIndicatorsRequest.newBuilder().setPageSize(1).build()).getTotalSize();
    }

    private static CreateIndicatorRequest create(String id, String displayName, String unit) {
        return CreateIndicatorRequest.newBuilder()
                .setIndicatorId(id)
                .setIndicator(Indicator.newBuilder()
                        .setDisplayName(displayName)
                        .setUnit(unit)
                        .setCategory("民生福祉")
                        .setDirection(Direction.DIRECTION_HIGHER_IS_BETTER))
                .build();
    }

}

package io.planmonitor.indicators;

import static io.planmonitor.indicators.GrpcAssertions.assertCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.Status;
import io.planmonitor.common.v1.AuditEvent;
import io.planmonitor.common.v1.Decimal;
import io.planmonitor.common.v1.ListAuditEventsRequest;
import io.planmonitor.common.v1.YearSpan;
import io.planmonitor.devauth.DevKeys;
import io.planmonitor.devauth.DevTokens;
import io.planmonitor.devauth.HostileTokens;
import io.planmonitor.devauth.JwtTestKeys;
import io.planmonitor.indicators.v1.Comparator;
import io.planmonitor.indicators.v1.CreateIndicatorRequest;
import io.planmonitor.indicators.v1.CreatePlanRequest;
import io.planmonitor.indicators.v1.CreateRegionRequest;
import io.planmonitor.indicators.v1.CreateTargetRequest;
import io.planmonitor.indicators.v1.DeleteTargetRequest;
import io.planmonitor.indicators.v1.Direction;
import io.planmonitor.indicators.v1.GetPlanRequest;
import io.planmonitor.indicators.v1.Indicator;
import io.planmonitor.indicators.v1.IndicatorServiceGrpc;
import io.planmonitor.indicators.v1.ListPlansRequest;
import io.planmonitor.indicators.v1.Observation;
import io.planmonitor.indicators.v1.ObservationStatus;
import io.planmonitor.indicators.v1.Period;
import io.planmonitor.indicators.v1.PeriodKind;
import io.planmonitor.indicators.v1.Plan;
import io.planmonitor.indicators.v1.PlanKind;
import io.planmonitor.indicators.v1.RecordObservationRequest;
import io.planmonitor.indicators.v1.Region;
import io.planmonitor.indicators.v1.RegionLevel;
import io.planmonitor.indicators.v1.Target;
import io.planmonitor.indicators.v1.TargetAttribute;
import io.planmonitor.indicators.v1.TargetForm;
import io.planmonitor.indicators.v1.UpdateIndicatorRequest;
import io.planmonitor.indicators.v1.UpdatePlanRequest;
import io.planmonitor.localpostgres.EmbeddedPostgresTestResource;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * A caller reaching indicators-service directly over gRPC meets the same rules as through the gateway: tokens are
 * verified here, an editor writes only the data of its regions, shared reference data is the admin's, and every
 * write leaves an audit row naming its caller.
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@QuarkusTestResource(value = EmbeddedPostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "indicators"))
class AccessAndAuditGrpcTest {

    private static final String JINSHUI = "410105";
    private static final String XINZHENG = "410184";
    private static final DevTokens TOKENS = JwtTestKeys.tokens();

    @GrpcClient("indicators")
    IndicatorServiceGrpc.IndicatorServiceBlockingStub service;

    @BeforeAll
    void catalogueAndPlans() {
        service.createIndicator(CreateIndicatorRequest.newBuilder().setIndicatorId("acc-gdp")
                .setIndicator(Indicator.newBuilder().setDisplayName("访问测试地区生产总值").setUnit("亿元")
                        .setDirection(Direction.DIRECTION_HIGHER_IS_BETTER)).build());
        service.createPlan(plan("acc-xinzheng-plan", XINZHENG));
    }

    @Test
    void aWriteWithoutAValidTokenIsUnauthenticatedAndWritesNothing() throws Exception {
        assertCode(Status.Code.UNAUTHENTICATED, () -> as(null).createPlan(plan("acc-anonymous", JINSHUI)));
        String expired = TOKENS.expired("late-editor", List.of("editor"), List.of(JINSHUI));
        assertCode(Status.Code.UNAUTHENTICATED, () -> as(expired).createPlan(plan("acc-expired", JINSHUI)));
        Path otherKeys = Files.createTempDirectory("forger-keys");
        String forged = new DevTokens(DevKeys.inDirectory(otherKeys)).mint("forger", List.of("admin"), List.of(),
                Duration.ofHours(1));
        assertCode(Status.Code.UNAUTHENTICATED, () -> as(forged).createPlan(plan("acc-forged", JINSHUI)));
        String otherIssuer = new DevTokens(DevKeys.inDirectory(Path.of("target", "test-keys")), "https://elsewhere")
                .mint("stranger", List.of("admin"), List.of(), Duration.ofHours(1));
        assertCode(Status.Code.UNAUTHENTICATED, () -> as(otherIssuer).createPlan(plan("acc-issuer", JINSHUI)));
        // Admin claims valid in time, given away only by their signature: none, HS256 keyed with the public key,
        // a viewer's genuine signature under rewritten claims.
        HostileTokens hostile = new HostileTokens(JwtTestKeys.keys());
        assertCode(Status.Code.UNAUTHENTICATED, () -> as(hostile.unsigned("none")).createPlan(plan("acc-none",
                JINSHUI)));
        assertCode(Status.Code.UNAUTHENTICATED, () -> as(hostile.hmacWithThePublicKey("hmac")).createPlan(
                plan("acc-hmac", JINSHUI)));
        assertCode(Status.Code.UNAUTHENTICATED, () -> as(hostile.viewerRaisedToAdmin("raised")).createPlan(
                plan("acc-raised", JINSHUI)));
        for (String id : List.of("acc-anonymous", "acc-expired", "acc-forged", "acc-issuer", "acc-none", "acc-hmac",
                "acc-raised")) {
            assertCode(Status.Code.NOT_FOUND, () -> service.getPlan(GetPlanRequest.newBuilder()
                    .setName("plans/" + id).build()));
        }
        // Reads are open in this configuration: no token needed.
        assertTrue(as(null).listPlans(ListPlansRequest.getDefaultInstance()).getPlansCount() > 0);
    }

    @Test
    void aViewerMayNotWrite() {
        String viewer = TOKENS.mint("reader", List.of("viewer"), List.of(JINSHUI), Duration.ofHours(1));
        assertCode(Status.Code.PERMISSION_DENIED, () -> as(viewer).createPlan(plan("acc-viewer", JINSHUI)));
    }

    @Test
    void anEditorWritesItsOwnRegionOnly() {
        IndicatorServiceGrpc.IndicatorServiceBlockingStub jinshuiEditor = as(editor("jinshui-editor", JINSHUI));
        Plan own = jinshuiEditor.createPlan(plan("acc-jinshui-plan", JINSHUI));
        assertEquals("regions/" + JINSHUI, own.getRegion());

        assertCode(Status.Code.PERMISSION_DENIED, () -> jinshuiEditor.createPlan(plan("acc-cross", XINZHENG)));
        assertCode(Status.Code.NOT_FOUND, () -> service.getPlan(GetPlanRequest.newBuilder()
                .setName("plans/acc-cross").build()));
        assertCode(Status.Code.PERMISSION_DENIED, () -> jinshuiEditor.updatePlan(UpdatePlanRequest.newBuilder()
                .setPlan(Plan.newBuilder().setName("plans/acc-xinzheng-plan").setIssuer("金水区人民政府")).build()));
        assertCode(Status.Code.PERMISSION_DENIED, () -> jinshuiEditor.createTarget(target("plans/acc-xinzheng-plan",
                "gdp")));
        assertCode(Status.Code.PERMISSION_DENIED, () -> jinshuiEditor.recordObservation(observation(XINZHENG)));
        Observation ownValue = jinshuiEditor.recordObservation(observation(JINSHUI));
        assertEquals("regions/" + JINSHUI, ownValue.getRegion());

        // Shared reference data: an editor may add a catalogue entry, but not change one or add a region.
        jinshuiEditor.createIndicator(CreateIndicatorRequest.newBuilder().setIndicatorId("acc-new-entry")
                .setIndicator(Indicator.newBuilder().setDisplayName("金水区新增指标").setUnit("个")
                        .setDirection(Direction.DIRECTION_HIGHER_IS_BETTER)).build());
        assertCode(Status.Code.PERMISSION_DENIED, () -> jinshuiEditor.updateIndicator(UpdateIndicatorRequest.newBuilder()
                .setIndicator(Indicator.newBuilder().setName("indicators/acc-gdp").setUnit("万元")).build()));
        assertCode(Status.Code.PERMISSION_DENIED, () -> jinshuiEditor.createRegion(CreateRegionRequest.newBuilder()
                .setRegionCode("410106").setRegion(Region.newBuilder().setDisplayName("上街区")
                        .setLevel(RegionLevel.REGION_LEVEL_COUNTY).setParent("regions/410100")).build()));
    }

    @Test
    void everyWriteIsAuditedWithItsCallerAndTheResourceBeforeAndAfter() {
        IndicatorServiceGrpc.IndicatorServiceBlockingStub editor = as(editor("audit-editor", JINSHUI));
        Plan plan = editor.createPlan(plan("acc-audited-plan", JINSHUI));
        Plan updated = editor.updatePlan(UpdatePlanRequest.newBuilder()
                .setPlan(Plan.newBuilder().setName(plan.getName()).setIssuer("金水区人民政府")).build());
        Target target = editor.createTarget(target(plan.getName(), "gdp"));
        editor.deleteTarget(DeleteTargetRequest.newBuilder().setName(target.getName()).build());
        assertCode(Status.Code.PERMISSION_DENIED, () -> editor.createPlan(plan("acc-refused", XINZHENG)));

        List<AuditEvent> planEvents = service.listAuditEvents(ListAuditEventsRequest.newBuilder()
                .setResource(plan.getName()).build()).getAuditEventsList();
        assertEquals(2, planEvents.size(), planEvents.toString());
        AuditEvent update = planEvents.get(0);
        assertEquals("planmonitor.indicators.v1.IndicatorService/UpdatePlan", update.getMethod());
        assertEquals("audit-editor", update.getActor());
        assertEquals(List.of("editor"), update.getActorRolesList());
        assertFalse(update.getBefore().containsFields("issuer"), "no issuer before");
        assertEquals("金水区人民政府", update.getAfter().getFieldsOrThrow("issuer").getStringValue());
        assertEquals(updated.getEtag(), update.getAfter().getFieldsOrThrow("etag").getStringValue());
        AuditEvent create = planEvents.get(1);
        assertEquals("planmonitor.indicators.v1.IndicatorService/CreatePlan", create.getMethod());
        assertFalse(create.hasBefore());
        assertEquals(plan.getDisplayName(), create.getAfter().getFieldsOrThrow("displayName").getStringValue());

        List<AuditEvent> targetEvents = service.listAuditEvents(ListAuditEventsRequest.newBuilder()
                .setResource(target.getName()).build()).getAuditEventsList();
        assertEquals(List.of("DeleteTarget", "CreateTarget"), targetEvents.stream()
                .map(event -> event.getMethod().substring(event.getMethod().indexOf('/') + 1)).toList());
        assertFalse(targetEvents.get(0).hasAfter());
        assertEquals(target.getName(), targetEvents.get(0).getBefore().getFieldsOrThrow("name").getStringValue());

        // The refused write left no row; the caller's rows page newest first.
        assertEquals(0, service.listAuditEvents(ListAuditEventsRequest.newBuilder()
                .setResource("plans/acc-refused").build()).getTotalSize());
        var firstPage = service.listAuditEvents(ListAuditEventsRequest.newBuilder().setActor("audit-editor")
                .setPageSize(3).build());
        assertEquals(4, firstPage.getTotalSize());
        var secondPage = service.listAuditEvents(ListAuditEventsRequest.newBuilder().setActor("audit-editor")
                .setPageSize(3).setPageToken(firstPage.getNextPageToken()).build());
        assertEquals(1, secondPage.getAuditEventsCount());
        assertEquals("", secondPage.getNextPageToken());
        assertEquals(plan.getName(), secondPage.getAuditEvents(0).getResource());
    }

    private static String editor(String name, String region) {
        return TOKENS.mint(name, List.of("editor"), List.of(region), Duration.ofHours(1));
    }

    /** The stub calling with {@code token}; with null, calling with no token at all. */
    private IndicatorServiceGrpc.IndicatorServiceBlockingStub as(String token) {
        return service.withInterceptors(AdminTokenByDefault.callingWith(token));
    }

    private static CreatePlanRequest plan(String id, String region) {
        return CreatePlanRequest.newBuilder().setPlanId(id)
                .setPlan(Plan.newBuilder().setDisplayName("访问测试计划 " + id).setKind(PlanKind.PLAN_KIND_ANNUAL_PLAN)
                        .setRegion("regions/" + region).setPeriod(YearSpan.newBuilder().setStartYear(2024)
                                .setEndYear(2024)))
                .build();
    }

    private static CreateTargetRequest target(String plan, String id) {
        return CreateTargetRequest.newBuilder().setParent(plan).setTargetId(id)
                .setTarget(Target.newBuilder().setIndicator("indicators/acc-gdp").setBaselineYear(2023)
                        .setTargetYear(2024).setTargetValue(Decimal.newBuilder().setValue("6"))
                        .setForm(TargetForm.TARGET_FORM_ANNUAL_GROWTH).setComparator(Comparator.COMPARATOR_AT_LEAST)
                        .setAttribute(TargetAttribute.TARGET_ATTRIBUTE_EXPECTED).setUnit("%"))
                .build();
    }

    private static RecordObservationRequest observation(String region) {
        return RecordObservationRequest.newBuilder().setParent("indicators/acc-gdp")
                .setObservation(Observation.newBuilder().setRegion("regions/" + region)
                        .setPeriod(Period.newBuilder().setKind(PeriodKind.PERIOD_KIND_YEAR).setYear(2023))
                        .setValue(Decimal.newBuilder().setValue("100"))
                        .setStatus(ObservationStatus.OBSERVATION_STATUS_PRELIMINARY).setSource("访问测试"))
                .build();
    }
}

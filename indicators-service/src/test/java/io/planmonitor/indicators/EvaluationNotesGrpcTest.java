package io.planmonitor.indicators;

import static io.planmonitor.indicators.GrpcAssertions.assertCode;
import static io.planmonitor.indicators.GrpcAssertions.assertFieldViolation;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.grpc.Status;
import io.planmonitor.common.v1.Decimal;
import io.planmonitor.common.v1.YearSpan;
import io.planmonitor.devauth.DevTokens;
import io.planmonitor.devauth.JwtTestKeys;
import io.planmonitor.indicators.v1.Comparator;
import io.planmonitor.indicators.v1.CreateIndicatorRequest;
import io.planmonitor.indicators.v1.CreatePlanRequest;
import io.planmonitor.indicators.v1.CreateTargetRequest;
import io.planmonitor.indicators.v1.Direction;
import io.planmonitor.indicators.v1.EvaluationNote;
import io.planmonitor.indicators.v1.Indicator;
import io.planmonitor.indicators.v1.IndicatorServiceGrpc;
import io.planmonitor.indicators.v1.ListEvaluationNoteVersionsRequest;
import io.planmonitor.indicators.v1.ListEvaluationNotesRequest;
import io.planmonitor.indicators.v1.Plan;
import io.planmonitor.indicators.v1.PlanKind;
import io.planmonitor.indicators.v1.Target;
import io.planmonitor.indicators.v1.TargetAttribute;
import io.planmonitor.indicators.v1.TargetForm;
import io.planmonitor.indicators.v1.WriteEvaluationNoteRequest;
import io.planmonitor.localpostgres.EmbeddedPostgresTestResource;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Staff's 原因分析 and 下一步措施 kept with a plan's evaluation: versions with their authors, a stale etag refused
 * rather than overwritten, only the plan's region's editors writing. The texts are made up (API 示例数据).
 */
@QuarkusTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@QuarkusTestResource(value = EmbeddedPostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "indicators"))
class EvaluationNotesGrpcTest {

    private static final DevTokens TOKENS = JwtTestKeys.tokens();
    private static final String MID_TERM = "plans/note-plan/evaluations/mid-term";

    @GrpcClient("indicators")
    IndicatorServiceGrpc.IndicatorServiceBlockingStub service;

    @BeforeAll
    void planWithOneTarget() {
        service.createIndicator(CreateIndicatorRequest.newBuilder().setIndicatorId("note-output")
                .setIndicator(Indicator.newBuilder().setDisplayName("评估意见测试指标（API 示例数据）").setUnit("亿元")
                        .setDirection(Direction.DIRECTION_HIGHER_IS_BETTER)).build());
        service.createPlan(CreatePlanRequest.newBuilder().setPlanId("note-plan")
                .setPlan(Plan.newBuilder().setDisplayName("评估意见测试规划（API 示例数据）")
                        .setKind(PlanKind.PLAN_KIND_FIVE_YEAR_PLAN_OUTLINE).setRegion("regions/410184")
                        .setPeriod(YearSpan.newBuilder().setStartYear(2021).setEndYear(2025)))
                .build());
        service.createTarget(CreateTargetRequest.newBuilder().setParent("plans/note-plan").setTargetId("output")
                .setTarget(Target.newBuilder().setIndicator("indicators/note-output").setBaselineYear(2020)
                        .setBaselineValue(Decimal.newBuilder().setValue("100")).setTargetYear(2025)
                        .setTargetValue(Decimal.newBuilder().setValue("150")).setForm(TargetForm.TARGET_FORM_LEVEL)
                        .setComparator(Comparator.COMPARATOR_AT_LEAST)
                        .setAttribute(TargetAttribute.TARGET_ATTRIBUTE_EXPECTED).setUnit("亿元"))
                .build());
    }

    @Test
    void eachWriteIsAVersionWithItsAuthorAndAStaleEtagIsRefused() {
        var first = as(editor("zonghechu-a", "410184")).writeEvaluationNote(write(MID_TERM + "/notes/output",
                "受疫情影响，2022年增速回落（示例）", "", ""));
        assertEquals(List.of(1, "zonghechu-a", "1"), List.of(first.getVersion(), first.getAuthor(), first.getEtag()));
        var second = as(editor("zonghechu-b", "410184")).writeEvaluationNote(write(MID_TERM + "/notes/output",
                "受疫情影响，2022年增速回落，2023年恢复（示例）", "加快重大项目建设（示例）", "1"));
        assertEquals(2, second.getVersion());
        // A writer still holding version 1 does not replace version 2.
        assertCode(Status.Code.ABORTED, () -> service.writeEvaluationNote(write(MID_TERM + "/notes/output",
                "旧稿（示例）", "", "1")));
        // "0": the writer started from no note, and there is one.
        assertCode(Status.Code.ABORTED, () -> service.writeEvaluationNote(write(MID_TERM + "/notes/output",
                "新稿（示例）", "", "0")));
        service.writeEvaluationNote(write(MID_TERM + "/notes/overall", "总体进展符合预期（示例）", "", "0"));

        var notes = service.listEvaluationNotes(ListEvaluationNotesRequest.newBuilder().setParent(MID_TERM).build())
                .getNotesList();
        assertEquals(List.of(MID_TERM + "/notes/overall", MID_TERM + "/notes/output"),
                notes.stream().map(EvaluationNote::getName).toList());
        assertEquals("加快重大项目建设（示例）", notes.get(1).getMeasuresZh());
        assertEquals(List.of(2, 1), service.listEvaluationNoteVersions(ListEvaluationNoteVersionsRequest.newBuilder()
                        .setName(MID_TERM + "/notes/output").build()).getVersionsList().stream()
                .map(EvaluationNote::getVersion).toList());
        assertEquals(List.of("zonghechu-b", "zonghechu-a"), service.listEvaluationNoteVersions(
                ListEvaluationNoteVersionsRequest.newBuilder().setName(MID_TERM + "/notes/output").build())
                .getVersionsList().stream().map(EvaluationNote::getAuthor).toList());
        // The final evaluation's notes are its own.
        assertEquals(0, service.listEvaluationNotes(ListEvaluationNotesRequest.newBuilder()
                .setParent("plans/note-plan/evaluations/final").build()).getNotesCount());
    }

    @Test
    void onlyTheRegionsEditorsWriteAndBadNotesNameTheField() {
        assertCode(Status.Code.PERMISSION_DENIED, () -> as(editor("jinshui-editor", "410105"))
                .writeEvaluationNote(write(MID_TERM + "/notes/overall", "越权（示例）", "", "")));
        assertCode(Status.Code.UNAUTHENTICATED, () -> as(null)
                .writeEvaluationNote(write(MID_TERM + "/notes/overall", "匿名（示例）", "", "")));
        assertCode(Status.Code.NOT_FOUND, () -> service.writeEvaluationNote(write(
                MID_TERM + "/notes/no-such-target", "x", "", "")));
        assertCode(Status.Code.NOT_FOUND, () -> service.writeEvaluationNote(write(
                "plans/no-such-plan/evaluations/final/notes/overall", "x", "", "")));
        assertFieldViolation("note.name", () -> service.writeEvaluationNote(write(
                "plans/note-plan/evaluations/yearly/notes/overall", "x", "", "")));
        assertFieldViolation("note.reasons_zh", () -> service.writeEvaluationNote(write(
                MID_TERM + "/notes/overall", "原".repeat(4001), "", "")));
        assertFieldViolation("note.measures_zh", () -> service.writeEvaluationNote(write(
                MID_TERM + "/notes/overall", "", "a\u0000b", "")));
        assertFieldViolation("parent", () -> service.listEvaluationNotes(ListEvaluationNotesRequest.newBuilder()
                .setParent("plans/note-plan").build()));
        assertCode(Status.Code.NOT_FOUND, () -> service.listEvaluationNoteVersions(
                ListEvaluationNoteVersionsRequest.newBuilder().setName("plans/note-plan/evaluations/final/notes/output")
                        .build()));
        // Reading needs no token.
        as(null).listEvaluationNotes(ListEvaluationNotesRequest.newBuilder().setParent(MID_TERM).build());
    }

    private static WriteEvaluationNoteRequest write(String name, String reasons, String measures, String etag) {
        return WriteEvaluationNoteRequest.newBuilder().setNote(EvaluationNote.newBuilder().setName(name)
                .setReasonsZh(reasons).setMeasuresZh(measures)).setEtag(etag).build();
    }

    private static String editor(String name, String region) {
        return TOKENS.mint(name, List.of("editor"), List.of(region), Duration.ofHours(1));
    }

    private IndicatorServiceGrpc.IndicatorServiceBlockingStub as(String token) {
        return service.withInterceptors(AdminTokenByDefault.callingWith(token));
    }
}

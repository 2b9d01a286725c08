package io.planmonitor.projects;

import static io.planmonitor.projects.GrpcAssertions.assertCode;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.planmonitor.common.v1.AuditEvent;
import io.planmonitor.common.v1.Decimal;
import io.planmonitor.common.v1.ListAuditEventsRequest;
import io.planmonitor.common.v1.Money;
import io.planmonitor.common.v1.Provenance;
import io.planmonitor.devauth.DevTokens;
import io.planmonitor.devauth.HostileTokens;
import io.planmonitor.devauth.JwtTestKeys;
import io.planmonitor.localpostgres.EmbeddedPostgresTestResource;
import io.planmonitor.projects.v1.AddBatchProjectRequest;
import io.planmonitor.projects.v1.Batch;
import io.planmonitor.projects.v1.BatchMember;
import io.planmonitor.projects.v1.BatchRole;
import io.planmonitor.projects.v1.ChangeProjectStageRequest;
import io.planmonitor.projects.v1.CompleteMilestoneRequest;
import io.planmonitor.projects.v1.CreateBatchRequest;
import io.planmonitor.projects.v1.CreateMilestoneRequest;
import io.planmonitor.projects.v1.CreateProjectRequest;
import io.planmonitor.projects.v1.CreateReportedTotalRequest;
import io.planmonitor.projects.v1.GetProjectRequest;
import io.planmonitor.projects.v1.Milestone;
import io.planmonitor.projects.v1.MilestoneKind;
import io.planmonitor.projects.v1.Project;
import io.planmonitor.projects.v1.ProjectServiceGrpc;
import io.planmonitor.projects.v1.ProjectStage;
import io.planmonitor.projects.v1.ReportInvestmentRequest;
import io.planmonitor.projects.v1.ReportedTotal;
import io.planmonitor.projects.v1.SetInvestmentPlanRequest;
import io.planmonitor.projects.v1.UpdateProjectRequest;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every write method of projects-service, called directly over gRPC by each kind of caller: no token, a viewer, an
 * editor of another region, an editor of the project's region, an admin. The service itself enforces the roles and
 * the region scope, and audits what it lets through.
 */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedPostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "projects"))
class AccessAndAuditGrpcTest {

    private static final String JINSHUI = "410105";
    private static final String XINZHENG = "410184";
    private static final DevTokens TOKENS = JwtTestKeys.tokens();
    private static final HostileTokens HOSTILE = new HostileTokens(JwtTestKeys.keys());

    @GrpcClient("projects")
    ProjectServiceGrpc.ProjectServiceBlockingStub projects;

    /** A write, made by {@code stub} on the data of the project {@code project} (of 金水区), numbered {@code n}. */
    private interface Write {
        void call(ProjectServiceGrpc.ProjectServiceBlockingStub stub, String project, int n);
    }

    private record Caller(String label, String token, Status.Code regionWrite, Status.Code adminWrite) {
    }

    private static Caller unauthenticated(String label, String token) {
        return new Caller(label, token, Status.Code.UNAUTHENTICATED, Status.Code.UNAUTHENTICATED);
    }

    @Test
    void eachCallerMeetsTheRulesOnEveryWritePath() {
        List<Caller> callers = List.of(
                new Caller("no token", null, Status.Code.UNAUTHENTICATED, Status.Code.UNAUTHENTICATED),
                new Caller("viewer", token("viewer-1", "viewer", JINSHUI), Status.Code.PERMISSION_DENIED,
                        Status.Code.PERMISSION_DENIED),
                new Caller("editor of 新郑市", token("xinzheng-editor", "editor", XINZHENG),
                        Status.Code.PERMISSION_DENIED, Status.Code.PERMISSION_DENIED),
                new Caller("editor of 金水区", token("jinshui-editor", "editor", JINSHUI), Status.Code.OK,
                        Status.Code.PERMISSION_DENIED),
                new Caller("admin", token("admin-1", "admin", ""), Status.Code.OK, Status.Code.OK),
                // Admin claims given away only by their signature, issuer or expiry.
                unauthenticated("expired admin", TOKENS.expired("late-admin", List.of("admin"), List.of())),
                unauthenticated("admin of another issuer", new DevTokens(JwtTestKeys.keys(),
                        "https://elsewhere.example").mint("stranger", List.of("admin"), List.of(), Duration.ofHours(1))),
                unauthenticated("alg=none admin", HOSTILE.unsigned("unsigned")),
                unauthenticated("HS256 admin keyed with the public key", HOSTILE.hmacWithThePublicKey("confused")),
                unauthenticated("viewer's token raised to admin", HOSTILE.viewerRaisedToAdmin("raised")));
        Map<String, Write> regionWrites = new LinkedHashMap<>();
        regionWrites.put("CreateProject", (stub, project, n) -> stub.createProject(CreateProjectRequest.newBuilder()
                .setProjectId("acc-new-" + n).setProject(Project.newBuilder().setDisplayName("新项目")
                        .setRegionCode(JINSHUI)).build()));
        regionWrites.put("UpdateProject", (stub, project, n) -> stub.updateProject(UpdateProjectRequest.newBuilder()
                .setProject(Project.newBuilder().setName(project).setDisplayName("金水区项目（更名" + n + "）"))
                .build()));
        regionWrites.put("ChangeProjectStage", (stub, project, n) -> stub.changeProjectStage(
                ChangeProjectStageRequest.newBuilder().setName(project).setStage(ProjectStage.PROJECT_STAGE_PREPARING)
                        .setEventDate("2024-03-01").setReason("前期手续").build()));
        regionWrites.put("SetInvestmentPlan", (stub, project, n) -> stub.setInvestmentPlan(
                SetInvestmentPlanRequest.newBuilder().setParent(project).setYear(2024).setAmount(yuan("100000000"))
                        .build()));
        regionWrites.put("ReportInvestment", (stub, project, n) -> stub.reportInvestment(
                ReportInvestmentRequest.newBuilder().setParent(project).setYear(2024).setMonth(3)
                        .setCumulativeCompleted(yuan("20000000")).build()));
        regionWrites.put("CreateMilestone", (stub, project, n) -> stub.createMilestone(CreateMilestoneRequest
                .newBuilder().setParent(project).setMilestone(Milestone.newBuilder()
                        .setKind(MilestoneKind.MILESTONE_KIND_LAND_USE).setDueDate("2024-06-30")).build()));
        regionWrites.put("CompleteMilestone", (stub, project, n) -> stub.completeMilestone(
                CompleteMilestoneRequest.newBuilder().setName(milestoneOf(project)).setActualDate("2024-05-20")
                        .build()));
        regionWrites.put("AddBatchProject", (stub, project, n) -> stub.addBatchProject(AddBatchProjectRequest
                .newBuilder().setBatch("batches/2029-q1").setMember(BatchMember.newBuilder().setProject(project)
                        .setRole(BatchRole.BATCH_ROLE_SIGN)).build()));
        regionWrites.put("CreateReportedTotal", (stub, project, n) -> stub.createReportedTotal(
                CreateReportedTotalRequest.newBuilder().setReportedTotalId("acc-total-" + n)
                        .setReportedTotal(ReportedTotal.newBuilder().setProgramme("三个一批").setRegionCode(JINSHUI)
                                .setYear(2024).setProjectCount(12).setProvenance(Provenance.newBuilder()
                                        .setDocument("金水区2024年政府工作报告").setQuote("访问测试")))
                        .build()));
        Write createBatch = (stub, project, n) -> stub.createBatch(CreateBatchRequest.newBuilder()
                .setBatch(Batch.newBuilder().setYear(2040 + n).setQuarter(1)).build());
        projects.createBatch(CreateBatchRequest.newBuilder().setBatch(Batch.newBuilder().setYear(2029).setQuarter(1))
                .build());

        List<String> mismatches = new ArrayList<>();
        int n = 0;
        for (Caller caller : callers) {
            n++;
            // Each caller works on a project of its own, set up by the default admin, so outcomes do not depend on
            // what an earlier caller did.
            String project = jinshuiProject("acc-project-" + n);
            ProjectServiceGrpc.ProjectServiceBlockingStub stub =
                    projects.withInterceptors(AdminTokenByDefault.callingWith(caller.token()));
            for (Map.Entry<String, Write> write : regionWrites.entrySet()) {
                check(mismatches, caller.label(), write.getKey(), caller.regionWrite(),
                        () -> write.getValue().call(stub, project, caller.label().hashCode() & 0xffff));
            }
            int batchYear = n;
            check(mismatches, caller.label(), "CreateBatch", caller.adminWrite(),
                    () -> createBatch.call(stub, project, batchYear));
        }
        assertEquals(List.of(), mismatches);
    }

    @Test
    void aRefusedWriteChangesNothingAndAnAllowedOneIsAuditedWithItsCaller() {
        String project = jinshuiProject("acc-audited");
        ProjectServiceGrpc.ProjectServiceBlockingStub xinzhengEditor =
                projects.withInterceptors(AdminTokenByDefault.callingWith(token("xz-editor", "editor", XINZHENG)));
        ProjectServiceGrpc.ProjectServiceBlockingStub jinshuiEditor =
                projects.withInterceptors(AdminTokenByDefault.callingWith(token("js-editor", "editor", JINSHUI)));

        assertCode(Status.Code.PERMISSION_DENIED, () -> xinzhengEditor.changeProjectStage(ChangeProjectStageRequest
                .newBuilder().setName(project).setStage(ProjectStage.PROJECT_STAGE_PREPARING).setEventDate("2024-03-01")
                .setReason("越权").build()));
        // Moving a project to another region needs both regions: the editor of 金水区 cannot hand it to 新郑市.
        assertCode(Status.Code.PERMISSION_DENIED, () -> jinshuiEditor.updateProject(UpdateProjectRequest.newBuilder()
                .setProject(Project.newBuilder().setName(project).setRegionCode(XINZHENG)).build()));
        Project unchanged = projects.getProject(GetProjectRequest.newBuilder().setName(project).build());
        assertEquals(ProjectStage.PROJECT_STAGE_PLANNED, unchanged.getStage());
        assertEquals(JINSHUI, unchanged.getRegionCode());

        jinshuiEditor.changeProjectStage(ChangeProjectStageRequest.newBuilder().setName(project)
                .setStage(ProjectStage.PROJECT_STAGE_PREPARING).setEventDate("2024-03-01").setReason("前期手续").build());
        List<AuditEvent> events = projects.listAuditEvents(ListAuditEventsRequest.newBuilder().setResource(project)
                .build()).getAuditEventsList();
        assertEquals(2, events.size(), events.toString());
        AuditEvent stage = events.get(0);
        assertEquals("js-editor", stage.getActor());
        assertEquals("planmonitor.projects.v1.ProjectService/ChangeProjectStage", stage.getMethod());
        assertEquals("PROJECT_STAGE_PLANNED", stage.getBefore().getFieldsOrThrow("stage").getStringValue());
        assertEquals("PROJECT_STAGE_PREPARING", stage.getAfter().getFieldsOrThrow("stage").getStringValue());
        AuditEvent create = events.get(1);
        assertEquals("test-admin", create.getActor());
        assertTrue(create.getMethod().endsWith("/CreateProject"));
        assertFalse(create.hasBefore());
        assertEquals(0, projects.listAuditEvents(ListAuditEventsRequest.newBuilder().setActor("xz-editor").build())
                .getTotalSize());
    }

    private static void check(List<String> mismatches, String caller, String method, Status.Code expected,
            Runnable call) {
        Status.Code actual = Status.Code.OK;
        String detail = "";
        try {
            call.run();
        } catch (StatusRuntimeException e) {
            actual = e.getStatus().getCode();
            detail = ": " + e.getStatus().getDescription();
        }
        if (actual != expected) {
            mismatches.add(caller + " × " + method + ": expected " + expected + ", got " + actual + detail);
        }
    }

    private String jinshuiProject(String id) {
        String name = projects.createProject(CreateProjectRequest.newBuilder().setProjectId(id)
                .setProject(Project.newBuilder().setDisplayName("金水区项目 " + id).setRegionCode(JINSHUI)).build())
                .getName();
        projects.createMilestone(CreateMilestoneRequest.newBuilder().setParent(name)
                .setMilestone(Milestone.newBuilder().setKind(MilestoneKind.MILESTONE_KIND_CONSTRUCTION_PERMIT)
                        .setDueDate("2024-04-30")).build());
        return name;
    }

    private String milestoneOf(String project) {
        return projects.listMilestones(io.planmonitor.projects.v1.ListMilestonesRequest.newBuilder()
                .setParent(project).build()).getMilestones(0).getName();
    }

    private static String token(String name, String role, String region) {
        return TOKENS.mint(name, List.of(role), region.isEmpty() ? List.of() : List.of(region), Duration.ofHours(1));
    }

    private static Money yuan(String amount) {
        return Money.newBuilder().setCurrencyCode("CNY").setAmount(Decimal.newBuilder().setValue(amount)).build();
    }
}

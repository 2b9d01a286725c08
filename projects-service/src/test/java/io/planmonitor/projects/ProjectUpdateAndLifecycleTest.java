package io.planmonitor.projects;

import static io.planmonitor.projects.GrpcAssertions.assertCode;
import static io.planmonitor.projects.GrpcAssertions.assertFieldViolation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.protobuf.FieldMask;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.planmonitor.common.v1.Decimal;
import io.planmonitor.common.v1.Money;
import io.planmonitor.localpostgres.EmbeddedPostgresTestResource;
import io.planmonitor.projects.v1.ChangeProjectStageRequest;
import io.planmonitor.projects.v1.CreateProjectRequest;
import io.planmonitor.projects.v1.GetProjectRequest;
import io.planmonitor.projects.v1.ListProjectEventsRequest;
import io.planmonitor.projects.v1.Project;
import io.planmonitor.projects.v1.ProjectEvent;
import io.planmonitor.projects.v1.ProjectServiceGrpc;
import io.planmonitor.projects.v1.ProjectStage;
import io.planmonitor.common.v1.Provenance;
import io.planmonitor.projects.v1.UpdateProjectRequest;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** UpdateProject (field masks, etags, concurrent writers) and the lifecycle, against a real PostgreSQL. */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedPostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "projects"))
class ProjectUpdateAndLifecycleTest {

    @GrpcClient("projects")
    ProjectServiceGrpc.ProjectServiceBlockingStub projects;

    @Test
    void maskedUpdateChangesOnlyTheNamedFieldsAndMovesTheEtag() {
        Project created = create("update-masked");
        Project updated = projects.updateProject(UpdateProjectRequest.newBuilder()
                .setProject(Project.newBuilder()
                        .setName(created.getName())
                        .setEtag(created.getEtag())
                        .setSector("先进制造业")
                        .setDisplayName("ignored: not in the mask")
                        .setNationalCode("2021-410184-89-01-123456")
                        .setRevisedTotalInvestment(yuan("1800000000"))
                        .setPlannedStartDate("2021-03-01")
                        .setPlannedCompletionDate("2023-12-31")
                        .setProvenance(Provenance.newBuilder().setDocument("新郑市十四五规划纲要").setQuote("专栏2")))
                .setUpdateMask(FieldMask.newBuilder().addPaths("sector").addPaths("national_code")
                        .addPaths("revised_total_investment").addPaths("planned_start_date")
                        .addPaths("planned_completion_date").addPaths("provenance"))
                .build());

        assertEquals(created.getDisplayName(), updated.getDisplayName());
        assertEquals("先进制造业", updated.getSector());
        assertEquals("2021-410184-89-01-123456", updated.getNationalCode());
        assertEquals("1800000000.00", updated.getRevisedTotalInvestment().getAmount().getValue());
        assertEquals("1500000000.00", updated.getTotalInvestment().getAmount().getValue(), "original figure kept");
        assertEquals("2021-03-01", updated.getPlannedStartDate());
        assertEquals("专栏2", updated.getProvenance().getQuote());
        assertNotEquals(created.getEtag(), updated.getEtag());
        assertEquals(updated, get(created.getName()));
    }

    @Test
    void staleEtagIsAbortedAndChangesNothing() {
        Project created = create("update-stale");
        projects.updateProject(update(created.getName(), created.getEtag(), "sector", "现代服务业"));
        assertCode(Status.Code.ABORTED,
                () -> projects.updateProject(update(created.getName(), created.getEtag(), "sector", "综合交通")));
        assertEquals("现代服务业", get(created.getName()).getSector());
    }

    @Test
    void concurrentUpdatesWithTheSameEtagLetExactlyOneWin() throws Exception {
        for (String field : List.of("sector", "display_name")) {
            Project created = create("update-race-" + field.replace('_', '-'));
            int writers = 12;
            ExecutorService pool = Executors.newFixedThreadPool(writers);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<String>> outcomes = new ArrayList<>();
            for (int i = 0; i < writers; i++) {
                String value = field + "-" + i;
                Callable<String> write = () -> {
                    start.await();
                    try {
                        projects.updateProject(update(created.getName(), created.getEtag(), field, value));
                        return Status.Code.OK.name();
                    } catch (StatusRuntimeException e) {
                        return e.getStatus().getCode() == Status.Code.ABORTED ? "ABORTED" : e.getStatus().toString();
                    }
                };
                outcomes.add(pool.submit(write));
            }
            start.countDown();
            List<String> codes = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                codes.add(outcome.get());
            }
            pool.shutdown();
            assertEquals(1, codes.stream().filter("OK"::equals).count(), field + ": " + codes);
            assertEquals(writers - 1, codes.stream().filter("ABORTED"::equals).count(), field + ": " + codes);
            assertNotEquals(created.getEtag(), get(created.getName()).getEtag());
        }
    }

    @Test
    void badUpdatesNameTheFieldAndWriteNothing() {
        Project created = create("update-bad");
        assertFieldViolation("update_mask", () -> projects.updateProject(UpdateProjectRequest.newBuilder()
                .setProject(created).setUpdateMask(FieldMask.newBuilder().addPaths("stage")).build()));
        assertFieldViolation("project.national_code",
                () -> projects.updateProject(update(created.getName(), "", "national_code", "2021-4101")));
        assertFieldViolation("project.planned_completion_date", () -> projects.updateProject(UpdateProjectRequest.newBuilder()
                .setProject(Project.newBuilder().setName(created.getName())
                        .setPlannedStartDate("2024-06-01").setPlannedCompletionDate("2024-05-31"))
                .build()));
        assertFieldViolation("project.planned_start_date",
                () -> projects.updateProject(update(created.getName(), "", "planned_start_date", "2024-02-30")));
        assertEquals(created, get(created.getName()));
    }

    @Test
    void nationalCodeIsUnique() {
        Project first = create("code-first");
        Project second = create("code-second");
        projects.updateProject(update(first.getName(), "", "national_code", "2024-410100-48-01-000001"));
        assertCode(Status.Code.ALREADY_EXISTS,
                () -> projects.updateProject(update(second.getName(), "", "national_code", "2024-410100-48-01-000001")));
    }

    @Test
    void newIndicatorLinkWhileIndicatorsServiceIsDownIsUnavailable() {
        Project created = create("update-link");
        assertCode(Status.Code.UNAVAILABLE, () -> projects.updateProject(UpdateProjectRequest.newBuilder()
                .setProject(Project.newBuilder().setName(created.getName()).addIndicators("indicators/fixed-investment"))
                .setUpdateMask(FieldMask.newBuilder().addPaths("indicators"))
                .build()));
        assertEquals(created, get(created.getName()));
    }

    @Test
    void lifecycleFromPlannedToInOperationKeepsEveryEvent() {
        Project created = create("lifecycle-full");
        move(created, ProjectStage.PROJECT_STAGE_PREPARING, "2021-02-01", "列入前期计划");
        move(created, ProjectStage.PROJECT_STAGE_STARTED, "2021-06-18", "开工仪式");
        move(created, ProjectStage.PROJECT_STAGE_CONTINUING, "2022-01-01", "转为续建");
        move(created, ProjectStage.PROJECT_STAGE_COMPLETED, "2023-10-30", "竣工验收");
        Project last = move(created, ProjectStage.PROJECT_STAGE_IN_OPERATION, "2023-12-01", "投产");
        assertEquals(ProjectStage.PROJECT_STAGE_IN_OPERATION, last.getStage());

        List<ProjectEvent> events = projects.listProjectEvents(ListProjectEventsRequest.newBuilder()
                .setParent(created.getName()).setPageSize(2).build()).getEventsList();
        assertEquals(2, events.size(), "paged");
        List<ProjectEvent> all = new ArrayList<>();
        String token = "";
        do {
            var page = projects.listProjectEvents(ListProjectEventsRequest.newBuilder()
                    .setParent(created.getName()).setPageSize(2).setPageToken(token).build());
            all.addAll(page.getEventsList());
            token = page.getNextPageToken();
        } while (!token.isEmpty());
        assertEquals(List.of("PLANNED>PREPARING", "PREPARING>STARTED", "STARTED>CONTINUING", "CONTINUING>COMPLETED",
                "COMPLETED>IN_OPERATION"), all.stream().map(e -> e.getFromStage().name().substring(14) + ">"
                + e.getToStage().name().substring(14)).toList());
        assertEquals("开工仪式", all.get(1).getReason());
        assertEquals("2021-06-18", all.get(1).getEventDate());
        assertTrue(all.get(0).getName().startsWith(created.getName() + "/events/"));
    }

    @Test
    void illegalMoveIsFailedPreconditionNamingBothStages() {
        Project created = create("lifecycle-illegal");
        StatusRuntimeException error = assertCode(Status.Code.FAILED_PRECONDITION,
                () -> move(created, ProjectStage.PROJECT_STAGE_COMPLETED, "2024-01-01", "跳过开工"));
        assertTrue(error.getStatus().getDescription().contains("PLANNED"), error.getStatus().getDescription());
        assertTrue(error.getStatus().getDescription().contains("COMPLETED"), error.getStatus().getDescription());
        assertEquals(ProjectStage.PROJECT_STAGE_PLANNED, get(created.getName()).getStage());
    }

    @Test
    void suspendedProjectResumesOnlyToItsFormerStage() {
        Project created = create("lifecycle-suspend");
        move(created, ProjectStage.PROJECT_STAGE_PREPARING, "2024-01-10", "前期");
        move(created, ProjectStage.PROJECT_STAGE_STARTED, "2024-03-01", "开工");
        move(created, ProjectStage.PROJECT_STAGE_SUSPENDED, "2024-05-01", "资金未到位");
        assertCode(Status.Code.FAILED_PRECONDITION,
                () -> move(created, ProjectStage.PROJECT_STAGE_CONTINUING, "2024-06-01", "复工"));
        assertEquals(ProjectStage.PROJECT_STAGE_STARTED,
                move(created, ProjectStage.PROJECT_STAGE_STARTED, "2024-07-01", "复工").getStage());
    }

    @Test
    void badMovesNameTheField() {
        Project created = create("lifecycle-bad");
        move(created, ProjectStage.PROJECT_STAGE_PREPARING, "2024-03-01", "前期");
        assertFieldViolation("event_date",
                () -> move(created, ProjectStage.PROJECT_STAGE_STARTED, "2024-02-01", "早于上一事件"));
        assertFieldViolation("reason", () -> move(created, ProjectStage.PROJECT_STAGE_STARTED, "2024-04-01", " "));
        assertFieldViolation("stage", () -> move(created, ProjectStage.PROJECT_STAGE_UNSPECIFIED, "2024-04-01", "x"));
        assertCode(Status.Code.ABORTED, () -> projects.changeProjectStage(ChangeProjectStageRequest.newBuilder()
                .setName(created.getName()).setStage(ProjectStage.PROJECT_STAGE_STARTED).setEventDate("2024-04-01")
                .setReason("开工").setEtag(created.getEtag()).build()));
    }

    private Project create(String id) {
        return projects.createProject(CreateProjectRequest.newBuilder()
                .setProjectId(id)
                .setProject(Project.newBuilder()
                        .setDisplayName("郑州航空港区新能源汽车零部件产业园")
                        .setRegionCode("410184")
                        .setTotalInvestment(yuan("1500000000")))
                .build());
    }

    private Project get(String name) {
        return projects.getProject(GetProjectRequest.newBuilder().setName(name).build());
    }

    private Project move(Project project, ProjectStage stage, String date, String reason) {
        return projects.changeProjectStage(ChangeProjectStageRequest.newBuilder()
                .setName(project.getName()).setStage(stage).setEventDate(date).setReason(reason).build());
    }

    private static UpdateProjectRequest update(String name, String etag, String path, String value) {
        Project.Builder project = Project.newBuilder().setName(name).setEtag(etag);
        project.setField(Project.getDescriptor().findFieldByName(path), value);
        return UpdateProjectRequest.newBuilder()
                .setProject(project)
                .setUpdateMask(FieldMask.newBuilder().addPaths(path))
                .build();
    }

    private static Money yuan(String amount) {
        return Money.newBuilder().setCurrencyCode("CNY").setAmount(Decimal.newBuilder().setValue(amount)).build();
    }
}

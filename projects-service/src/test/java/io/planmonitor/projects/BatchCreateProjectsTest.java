package io.planmonitor.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.Status;
import io.planmonitor.common.v1.FieldViolation;
import io.planmonitor.common.v1.ListAuditEventsRequest;
import io.planmonitor.devauth.JwtTestKeys;
import io.planmonitor.localpostgres.EmbeddedPostgresTestResource;
import io.planmonitor.projects.v1.BatchCreateProjectsRequest;
import io.planmonitor.projects.v1.BatchCreateProjectsResponse;
import io.planmonitor.projects.v1.BatchWriteMode;
import io.planmonitor.projects.v1.CreateProjectRequest;
import io.planmonitor.projects.v1.GetProjectRequest;
import io.planmonitor.projects.v1.Project;
import io.planmonitor.projects.v1.ProjectServiceGrpc;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** BatchCreateProjects: a spreadsheet's rows checked one by one, written all or nothing, or the valid ones. */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedPostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "projects"))
class BatchCreateProjectsTest {

    @GrpcClient("projects")
    ProjectServiceGrpc.ProjectServiceBlockingStub projects;

    @Test
    void aDryRunChecksEveryItemAndWritesNothing() {
        BatchCreateProjectsResponse response = projects.batchCreateProjects(BatchCreateProjectsRequest.newBuilder()
                .addRequests(item("dry-1", "金水区文化中心", "410105"))
                .addRequests(item("dry-2", "", "410105"))
                .setValidateOnly(true).build());
        assertEquals(0, response.getWrittenCount());
        assertEquals("projects/dry-1", response.getResults(0).getProject().getName());
        assertEquals(List.of("project.display_name"), fields(response, 1));
        GrpcAssertions.assertCode(Status.Code.NOT_FOUND, () -> projects.getProject(GetProjectRequest.newBuilder()
                .setName("projects/dry-1").build()));
    }

    @Test
    void allOrNothingWritesNoneWhenOneItemIsRefused() {
        BatchCreateProjectsResponse refused = projects.batchCreateProjects(BatchCreateProjectsRequest.newBuilder()
                .addRequests(item("aon-1", "郑州国际文化中心", "410105"))
                .addRequests(item("aon-1", "同号的第二个项目", "410105"))
                .addRequests(item("aon-3", "编码错误的项目", "41010"))
                .build());
        assertEquals(0, refused.getWrittenCount());
        assertTrue(refused.getResults(0).getViolationsList().isEmpty());
        assertEquals(List.of("project_id"), fields(refused, 1));
        assertEquals(List.of("project.region_code"), fields(refused, 2));
        GrpcAssertions.assertCode(Status.Code.NOT_FOUND, () -> projects.getProject(GetProjectRequest.newBuilder()
                .setName("projects/aon-1").build()));

        BatchCreateProjectsResponse written = projects.batchCreateProjects(BatchCreateProjectsRequest.newBuilder()
                .addRequests(item("aon-1", "郑州国际文化中心", "410105"))
                .addRequests(item("aon-2", "金水河综合治理", "410105"))
                .setMode(BatchWriteMode.BATCH_WRITE_MODE_ALL_OR_NOTHING).build());
        assertEquals(2, written.getWrittenCount());
        assertEquals("金水河综合治理", projects.getProject(GetProjectRequest.newBuilder().setName("projects/aon-2")
                .build()).getDisplayName());
        assertEquals(1, projects.listAuditEvents(ListAuditEventsRequest.newBuilder().setResource("projects/aon-2")
                .build()).getTotalSize());
    }

    @Test
    void validItemsWritesTheGoodOnesAndAnEditorOnlyItsRegions() {
        String jinshuiEditor = JwtTestKeys.tokens().mint("batch-editor", List.of("editor"), List.of("410105"),
                Duration.ofHours(1));
        BatchCreateProjectsResponse response = projects.withInterceptors(AdminTokenByDefault.callingWith(jinshuiEditor))
                .batchCreateProjects(BatchCreateProjectsRequest.newBuilder()
                        .addRequests(item("valid-1", "金水区智慧城市", "410105"))
                        .addRequests(item("valid-2", "新郑市的项目", "410184"))
                        .addRequests(item("valid-3", "金水区体育公园", "410105"))
                        .setMode(BatchWriteMode.BATCH_WRITE_MODE_VALID_ITEMS).build());
        assertEquals(2, response.getWrittenCount());
        assertFalse(response.getResults(1).hasProject());
        assertTrue(response.getResults(1).getViolations(0).getDescription().contains("410184"),
                response.getResults(1).toString());
        assertEquals("batch-editor", projects.listAuditEvents(ListAuditEventsRequest.newBuilder()
                .setResource("projects/valid-3").build()).getAuditEvents(0).getActor());
        GrpcAssertions.assertCode(Status.Code.NOT_FOUND, () -> projects.getProject(GetProjectRequest.newBuilder()
                .setName("projects/valid-2").build()));
    }

    private static CreateProjectRequest item(String id, String name, String region) {
        return CreateProjectRequest.newBuilder().setProjectId(id)
                .setProject(Project.newBuilder().setDisplayName(name).setRegionCode(region)).build();
    }

    private static List<String> fields(BatchCreateProjectsResponse response, int index) {
        return response.getResults(index).getViolationsList().stream().map(FieldViolation::getField).toList();
    }
}

package io.planmonitor.projects;

import static io.planmonitor.projects.GrpcAssertions.assertCode;
import static io.planmonitor.projects.GrpcAssertions.assertFieldViolation;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.Metadata;
import io.grpc.Status;
import io.grpc.stub.MetadataUtils;
import io.planmonitor.common.v1.ListAuditEventsRequest;
import io.planmonitor.localpostgres.EmbeddedPostgresTestResource;
import io.planmonitor.projects.v1.ChangeProjectStageRequest;
import io.planmonitor.projects.v1.CreateProjectRequest;
import io.planmonitor.projects.v1.ListProjectsRequest;
import io.planmonitor.projects.v1.Project;
import io.planmonitor.projects.v1.ProjectServiceGrpc;
import io.planmonitor.projects.v1.ProjectStage;
import io.planmonitor.support.idempotency.IdempotentRequestEntity;
import io.planmonitor.support.idempotency.IdempotentWrites;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A create sent again with the same idempotency key is answered, not done again. */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedPostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "projects"))
class IdempotentCreateTest {

    private static final Metadata.Key<String> IDEMPOTENCY_KEY =
            Metadata.Key.of("idempotency-key", Metadata.ASCII_STRING_MARSHALLER);

    @GrpcClient("projects")
    ProjectServiceGrpc.ProjectServiceBlockingStub projects;

    @Inject
    IdempotentWrites keys;

    @Test
    void aRepeatedCreateWithTheSameKeyReturnsTheFirstProjectAndWritesOnce() {
        String key = UUID.randomUUID().toString();
        CreateProjectRequest request = CreateProjectRequest.newBuilder()
                .setProject(Project.newBuilder().setDisplayName("郑州中心站综合交通枢纽").setRegionCode("410100")).build();
        long before = count();
        Project first = withKey(key).createProject(request);
        Project repeated = withKey(key).createProject(request);
        assertEquals(first, repeated);
        assertEquals(before + 1, count());
        assertEquals(1, projects.listAuditEvents(ListAuditEventsRequest.newBuilder().setResource(first.getName())
                .build()).getTotalSize());
        // Without a key, the same request is a new project (the service picks a new id).
        assertNotEquals(first.getName(), projects.createProject(request).getName());
    }

    @Test
    void aKeyUsedForAnotherRequestIsRefusedNamingIt() {
        String key = UUID.randomUUID().toString();
        withKey(key).createProject(CreateProjectRequest.newBuilder()
                .setProject(Project.newBuilder().setDisplayName("甲项目").setRegionCode("410100")).build());
        assertFieldViolation("idempotency_key", () -> withKey(key).createProject(CreateProjectRequest.newBuilder()
                .setProject(Project.newBuilder().setDisplayName("乙项目").setRegionCode("410100")).build()));
        assertFieldViolation("idempotency_key", () -> withKey("a key with spaces").createProject(CreateProjectRequest.newBuilder()
                .setProject(Project.newBuilder().setDisplayName("丙项目").setRegionCode("410100")).build()));
    }

    @Test
    void aFailedWriteReleasesItsKeyAndAStageChangeIsSafeToRetry() {
        String key = UUID.randomUUID().toString();
        assertFieldViolation("project.display_name", () -> withKey(key).createProject(CreateProjectRequest.newBuilder()
                .setProject(Project.newBuilder().setRegionCode("410100")).build()));
        Project created = withKey(key).createProject(CreateProjectRequest.newBuilder()
                .setProject(Project.newBuilder().setDisplayName("丁项目").setRegionCode("410100")).build());

        ChangeProjectStageRequest start = ChangeProjectStageRequest.newBuilder().setName(created.getName())
                .setStage(ProjectStage.PROJECT_STAGE_PREPARING).setEventDate("2024-02-01").setReason("列入前期").build();
        String stageKey = UUID.randomUUID().toString();
        Project moved = withKey(stageKey).changeProjectStage(start);
        assertEquals(moved, withKey(stageKey).changeProjectStage(start));
        // Without the key, sending it again is a second stage change, which the lifecycle refuses.
        assertCode(Status.Code.FAILED_PRECONDITION, () -> projects.changeProjectStage(start));
    }

    @Test
    void keysPastTheirRetentionAreSweptAndYoungerOnesStay() {
        String old = UUID.randomUUID().toString();
        String young = UUID.randomUUID().toString();
        for (String key : List.of(old, young)) {
            withKey(key).createProject(CreateProjectRequest.newBuilder()
                    .setProject(Project.newBuilder().setDisplayName("清扫测试 " + key).setRegionCode("410100")).build());
        }
        // The first claim was made 25 hours ago, past the 24-hour retention.
        QuarkusTransaction.requiringNew().run(() -> keys.update("createdAt = ?1 where key = ?2",
                Instant.now().minus(Duration.ofHours(25)), old));
        assertTrue(keys.deleteExpired() >= 1);
        assertEquals(0, keys.count("key", old));
        assertEquals(1, keys.count("key", young));
    }

    @Test
    void aKeyClaimedByACallThatDiedIsRefusedWhileItsLeaseLastsAndServedAfter() {
        CreateProjectRequest request = CreateProjectRequest.newBuilder()
                .setProject(Project.newBuilder().setDisplayName("崩溃测试项目").setRegionCode("410100")).build();
        String answered = UUID.randomUUID().toString();
        withKey(answered).createProject(request);
        // What a call killed after claiming its key and before its write committed leaves: the claim of the same
        // request under another key, without an answer, and nothing written.
        String orphaned = UUID.randomUUID().toString();
        QuarkusTransaction.requiringNew().run(() -> {
            IdempotentRequestEntity first = keys.find("key", answered).firstResult();
            IdempotentRequestEntity claim = new IdempotentRequestEntity();
            claim.caller = first.caller;
            claim.method = first.method;
            claim.key = orphaned;
            claim.requestSha256 = first.requestSha256;
            claim.createdAt = Instant.now();
            keys.persist(claim);
        });
        long before = count();
        assertCode(Status.Code.ABORTED, () -> withKey(orphaned).createProject(request));
        // Past its lease the claim is taken to be dead: the retry runs, once.
        QuarkusTransaction.requiringNew().run(() -> keys.update("createdAt = ?1 where key = ?2",
                Instant.now().minus(Duration.ofMinutes(3)), orphaned));
        Project created = withKey(orphaned).createProject(request);
        assertEquals(created, withKey(orphaned).createProject(request));
        assertEquals(before + 1, count());
    }

    private ProjectServiceGrpc.ProjectServiceBlockingStub withKey(String key) {
        Metadata headers = new Metadata();
        headers.put(IDEMPOTENCY_KEY, key);
        return projects.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));
    }

    private long count() {
        return projects.listProjects(ListProjectsRequest.newBuilder().setPageSize(1).build()).getTotalSize();
    }
}

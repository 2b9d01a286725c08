package io.planmonitor.projects;

import static io.planmonitor.projects.GrpcAssertions.assertCode;
import static io.planmonitor.projects.GrpcAssertions.assertFieldViolation;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.grpc.Status;
import io.planmonitor.common.v1.Decimal;
import io.planmonitor.common.v1.Money;
import io.planmonitor.localpostgres.EmbeddedPostgresTestResource;
import io.planmonitor.projects.v1.ChangeProjectStageRequest;
import io.planmonitor.projects.v1.CreateProjectRequest;
import io.planmonitor.projects.v1.GetProjectRequest;
import io.planmonitor.projects.v1.ListProjectsRequest;
import io.planmonitor.projects.v1.ListProjectsResponse;
import io.planmonitor.projects.v1.Project;
import io.planmonitor.projects.v1.ProjectLevel;
import io.planmonitor.projects.v1.ProjectServiceGrpc;
import io.planmonitor.projects.v1.ProjectStage;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.ResourceArg;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The projects gRPC API against a real PostgreSQL through a real gRPC channel. No indicators-service runs here: a link
 * to an indicator meets a real refused connection (the happy path of links is in the end-to-end test).
 */
@QuarkusTest
@QuarkusTestResource(value = EmbeddedPostgresTestResource.class,
        initArgs = @ResourceArg(name = "database", value = "projects"))
class ProjectGrpcServiceTest {

    @GrpcClient("projects")
    ProjectServiceGrpc.ProjectServiceBlockingStub projects;

    @Test
    void subregionsNeedARegionAndIndicatorsServiceWhichKeepsTheHierarchy() {
        assertFieldViolation("include_subregions", () -> projects.listProjects(ListProjectsRequest.newBuilder()
                .setIncludeSubregions(true).build()));
        // Nothing listens on the indicators port here: the list fails rather than leave the districts out.
        assertCode(Status.Code.UNAVAILABLE, () -> projects.listProjects(ListProjectsRequest.newBuilder()
                .setRegionCode("410100").setIncludeSubregions(true).build()));
    }

    @Test
    void createdProjectIsReadBackWithEveryField() {
        Project created = projects.createProject(CreateProjectRequest.newBuilder()
                .setProjectId("huangdi-hometown")
                .setProject(Project.newBuilder()
                        .setDisplayName("黄帝故里景区提升工程")
                        .setRegionCode("410184")
                        .setLevel(ProjectLevel.PROJECT_LEVEL_MUNICIPAL)
                        .setTotalInvestment(yuan("1250000000.5")))
                .build());

        assertEquals("projects/huangdi-hometown", created.getName());
        assertEquals("黄帝故里景区提升工程", created.getDisplayName());
        assertEquals("410184", created.getRegionCode());
        assertEquals(ProjectLevel.PROJECT_LEVEL_MUNICIPAL, created.getLevel());
        assertEquals(ProjectStage.PROJECT_STAGE_PLANNED, created.getStage(), "stage defaults to planned");
        assertEquals("CNY", created.getTotalInvestment().getCurrencyCode());
        assertEquals("1250000000.50", created.getTotalInvestment().getAmount().getValue());
        assertFalse(created.getEtag().isEmpty());

        assertEquals(created, projects.getProject(GetProjectRequest.newBuilder().setName(created.getName()).build()));
    }

    @Test
    void linkWhileIndicatorsServiceIsDownIsUnavailableAndWritesNothing() {
        int before = countAll();
        assertCode(Status.Code.UNAVAILABLE, () -> projects.createProject(CreateProjectRequest.newBuilder()
                .setProjectId("linked-while-down")
                .setProject(Project.newBuilder()
                        .setDisplayName("新郑博物馆新馆建设")
                        .setRegionCode("410184")
                        .addIndicators("indicators/gdp-growth"))
                .build()));
        assertEquals(before, countAll());
        assertCode(Status.Code.NOT_FOUND, () -> projects.getProject(
                GetProjectRequest.newBuilder().setName("projects/linked-while-down").build()));
    }

    @Test
    void takenIdIsAlreadyExists() {
        projects.createProject(minimal("taken-id"));
        assertCode(Status.Code.ALREADY_EXISTS, () -> projects.createProject(minimal("taken-id")));
    }

    @Test
    void badFieldsAreInvalidArgumentsNamingTheField() {
        assertFieldViolation("project.region_code", () -> projects.createProject(withProject(
                minimal("bad-region").getProject().toBuilder().setRegionCode("41018"))));
        assertFieldViolation("project.display_name", () -> projects.createProject(withProject(
                minimal("no-name").getProject().toBuilder().setDisplayName(""))));
        assertFieldViolation("project.total_investment.amount", () -> projects.createProject(withProject(
                minimal("negative").getProject().toBuilder().setTotalInvestment(yuan("-1")))));
        assertFieldViolation("project.total_investment.amount", () -> projects.createProject(withProject(
                minimal("sub-fen").getProject().toBuilder().setTotalInvestment(yuan("1.001")))));
        assertFieldViolation("project.total_investment.amount.value", () -> projects.createProject(withProject(
                minimal("exponent").getProject().toBuilder().setTotalInvestment(yuan("1e9")))));
        assertFieldViolation("project.indicators[1]", () -> projects.createProject(withProject(
                minimal("bad-link").getProject().toBuilder().addIndicators("indicators/gdp").addIndicators("gdp"))));
        assertFieldViolation("project_id", () -> projects.createProject(minimal("Not An Id")));
    }

    @Test
    void unknownProjectIsNotFound() {
        assertCode(Status.Code.NOT_FOUND,
                () -> projects.getProject(GetProjectRequest.newBuilder().setName("projects/nothing-here").build()));
    }

    @Test
    void listingWalksEveryPageOnce() {
        for (int i = 0; i < 3; i++) {
            projects.createProject(minimal("listed-" + i));
        }
        Set<String> seen = new HashSet<>();
        String token = "";
        do {
            ListProjectsResponse page = projects.listProjects(
                    ListProjectsRequest.newBuilder().setPageSize(2).setPageToken(token).build());
            page.getProjectsList().forEach(p -> assertTrue(seen.add(p.getName()), "twice: " + p.getName()));
            token = page.getNextPageToken();
        } while (!token.isEmpty());
        assertEquals(countAll(), seen.size());
        assertTrue(seen.containsAll(Set.of("projects/listed-0", "projects/listed-1", "projects/listed-2")));
    }

    @Test
    void listingFiltersByRegionAndSector() {
        projects.createProject(withProject(minimal("filtered-xinzheng").getProject().toBuilder().setSector("文化旅游"))
                .toBuilder().setProjectId("filtered-xinzheng").build());
        projects.createProject(withProject(Project.newBuilder().setDisplayName("金水河“一河两岸”").setRegionCode("410105")
                .setSector("文化旅游")).toBuilder().setProjectId("filtered-jinshui").build());
        ListProjectsResponse xinzhengTourism = projects.listProjects(ListProjectsRequest.newBuilder()
                .setRegionCode("410184").setSector("文化旅游").build());
        assertEquals(Set.of("projects/filtered-xinzheng"), names(xinzhengTourism));
        assertEquals(1, xinzhengTourism.getTotalSize());
        assertEquals(Set.of("projects/filtered-xinzheng", "projects/filtered-jinshui"), names(projects.listProjects(
                ListProjectsRequest.newBuilder().setSector("文化旅游").build())));
        assertFieldViolation("region_code", () -> projects.listProjects(ListProjectsRequest.newBuilder()
                .setRegionCode("4101").build()));
        assertFieldViolation("plan", () -> projects.listProjects(ListProjectsRequest.newBuilder()
                .setPlan("xinzheng").build()));
    }

    @Test
    void listingFiltersByLevelAndStage() {
        for (String id : List.of("level-provincial-preparing", "level-provincial-planned", "level-district-preparing")) {
            ProjectLevel level = id.contains("provincial") ? ProjectLevel.PROJECT_LEVEL_PROVINCIAL
                    : ProjectLevel.PROJECT_LEVEL_DISTRICT;
            projects.createProject(withProject(Project.newBuilder().setDisplayName("项目 " + id).setRegionCode("419811")
                    .setLevel(level)).toBuilder().setProjectId(id).build());
            if (id.endsWith("preparing")) {
                projects.changeProjectStage(ChangeProjectStageRequest.newBuilder().setName("projects/" + id)
                        .setStage(ProjectStage.PROJECT_STAGE_PREPARING).setEventDate("2024-03-01")
                        .setReason("可研批复").build());
            }
        }
        ListProjectsRequest ofRegion = ListProjectsRequest.newBuilder().setRegionCode("419811").build();
        assertEquals(Set.of("projects/level-provincial-preparing", "projects/level-provincial-planned"),
                names(projects.listProjects(ofRegion.toBuilder().setLevel(ProjectLevel.PROJECT_LEVEL_PROVINCIAL)
                        .build())));
        assertEquals(Set.of("projects/level-provincial-preparing", "projects/level-district-preparing"),
                names(projects.listProjects(ofRegion.toBuilder().setStage(ProjectStage.PROJECT_STAGE_PREPARING)
                        .build())));
        ListProjectsResponse both = projects.listProjects(ofRegion.toBuilder()
                .setLevel(ProjectLevel.PROJECT_LEVEL_PROVINCIAL).setStage(ProjectStage.PROJECT_STAGE_PREPARING).build());
        assertEquals(Set.of("projects/level-provincial-preparing"), names(both));
        assertEquals(1, both.getTotalSize());
        // A value this build does not know is refused, not read as "any level".
        assertFieldViolation("level", () -> projects.listProjects(ofRegion.toBuilder().setLevelValue(99).build()));
        assertFieldViolation("stage", () -> projects.listProjects(ofRegion.toBuilder().setStageValue(99).build()));
    }

    @Test
    void aPlanLinkIsCheckedWithIndicatorsServiceLikeOtherLinks() {
        // No indicators-service here: the plan cannot be confirmed, so nothing is written.
        assertCode(Status.Code.UNAVAILABLE, () -> projects.createProject(withProject(minimal("planned-while-down")
                .getProject().toBuilder().setPlan("plans/xinzheng-14th-fyp-outline"))
                .toBuilder().setProjectId("planned-while-down").build()));
        assertCode(Status.Code.NOT_FOUND, () -> projects.getProject(
                GetProjectRequest.newBuilder().setName("projects/planned-while-down").build()));
        assertFieldViolation("project.plan", () -> projects.createProject(withProject(
                minimal("bad-plan").getProject().toBuilder().setPlan("xinzheng-outline"))));
    }

    @Test
    void readinessIncludesTheDatabase() {
        RestAssured.get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    private static Set<String> names(ListProjectsResponse page) {
        Set<String> names = new HashSet<>();
        page.getProjectsList().forEach(project -> names.add(project.getName()));
        return names;
    }

    private int countAll() {
        return projects.listProjects(ListProjectsRequest.newBuilder().setPageSize(1).build()).getTotalSize();
    }

    private static CreateProjectRequest minimal(String id) {
        return CreateProjectRequest.newBuilder()
                .setProjectId(id)
                .setProject(Project.newBuilder().setDisplayName("郑韩故城考古遗址博物馆").setRegionCode("410184"))
                .build();
    }

    private static CreateProjectRequest withProject(Project.Builder project) {
        return CreateProjectRequest.newBuilder().setProject(project).build();
    }

    private static Money yuan(String amount) {
        return Money.newBuilder().setCurrencyCode("CNY").setAmount(Decimal.newBuilder().setValue(amount)).build();
    }

}

package io.planmonitor.projects.grpc;

import io.planmonitor.common.v1.ListAuditEventsRequest;
import io.planmonitor.common.v1.ListAuditEventsResponse;
import io.planmonitor.support.audit.AuditEventMapper;
import io.planmonitor.support.audit.AuditEventRepository;
import io.planmonitor.support.idempotency.IdempotentWrites;
import io.planmonitor.projects.mapping.ProjectMapper;
import io.planmonitor.projects.domain.ProjectStage;
import io.planmonitor.projects.repository.ProjectEntity;
import io.planmonitor.projects.repository.ProjectEventEntity;
import io.planmonitor.projects.service.IndicatorDirectory;
import io.planmonitor.projects.service.ProjectRegistry;
import io.planmonitor.projects.service.StageChange;
import io.planmonitor.projects.v1.AddBatchProjectRequest;
import io.planmonitor.projects.v1.Batch;
import io.planmonitor.projects.v1.BatchConversion;
import io.planmonitor.projects.v1.CreateBatchRequest;
import io.planmonitor.projects.v1.GetBatchConversionRequest;
import io.planmonitor.projects.v1.GetBatchRequest;
import io.planmonitor.projects.v1.ListBatchesRequest;
import io.planmonitor.projects.v1.ListBatchesResponse;
import io.planmonitor.projects.v1.SummarizeProjectsRequest;
import io.planmonitor.projects.v1.SummarizeProjectsResponse;
import io.planmonitor.projects.v1.ChangeProjectStageRequest;
import io.planmonitor.projects.v1.BatchCreateProjectsRequest;
import io.planmonitor.projects.v1.BatchCreateProjectsResponse;
import io.planmonitor.projects.v1.CreateProjectRequest;
import io.planmonitor.projects.v1.CompleteMilestoneRequest;
import io.planmonitor.projects.v1.CreateMilestoneRequest;
import io.planmonitor.projects.v1.GetInvestmentProgressRequest;
import io.planmonitor.projects.v1.InvestmentPlan;
import io.planmonitor.projects.v1.InvestmentProgress;
import io.planmonitor.projects.v1.InvestmentReport;
import io.planmonitor.projects.v1.ListInvestmentReportsRequest;
import io.planmonitor.projects.v1.ListInvestmentReportsResponse;
import io.planmonitor.projects.v1.ListMilestonesRequest;
import io.planmonitor.projects.v1.ListMilestonesResponse;
import io.planmonitor.projects.v1.ListOverdueInvestmentReportsRequest;
import io.planmonitor.projects.v1.ListOverdueInvestmentReportsResponse;
import io.planmonitor.projects.v1.ListProjectAlertsRequest;
import io.planmonitor.projects.v1.ListProjectAlertsResponse;
import io.planmonitor.projects.v1.Milestone;
import io.planmonitor.projects.v1.ReportInvestmentRequest;
import io.planmonitor.projects.v1.SetInvestmentPlanRequest;
import io.planmonitor.projects.v1.GetProjectRequest;
import io.planmonitor.projects.v1.ListProjectEventsRequest;
import io.planmonitor.projects.v1.ListProjectEventsResponse;
import io.planmonitor.projects.v1.ListProjectsRequest;
import io.planmonitor.projects.v1.ListProjectsResponse;
import io.planmonitor.projects.v1.Project;
import io.planmonitor.projects.v1.CreateReportedTotalRequest;
import io.planmonitor.projects.v1.ListReportedTotalsRequest;
import io.planmonitor.projects.v1.ListReportedTotalsResponse;
import io.planmonitor.projects.v1.ReportedTotal;
import io.planmonitor.projects.v1.ProjectService;
import io.planmonitor.projects.v1.UpdateProjectRequest;
import io.planmonitor.support.ApiErrors;
import io.planmonitor.support.IsoDates;
import io.planmonitor.support.Page;
import io.planmonitor.support.PageRequest;
import io.planmonitor.support.RequestFields;
import io.planmonitor.support.ResourceNames;
import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;

/** The gRPC adapter of the project registry. Handlers touch the database, so they run off the event loop. */
@GrpcService
@Blocking
public class ProjectGrpcService implements ProjectService {

    private final ProjectRegistry registry;
    private final ProjectWorkGrpcHandlers work;
    private final BatchGrpcHandlers batches;
    private final ReportedTotalGrpcHandlers reportedTotals;
    private final AuditEventRepository auditEvents;
    private final IdempotentWrites idempotent;
    private final BatchCreateProjectHandlers batchCreate;
    private final IndicatorDirectory regions;

    ProjectGrpcService(ProjectRegistry registry, ProjectWorkGrpcHandlers work, BatchGrpcHandlers batches,
            ReportedTotalGrpcHandlers reportedTotals, AuditEventRepository auditEvents, IdempotentWrites idempotent,
            BatchCreateProjectHandlers batchCreate, IndicatorDirectory regions) {
        this.regions = regions;
        this.batchCreate = batchCreate;
        this.idempotent = idempotent;
        this.auditEvents = auditEvents;
        this.registry = registry;
        this.work = work;
        this.batches = batches;
        this.reportedTotals = reportedTotals;
    }

    @Override
    public Uni<Project> getProject(GetProjectRequest request) {
        return Uni.createFrom().item(() -> {
            String id = ResourceNames.parse(ProjectMapper.COLLECTION, request.getName(), "name");
            return ProjectMapper.toProto(registry.get(id));
        });
    }

    @Override
    public Uni<ListProjectsResponse> listProjects(ListProjectsRequest request) {
        return Uni.createFrom().item(() -> {
            Page<ProjectEntity> page = registry.list(ProjectFilters.of(request, regions),
                    PageRequest.of(request.getPageSize(), request.getPageToken()));
            return ListProjectsResponse.newBuilder()
                    .addAllProjects(page.items().stream().map(ProjectMapper::toProto).toList())
                    .setNextPageToken(page.nextPageToken())
                    .setTotalSize(Math.toIntExact(page.totalSize()))
                    .build();
        });
    }

    @Override
    public Uni<Project> createProject(CreateProjectRequest request) {
        return Uni.createFrom().item(() -> idempotent.once(request, Project.parser(), () ->
                ProjectMapper.toProto(registry.create(CreateProjectRequests.toNewEntity(request)))));
    }

    @Override
    public Uni<Project> updateProject(UpdateProjectRequest request) {
        return Uni.createFrom().item(() -> {
            UpdateProjectRequests update = UpdateProjectRequests.of(request);
            return ProjectMapper.toProto(
                    registry.update(update.id(), update.etag(), update.links(), update.newRegionCode(),
                            update.change()));
        });
    }

    @Override
    public Uni<BatchCreateProjectsResponse> batchCreateProjects(BatchCreateProjectsRequest request) {
        return Uni.createFrom().item(() -> idempotent.once(request, BatchCreateProjectsResponse.parser(),
                () -> batchCreate.batchCreate(request)));
    }

    @Override
    public Uni<Project> changeProjectStage(ChangeProjectStageRequest request) {
        // A stage change is not idempotent by itself (the second would meet the new stage): a key makes a retry safe.
        return Uni.createFrom().item(() -> idempotent.once(request, Project.parser(), () -> {
            String id = ResourceNames.parse(ProjectMapper.COLLECTION, request.getName(), "name");
            ProjectStage stage = ProjectMapper.fromProto(request.getStage());
            if (stage == null) {
                throw ApiErrors.invalidArgument("stage", "is required");
            }
            StageChange change = new StageChange(stage,
                    IsoDates.parseRequired(request.getEventDate(), "event_date"),
                    RequestFields.required(request.getReason(), "reason", 500),
                    request.getEtag());
            return ProjectMapper.toProto(registry.changeStage(id, change));
        }));
    }

    @Override
    public Uni<ListProjectEventsResponse> listProjectEvents(ListProjectEventsRequest request) {
        return Uni.createFrom().item(() -> {
            String id = ResourceNames.parse(ProjectMapper.COLLECTION, request.getParent(), "parent");
            Page<ProjectEventEntity> page = registry.listEvents(id,
                    PageRequest.of(request.getPageSize(), request.getPageToken()));
            return ListProjectEventsResponse.newBuilder()
                    .addAllEvents(page.items().stream().map(ProjectMapper::toProto).toList())
                    .setNextPageToken(page.nextPageToken())
                    .build();
        });
    }

    @Override
    public Uni<InvestmentPlan> setInvestmentPlan(SetInvestmentPlanRequest request) {
        return Uni.createFrom().item(() -> work.setInvestmentPlan(request));
    }

    @Override
    public Uni<InvestmentReport> reportInvestment(ReportInvestmentRequest request) {
        return Uni.createFrom().item(() -> work.reportInvestment(request));
    }

    @Override
    public Uni<ListInvestmentReportsResponse> listInvestmentReports(ListInvestmentReportsRequest request) {
        return Uni.createFrom().item(() -> work.listInvestmentReports(request));
    }

    @Override
    public Uni<InvestmentProgress> getInvestmentProgress(GetInvestmentProgressRequest request) {
        return Uni.createFrom().item(() -> work.getInvestmentProgress(request));
    }

    @Override
    public Uni<Milestone> createMilestone(CreateMilestoneRequest request) {
        return Uni.createFrom().item(() -> idempotent.once(request, Milestone.parser(),
                () -> work.createMilestone(request)));
    }

    @Override
    public Uni<ListMilestonesResponse> listMilestones(ListMilestonesRequest request) {
        return Uni.createFrom().item(() -> work.listMilestones(request));
    }

    @Override
    public Uni<Milestone> completeMilestone(CompleteMilestoneRequest request) {
        return Uni.createFrom().item(() -> work.completeMilestone(request));
    }

    @Override
    public Uni<ListProjectAlertsResponse> listProjectAlerts(ListProjectAlertsRequest request) {
        return Uni.createFrom().item(() -> work.listProjectAlerts(request));
    }

    @Override
    public Uni<ListOverdueInvestmentReportsResponse> listOverdueInvestmentReports(
            ListOverdueInvestmentReportsRequest request) {
        return Uni.createFrom().item(() -> work.listOverdueInvestmentReports(request));
    }

    @Override
    public Uni<Batch> createBatch(CreateBatchRequest request) {
        return Uni.createFrom().item(() -> idempotent.once(request, Batch.parser(), () -> batches.createBatch(request)));
    }

    @Override
    public Uni<Batch> getBatch(GetBatchRequest request) {
        return Uni.createFrom().item(() -> batches.getBatch(request));
    }

    @Override
    public Uni<ListBatchesResponse> listBatches(ListBatchesRequest request) {
        return Uni.createFrom().item(() -> batches.listBatches(request));
    }

    @Override
    public Uni<Batch> addBatchProject(AddBatchProjectRequest request) {
        return Uni.createFrom().item(() -> batches.addBatchProject(request));
    }

    @Override
    public Uni<BatchConversion> getBatchConversion(GetBatchConversionRequest request) {
        return Uni.createFrom().item(() -> batches.getBatchConversion(request));
    }

    @Override
    public Uni<SummarizeProjectsResponse> summarizeProjects(SummarizeProjectsRequest request) {
        return Uni.createFrom().item(() -> batches.summarizeProjects(request));
    }

    @Override
    public Uni<ReportedTotal> createReportedTotal(CreateReportedTotalRequest request) {
        return Uni.createFrom().item(() -> idempotent.once(request, ReportedTotal.parser(),
                () -> reportedTotals.create(request)));
    }

    @Override
    public Uni<ListReportedTotalsResponse> listReportedTotals(ListReportedTotalsRequest request) {
        return Uni.createFrom().item(() -> reportedTotals.list(request));
    }

    @Override
    public Uni<ListAuditEventsResponse> listAuditEvents(ListAuditEventsRequest request) {
        return Uni.createFrom().item(() -> AuditEventMapper.toProto(auditEvents.list(request.getResource(),
                request.getActor(), PageRequest.of(request.getPageSize(), request.getPageToken()))));
    }
}

package io.planmonitor.indicators.grpc;

import com.google.protobuf.Empty;
import io.planmonitor.common.v1.ListAuditEventsRequest;
import io.planmonitor.common.v1.ListAuditEventsResponse;
import io.planmonitor.indicators.mapping.IndicatorMapper;
import io.planmonitor.indicators.repository.IndicatorEntity;
import io.planmonitor.indicators.service.IndicatorCatalogue;
import io.planmonitor.indicators.v1.BatchCreateTargetsRequest;
import io.planmonitor.indicators.v1.BatchCreateTargetsResponse;
import io.planmonitor.indicators.v1.CreateIndicatorRequest;
import io.planmonitor.indicators.v1.CreatePlanRequest;
import io.planmonitor.indicators.v1.CreateRegionRequest;
import io.planmonitor.indicators.v1.CreateTargetRequest;
import io.planmonitor.indicators.v1.DeleteTargetRequest;
import io.planmonitor.indicators.v1.EvaluatePlanProgressRequest;
import io.planmonitor.indicators.v1.EvaluatePlanProgressResponse;
import io.planmonitor.indicators.v1.EvaluateProgressRequest;
import io.planmonitor.indicators.v1.EvaluateRegionProgressRequest;
import io.planmonitor.indicators.v1.EvaluateRegionProgressResponse;
import io.planmonitor.indicators.v1.EvaluationNote;
import io.planmonitor.indicators.v1.GetIndicatorRequest;
import io.planmonitor.indicators.v1.GetPlanEvaluationRequest;
import io.planmonitor.indicators.v1.GetPlanRequest;
import io.planmonitor.indicators.v1.GetRegionRequest;
import io.planmonitor.indicators.v1.GetTargetCascadeRequest;
import io.planmonitor.indicators.v1.GetTargetRequest;
import io.planmonitor.indicators.v1.Indicator;
import io.planmonitor.indicators.v1.IndicatorService;
import io.planmonitor.indicators.v1.ListEvaluationNoteVersionsRequest;
import io.planmonitor.indicators.v1.ListEvaluationNoteVersionsResponse;
import io.planmonitor.indicators.v1.ListEvaluationNotesRequest;
import io.planmonitor.indicators.v1.ListEvaluationNotesResponse;
import io.planmonitor.indicators.v1.ListIndicatorsRequest;
import io.planmonitor.indicators.v1.ListIndicatorsResponse;
import io.planmonitor.indicators.v1.ListObservationsRequest;
import io.planmonitor.indicators.v1.ListObservationsResponse;
import io.planmonitor.indicators.v1.ListOverdueUpdatesRequest;
import io.planmonitor.indicators.v1.ListOverdueUpdatesResponse;
import io.planmonitor.indicators.v1.ListPlansRequest;
import io.planmonitor.indicators.v1.ListPlansResponse;
import io.planmonitor.indicators.v1.ListRegionsRequest;
import io.planmonitor.indicators.v1.ListRegionsResponse;
import io.planmonitor.indicators.v1.ListTargetConflictsRequest;
import io.planmonitor.indicators.v1.ListTargetConflictsResponse;
import io.planmonitor.indicators.v1.ListTargetsRequest;
import io.planmonitor.indicators.v1.ListTargetsResponse;
import io.planmonitor.indicators.v1.Observation;
import io.planmonitor.indicators.v1.Plan;
import io.planmonitor.indicators.v1.PlanEvaluation;
import io.planmonitor.indicators.v1.ProgressEvaluation;
import io.planmonitor.indicators.v1.ReconcileYearRequest;
import io.planmonitor.indicators.v1.ReconcileYearResponse;
import io.planmonitor.indicators.v1.RecordObservationRequest;
import io.planmonitor.indicators.v1.RecordObservationsRequest;
import io.planmonitor.indicators.v1.RecordObservationsResponse;
import io.planmonitor.indicators.v1.Region;
import io.planmonitor.indicators.v1.Target;
import io.planmonitor.indicators.v1.TargetCascade;
import io.planmonitor.indicators.v1.UpdateIndicatorRequest;
import io.planmonitor.indicators.v1.UpdatePlanRequest;
import io.planmonitor.indicators.v1.UpdateTargetRequest;
import io.planmonitor.indicators.v1.WriteEvaluationNoteRequest;
import io.planmonitor.support.ApiErrors;
import io.planmonitor.support.Page;
import io.planmonitor.support.PageRequest;
import io.planmonitor.support.RequestFields;
import io.planmonitor.support.ResourceNames;
import io.planmonitor.support.audit.AuditEventMapper;
import io.planmonitor.support.audit.AuditEventRepository;
import io.planmonitor.support.idempotency.IdempotentWrites;
import io.quarkus.grpc.GrpcService;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Uni;
import java.util.List;

/** The gRPC adapter of indicators-service. Handlers touch the database, so they run off the event loop. */
@GrpcService
@Blocking
public class IndicatorGrpcService implements IndicatorService {

    private final IndicatorCatalogue catalogue;
    private final PlanningGrpcHandlers planning;
    private final ObservationGrpcHandlers observations;
    private final EvaluationNoteGrpcHandlers notes;
    private final AuditEventRepository auditEvents;
    private final IdempotentWrites idempotent;

    IndicatorGrpcService(IndicatorCatalogue catalogue, PlanningGrpcHandlers planning,
            ObservationGrpcHandlers observations, EvaluationNoteGrpcHandlers notes, AuditEventRepository auditEvents,
            IdempotentWrites idempotent) {
        this.notes = notes;
        this.idempotent = idempotent;
        this.auditEvents = auditEvents;
        this.catalogue = catalogue;
        this.planning = planning;
        this.observations = observations;
    }

    @Override
    public Uni<Indicator> getIndicator(GetIndicatorRequest request) {
        return Uni.createFrom().item(() -> {
            String id = ResourceNames.parse(IndicatorMapper.COLLECTION, request.getName(), "name");
            return IndicatorMapper.toProto(catalogue.get(id));
        });
    }

    @Override
    public Uni<ListIndicatorsResponse> listIndicators(ListIndicatorsRequest request) {
        return Uni.createFrom().item(() -> {
            String wording = RequestFields.optional(request.getWording(), "wording", 200);
            String category = RequestFields.optional(request.getCategory(), "category", 100);
            Page<IndicatorEntity> page = catalogue.list(wording, category,
                    PageRequest.of(request.getPageSize(), request.getPageToken()));
            return ListIndicatorsResponse.newBuilder()
                    .addAllIndicators(page.items().stream().map(IndicatorMapper::toProto).toList())
                    .setNextPageToken(page.nextPageToken())
                    .setTotalSize(Math.toIntExact(page.totalSize()))
                    .build();
        });
    }

    @Override
    public Uni<Indicator> createIndicator(CreateIndicatorRequest request) {
        return Uni.createFrom().item(() -> idempotent.once(request, Indicator.parser(), () ->
                IndicatorMapper.toProto(catalogue.create(CreateIndicatorRequests.toNewEntity(request)))));
    }

    @Override
    public Uni<Indicator> updateIndicator(UpdateIndicatorRequest request) {
        return Uni.createFrom().item(() -> {
            Indicator source = request.getIndicator();
            String id = ResourceNames.parse(IndicatorMapper.COLLECTION, source.getName(), "indicator.name");
            List<String> paths = request.getUpdateMask().getPathsCount() > 0
                    ? request.getUpdateMask().getPathsList() : IndicatorFields.populated(source);
            if (paths.isEmpty()) {
                throw ApiErrors.invalidArgument("update_mask", "names no field to change");
            }
            paths.forEach(path -> IndicatorFields.apply(path, source, new IndicatorEntity()));
            return IndicatorMapper.toProto(catalogue.update(id, source.getEtag(),
                    indicator -> {
                        paths.forEach(path -> IndicatorFields.apply(path, source, indicator));
                        IndicatorFields.checkConsistency(indicator);
                    }));
        });
    }

    @Override
    public Uni<Region> getRegion(GetRegionRequest request) {
        return Uni.createFrom().item(() -> planning.getRegion(request));
    }

    @Override
    public Uni<ListRegionsResponse> listRegions(ListRegionsRequest request) {
        return Uni.createFrom().item(() -> planning.listRegions(request));
    }

    @Override
    public Uni<Region> createRegion(CreateRegionRequest request) {
        return Uni.createFrom().item(() -> idempotent.once(request, Region.parser(),
                () -> planning.createRegion(request)));
    }

    @Override
    public Uni<Plan> getPlan(GetPlanRequest request) {
        return Uni.createFrom().item(() -> planning.getPlan(request));
    }

    @Override
    public Uni<ListPlansResponse> listPlans(ListPlansRequest request) {
        return Uni.createFrom().item(() -> planning.listPlans(request));
    }

    @Override
    public Uni<Plan> createPlan(CreatePlanRequest request) {
        return Uni.createFrom().item(() -> idempotent.once(request, Plan.parser(), () -> planning.createPlan(request)));
    }

    @Override
    public Uni<Target> createTarget(CreateTargetRequest request) {
        return Uni.createFrom().item(() -> idempotent.once(request, Target.parser(),
                () -> planning.createTarget(request)));
    }

    @Override
    public Uni<BatchCreateTargetsResponse> batchCreateTargets(BatchCreateTargetsRequest request) {
        return Uni.createFrom().item(() -> idempotent.once(request, BatchCreateTargetsResponse.parser(),
                () -> planning.batchCreateTargets(request)));
    }

    @Override
    public Uni<Target> getTarget(GetTargetRequest request) {
        return Uni.createFrom().item(() -> planning.getTarget(request));
    }

    @Override
    public Uni<ListTargetsResponse> listTargets(ListTargetsRequest request) {
        return Uni.createFrom().item(() -> planning.listTargets(request));
    }

    @Override
    public Uni<ListTargetConflictsResponse> listTargetConflicts(ListTargetConflictsRequest request) {
        return Uni.createFrom().item(() -> planning.listTargetConflicts(request));
    }

    @Override
    public Uni<Target> updateTarget(UpdateTargetRequest request) {
        return Uni.createFrom().item(() -> planning.updateTarget(request));
    }

    @Override
    public Uni<Empty> deleteTarget(DeleteTargetRequest request) {
        return Uni.createFrom().item(() -> {
            planning.deleteTarget(request);
            return Empty.getDefaultInstance();
        });
    }

    @Override
    public Uni<Observation> recordObservation(RecordObservationRequest request) {
        return Uni.createFrom().item(() -> observations.recordObservation(request));
    }

    @Override
    public Uni<ListObservationsResponse> listObservations(ListObservationsRequest request) {
        return Uni.createFrom().item(() -> observations.listObservations(request));
    }

    @Override
    public Uni<RecordObservationsResponse> recordObservations(RecordObservationsRequest request) {
        return Uni.createFrom().item(() -> observations.recordObservations(request));
    }

    @Override
    public Uni<ProgressEvaluation> evaluateProgress(EvaluateProgressRequest request) {
        return Uni.createFrom().item(() -> planning.evaluateProgress(request));
    }

    @Override
    public Uni<EvaluatePlanProgressResponse> evaluatePlanProgress(EvaluatePlanProgressRequest request) {
        return Uni.createFrom().item(() -> planning.evaluatePlanProgress(request));
    }

    @Override
    public Uni<EvaluateRegionProgressResponse> evaluateRegionProgress(EvaluateRegionProgressRequest request) {
        return Uni.createFrom().item(() -> planning.evaluateRegionProgress(request));
    }

    @Override
    public Uni<ListOverdueUpdatesResponse> listOverdueUpdates(ListOverdueUpdatesRequest request) {
        return Uni.createFrom().item(() -> planning.listOverdueUpdates(request));
    }

    @Override
    public Uni<PlanEvaluation> getPlanEvaluation(GetPlanEvaluationRequest request) {
        return Uni.createFrom().item(() -> planning.getPlanEvaluation(request));
    }

    @Override
    public Uni<TargetCascade> getTargetCascade(GetTargetCascadeRequest request) {
        return Uni.createFrom().item(() -> planning.getTargetCascade(request));
    }

    @Override
    public Uni<ReconcileYearResponse> reconcileYear(ReconcileYearRequest request) {
        return Uni.createFrom().item(() -> planning.reconcileYear(request));
    }

    @Override
    public Uni<Plan> updatePlan(UpdatePlanRequest request) {
        return Uni.createFrom().item(() -> planning.updatePlan(request));
    }

    @Override
    public Uni<EvaluationNote> writeEvaluationNote(WriteEvaluationNoteRequest request) {
        return Uni.createFrom().item(() -> notes.write(request));
    }

    @Override
    public Uni<ListEvaluationNotesResponse> listEvaluationNotes(ListEvaluationNotesRequest request) {
        return Uni.createFrom().item(() -> notes.list(request));
    }

    @Override
    public Uni<ListEvaluationNoteVersionsResponse> listEvaluationNoteVersions(
            ListEvaluationNoteVersionsRequest request) {
        return Uni.createFrom().item(() -> notes.versions(request));
    }

    @Override
    public Uni<ListAuditEventsResponse> listAuditEvents(ListAuditEventsRequest request) {
        return Uni.createFrom().item(() -> AuditEventMapper.toProto(auditEvents.list(request.getResource(),
                request.getActor(), PageRequest.of(request.getPageSize(), request.getPageToken()))));
    }
}

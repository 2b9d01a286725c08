package io.planmonitor.indicators.grpc;

import io.grpc.StatusRuntimeException;
import io.planmonitor.indicators.domain.PlanKind;
import io.planmonitor.indicators.domain.RegionLevel;
import io.planmonitor.indicators.domain.TargetAttribute;
import io.planmonitor.indicators.domain.progress.ProgressStatus;
import io.planmonitor.indicators.mapping.CascadeMapper;
import io.planmonitor.indicators.mapping.EvaluationMapper;
import io.planmonitor.indicators.mapping.FreshnessMapper;
import io.planmonitor.indicators.mapping.PlanMapper;
import io.planmonitor.indicators.mapping.ProgressMapper;
import io.planmonitor.indicators.mapping.ReconciliationMapper;
import io.planmonitor.indicators.mapping.TargetMapper;
import io.planmonitor.indicators.repository.PlanEntity;
import io.planmonitor.indicators.repository.RegionEntity;
import io.planmonitor.indicators.repository.TargetEntity;
import io.planmonitor.indicators.service.OverdueUpdates;
import io.planmonitor.indicators.service.PlanEvaluations;
import io.planmonitor.indicators.service.PlanRegistry;
import io.planmonitor.indicators.service.ProgressAssessor;
import io.planmonitor.indicators.service.RegionDirectory;
import io.planmonitor.indicators.service.TargetBook;
import io.planmonitor.indicators.service.TargetCascades;
import io.planmonitor.indicators.service.TargetConflicts;
import io.planmonitor.indicators.service.TargetFilter;
import io.planmonitor.indicators.service.YearReconciler;
import io.planmonitor.indicators.v1.BatchCreateTargetsRequest;
import io.planmonitor.indicators.v1.BatchCreateTargetsResponse;
import io.planmonitor.indicators.v1.BatchMode;
import io.planmonitor.indicators.v1.CreatePlanRequest;
import io.planmonitor.indicators.v1.CreateRegionRequest;
import io.planmonitor.indicators.v1.CreateTargetRequest;
import io.planmonitor.indicators.v1.DeleteTargetRequest;
import io.planmonitor.indicators.v1.EvaluatePlanProgressRequest;
import io.planmonitor.indicators.v1.EvaluatePlanProgressResponse;
import io.planmonitor.indicators.v1.EvaluateProgressRequest;
import io.planmonitor.indicators.v1.EvaluateRegionProgressRequest;
import io.planmonitor.indicators.v1.EvaluateRegionProgressResponse;
import io.planmonitor.indicators.v1.GetPlanRequest;
import io.planmonitor.indicators.v1.GetRegionRequest;
import io.planmonitor.indicators.v1.GetTargetRequest;
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
import io.planmonitor.indicators.v1.GetPlanEvaluationRequest;
import io.planmonitor.indicators.v1.GetTargetCascadeRequest;
import io.planmonitor.indicators.v1.Plan;
import io.planmonitor.indicators.v1.PlanEvaluation;
import io.planmonitor.indicators.v1.ReconcileYearRequest;
import io.planmonitor.indicators.v1.ReconcileYearResponse;
import io.planmonitor.indicators.v1.ProgressEvaluation;
import io.planmonitor.indicators.v1.Region;
import io.planmonitor.indicators.v1.Target;
import io.planmonitor.indicators.v1.TargetCascade;
import io.planmonitor.indicators.v1.TargetResult;
import io.planmonitor.indicators.v1.UpdatePlanRequest;
import io.planmonitor.indicators.v1.UpdateTargetRequest;
import io.planmonitor.support.ApiErrors;
import io.planmonitor.support.EnumNames;
import io.planmonitor.support.IsoDates;
import io.planmonitor.support.Page;
import io.planmonitor.support.PageRequest;
import io.planmonitor.support.RequestFields;
import io.planmonitor.support.ResourceNames;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The region, plan and target methods of IndicatorService: request checks and mapping. */
@ApplicationScoped
class PlanningGrpcHandlers {

    private static final Pattern REGION_CODE = Pattern.compile("\\d{6}");

    /** Items of one BatchCreateTargets: a plan's table is tens of rows; a thousand keeps one transaction short. */
    static final int MAX_TARGET_BATCH = 1000;

    private final RegionDirectory regions;
    private final PlanRegistry plans;
    private final TargetBook targets;
    private final ProgressAssessor progress;
    private final TargetConflicts conflicts;
    private final YearReconciler reconciler;
    private final TargetCascades cascades;
    private final OverdueUpdates overdue;
    private final PlanEvaluations evaluations;

    PlanningGrpcHandlers(RegionDirectory regions, PlanRegistry plans, TargetBook targets, ProgressAssessor progress,
            TargetConflicts conflicts, YearReconciler reconciler, TargetCascades cascades, OverdueUpdates overdue,
            PlanEvaluations evaluations) {
        this.evaluations = evaluations;
        this.reconciler = reconciler;
        this.cascades = cascades;
        this.overdue = overdue;
        this.regions = regions;
        this.plans = plans;
        this.targets = targets;
        this.progress = progress;
        this.conflicts = conflicts;
    }

    Region getRegion(GetRegionRequest request) {
        return PlanMapper.toProto(regions.get(RegionDirectory.code(request.getName(), "name")));
    }

    ListRegionsResponse listRegions(ListRegionsRequest request) {
        String parent = request.getParent().isEmpty() ? null : RegionDirectory.code(request.getParent(), "parent");
        Page<RegionEntity> page = regions.list(parent, PageRequest.of(request.getPageSize(), request.getPageToken()));
        return ListRegionsResponse.newBuilder()
                .addAllRegions(page.items().stream().map(PlanMapper::toProto).toList())
                .setNextPageToken(page.nextPageToken())
                .setTotalSize(Math.toIntExact(page.totalSize()))
                .build();
    }

    Region createRegion(CreateRegionRequest request) {
        if (!REGION_CODE.matcher(request.getRegionCode()).matches()) {
            throw ApiErrors.invalidArgument("region_code", "must be a six-digit GB/T 2260 code");
        }
        RegionEntity region = new RegionEntity();
        region.code = request.getRegionCode();
        region.displayName = RequestFields.required(request.getRegion().getDisplayName(), "region.display_name", 100);
        region.level = EnumNames.required(request.getRegion().getLevel(), PlanMapper.REGION_LEVEL, RegionLevel.class,
                "region.level");
        region.parentCode = request.getRegion().getParent().isEmpty() ? null
                : RegionDirectory.code(request.getRegion().getParent(), "region.parent");
        return PlanMapper.toProto(regions.create(region));
    }

    Plan getPlan(GetPlanRequest request) {
        return PlanMapper.toProto(plans.get(ResourceNames.parse(PlanMapper.COLLECTION, request.getName(), "name")));
    }

    ListPlansResponse listPlans(ListPlansRequest request) {
        Set<String> region = null;
        if (!request.getRegion().isEmpty()) {
            String code = RegionDirectory.code(request.getRegion(), "region");
            region = request.getIncludeSubregions() ? regions.withSubregions(code) : Set.of(code);
        } else if (request.getIncludeSubregions()) {
            throw ApiErrors.invalidArgument("include_subregions", "needs a region");
        }
        PlanKind kind = EnumNames.optional(request.getKind(), PlanMapper.PLAN_KIND, PlanKind.class, "kind");
        Integer year = request.getYear() == 0 ? null : TargetFields.year(request.getYear(), "year");
        Page<PlanEntity> page = plans.list(region, kind, year,
                PageRequest.of(request.getPageSize(), request.getPageToken()));
        return ListPlansResponse.newBuilder()
                .addAllPlans(page.items().stream().map(PlanMapper::toProto).toList())
                .setNextPageToken(page.nextPageToken())
                .setTotalSize(Math.toIntExact(page.totalSize()))
                .build();
    }

    Plan createPlan(CreatePlanRequest request) {
        Plan source = request.getPlan();
        PlanEntity plan = new PlanEntity();
        plan.id = ResourceNames.chooseId(request.getPlanId(), "plan_id");
        plan.displayName = RequestFields.required(source.getDisplayName(), "plan.display_name", 300);
        plan.kind = EnumNames.required(source.getKind(), PlanMapper.PLAN_KIND, PlanKind.class, "plan.kind");
        if (!source.hasPeriod()) {
            throw ApiErrors.invalidArgument("plan.period", "is required");
        }
        plan.startYear = source.getPeriod().getStartYear();
        plan.endYear = source.getPeriod().getEndYear();
        if (plan.startYear < 1949 || plan.endYear > 2100 || plan.startYear > plan.endYear) {
            throw ApiErrors.invalidArgument("plan.period", "must run from a start year to an end year not before it");
        }
        plan.issuer = RequestFields.optional(source.getIssuer(), "plan.issuer", 200);
        plan.issueDate = IsoDates.parseOptional(source.getIssueDate(), "plan.issue_date");
        plan.sourceName = RequestFields.optional(source.getSourceDocument().getName(), "plan.source_document.name", 300);
        String sha256 = source.getSourceDocument().getSha256();
        if (!sha256.isEmpty() && !sha256.matches("[0-9a-f]{64}")) {
            throw ApiErrors.invalidArgument("plan.source_document.sha256", "must be 64 lower-case hex digits");
        }
        plan.sourceSha256 = sha256.isEmpty() ? null : sha256;
        return PlanMapper.toProto(plans.create(plan, source.getRegion(), source.getParent()));
    }

    Plan updatePlan(UpdatePlanRequest request) {
        Plan source = request.getPlan();
        String id = ResourceNames.parse(PlanMapper.COLLECTION, source.getName(), "plan.name");
        List<String> changeable = List.of("display_name", "issuer", "issue_date", "source_document");
        List<String> paths = request.getUpdateMask().getPathsCount() > 0 ? request.getUpdateMask().getPathsList()
                : source.getAllFields().keySet().stream().map(f -> f.getName()).filter(changeable::contains).toList();
        if (paths.isEmpty()) {
            throw ApiErrors.invalidArgument("update_mask", "names no field to change");
        }
        for (String path : paths) {
            if (!changeable.contains(path)) {
                throw ApiErrors.invalidArgument("update_mask", "'" + path + "' cannot change; these can: "
                        + String.join(", ", changeable));
            }
        }
        PlanEntity checked = new PlanEntity();
        applyPlanFields(paths, source, checked);
        return PlanMapper.toProto(plans.update(id, source.getEtag(), plan -> applyPlanFields(paths, source, plan)));
    }

    private static void applyPlanFields(List<String> paths, Plan source, PlanEntity plan) {
        for (String path : paths) {
            switch (path) {
                case "display_name" -> plan.displayName = RequestFields.required(source.getDisplayName(),
                        "plan.display_name", 300);
                case "issuer" -> plan.issuer = RequestFields.optional(source.getIssuer(), "plan.issuer", 200);
                case "issue_date" -> plan.issueDate = IsoDates.parseOptional(source.getIssueDate(), "plan.issue_date");
                default -> {
                    plan.sourceName = RequestFields.optional(source.getSourceDocument().getName(),
                            "plan.source_document.name", 300);
                    String sha256 = source.getSourceDocument().getSha256();
                    if (!sha256.isEmpty() && !sha256.matches("[0-9a-f]{64}")) {
                        throw ApiErrors.invalidArgument("plan.source_document.sha256", "must be 64 lower-case hex digits");
                    }
                    plan.sourceSha256 = sha256.isEmpty() ? null : sha256;
                }
            }
        }
    }

    Target createTarget(CreateTargetRequest request) {
        TargetEntity target = new TargetEntity();
        target.planId = ResourceNames.parse(PlanMapper.COLLECTION, request.getParent(), "parent");
        target.targetId = ResourceNames.chooseId(request.getTargetId(), "target_id");
        TargetFields.WRITABLE.forEach(path -> TargetFields.apply(path, request.getTarget(), target));
        return TargetMapper.toProto(targets.create(target, request.getTarget().getIndicator(),
                request.getTarget().getRegion()));
    }

    BatchCreateTargetsResponse batchCreateTargets(BatchCreateTargetsRequest request) {
        String planId = ResourceNames.parse(PlanMapper.COLLECTION, request.getParent(), "parent");
        if (request.getRequestsCount() > MAX_TARGET_BATCH) {
            throw ApiErrors.invalidArgument("requests", "holds " + request.getRequestsCount()
                    + " items; send at most " + MAX_TARGET_BATCH + " per call");
        }
        List<TargetBook.NewTarget> items = new ArrayList<>();
        for (CreateTargetRequest item : request.getRequestsList()) {
            TargetEntity target = new TargetEntity();
            StatusRuntimeException malformed = null;
            try {
                if (!item.getParent().isEmpty() && !item.getParent().equals(request.getParent())) {
                    throw ApiErrors.invalidArgument("parent", "must be empty or " + request.getParent());
                }
                target.planId = planId;
                target.targetId = ResourceNames.chooseId(item.getTargetId(), "target_id");
                TargetFields.WRITABLE.forEach(path -> TargetFields.apply(path, item.getTarget(), target));
            } catch (StatusRuntimeException e) {
                malformed = e;
            }
            items.add(new TargetBook.NewTarget(target, item.getTarget().getIndicator(), item.getTarget().getRegion(),
                    malformed));
        }
        TargetBook.BatchOutcome outcome = targets.createAll(planId, items, request.getValidateOnly(),
                request.getMode() != BatchMode.BATCH_MODE_VALID_ITEMS);
        BatchCreateTargetsResponse.Builder response = BatchCreateTargetsResponse.newBuilder()
                .setWrittenCount(outcome.written());
        for (int i = 0; i < items.size(); i++) {
            TargetResult.Builder result = TargetResult.newBuilder().setIndex(i);
            StatusRuntimeException refusal = outcome.refusals().get(i);
            if (refusal != null) {
                result.addAllViolations(ItemViolations.of(refusal));
            } else {
                result.setTarget(TargetMapper.toProto(items.get(i).target()));
            }
            response.addResults(result);
        }
        return response.build();
    }

    Target getTarget(GetTargetRequest request) {
        Matcher name = TargetMapper.parseName(request.getName(), "name");
        return TargetMapper.toProto(targets.get(name.group(1), name.group(2)));
    }

    ListTargetsResponse listTargets(ListTargetsRequest request) {
        String planId = ResourceNames.parse(PlanMapper.COLLECTION, request.getParent(), "parent");
        TargetFilter filter = TargetFilter.ofPlan(planId, category(request.getCategory()),
                attribute(request.getAttribute()));
        Page<TargetEntity> page = targets.list(filter, PageRequest.of(request.getPageSize(), request.getPageToken()));
        return ListTargetsResponse.newBuilder()
                .addAllTargets(page.items().stream().map(TargetMapper::toProto).toList())
                .setNextPageToken(page.nextPageToken())
                .setTotalSize(Math.toIntExact(page.totalSize()))
                .build();
    }

    ListTargetConflictsResponse listTargetConflicts(ListTargetConflictsRequest request) {
        String planId = request.getParent().isEmpty() ? null
                : ResourceNames.parse(PlanMapper.COLLECTION, request.getParent(), "parent");
        return ListTargetConflictsResponse.newBuilder()
                .addAllConflicts(conflicts.list(planId).stream().map(TargetMapper::toProto).toList())
                .build();
    }

    Target updateTarget(UpdateTargetRequest request) {
        Target source = request.getTarget();
        Matcher name = TargetMapper.parseName(source.getName(), "target.name");
        List<String> paths = request.getUpdateMask().getPathsCount() > 0
                ? request.getUpdateMask().getPathsList() : TargetFields.populated(source);
        if (paths.isEmpty()) {
            throw ApiErrors.invalidArgument("update_mask", "names no field to change");
        }
        TargetEntity scratch = new TargetEntity();
        paths.forEach(path -> TargetFields.apply(path, source, scratch));
        return TargetMapper.toProto(targets.update(name.group(1), name.group(2), source.getEtag(),
                target -> paths.forEach(path -> TargetFields.apply(path, source, target))));
    }

    void deleteTarget(DeleteTargetRequest request) {
        Matcher name = TargetMapper.parseName(request.getName(), "name");
        targets.delete(name.group(1), name.group(2), request.getEtag());
    }

    ProgressEvaluation evaluateProgress(EvaluateProgressRequest request) {
        Matcher name = TargetMapper.parseName(request.getTarget(), "target");
        return ProgressMapper.toProto(progress.assess(name.group(1), name.group(2), asOf(request.getAsOfDate())));
    }

    EvaluatePlanProgressResponse evaluatePlanProgress(EvaluatePlanProgressRequest request) {
        String planId = ResourceNames.parse(PlanMapper.COLLECTION, request.getPlan(), "plan");
        TargetFilter filter = TargetFilter.ofPlan(planId, category(request.getCategory()),
                attribute(request.getAttribute()));
        Page<ProgressAssessor.Assessed> page = progress.assess(filter, status(request.getStatus()),
                asOf(request.getAsOfDate()), PageRequest.of(request.getPageSize(), request.getPageToken()));
        return EvaluatePlanProgressResponse.newBuilder()
                .addAllEvaluations(page.items().stream().map(ProgressMapper::toProto).toList())
                .setNextPageToken(page.nextPageToken())
                .build();
    }

    EvaluateRegionProgressResponse evaluateRegionProgress(EvaluateRegionProgressRequest request) {
        Set<String> codes = regionCodes(request.getRegion(), request.getIncludeSubregions());
        String planId = optionalPlanId(request.getPlan());
        TargetFilter filter = TargetFilter.ofRegions(codes, planId, category(request.getCategory()),
                attribute(request.getAttribute()));
        Page<ProgressAssessor.Assessed> page = progress.assess(filter, status(request.getStatus()),
                asOf(request.getAsOfDate()), PageRequest.of(request.getPageSize(), request.getPageToken()));
        return EvaluateRegionProgressResponse.newBuilder()
                .addAllEvaluations(page.items().stream().map(ProgressMapper::toProto).toList())
                .setNextPageToken(page.nextPageToken())
                .build();
    }

    ListOverdueUpdatesResponse listOverdueUpdates(ListOverdueUpdatesRequest request) {
        return FreshnessMapper.toProto(overdue.list(regionCodes(request.getRegion(), request.getIncludeSubregions()),
                optionalPlanId(request.getPlan()), asOf(request.getAsOfDate())));
    }

    PlanEvaluation getPlanEvaluation(GetPlanEvaluationRequest request) {
        String planId = ResourceNames.parse(PlanMapper.COLLECTION, request.getPlan(), "plan");
        return EvaluationMapper.toProto(evaluations.evaluate(planId, asOf(request.getAsOfDate()),
                EvaluationMapper.fromProto(request.getKind())));
    }

    TargetCascade getTargetCascade(GetTargetCascadeRequest request) {
        Matcher name = TargetMapper.parseName(request.getTarget(), "target");
        return CascadeMapper.toProto(cascades.cascade(name.group(1), name.group(2), asOf(request.getAsOfDate())));
    }

    ReconcileYearResponse reconcileYear(ReconcileYearRequest request) {
        String region = RegionDirectory.code(request.getRegion(), "region");
        int year = TargetFields.year(request.getYear(), "year");
        return ReconciliationMapper.toProto(region, year, reconciler.reconcile(region, year));
    }

    /** The region a request names ("region"), with the regions under it when asked; NOT_FOUND when unknown. */
    private Set<String> regionCodes(String regionName, boolean includeSubregions) {
        String region = RegionDirectory.code(regionName, "region");
        return includeSubregions ? regions.withSubregions(region) : Set.of(regions.get(region).code);
    }

    /** An optional "plans/{plan}" filter ("plan"): its id, or null for any plan. */
    private static String optionalPlanId(String plan) {
        return plan.isEmpty() ? null : ResourceNames.parse(PlanMapper.COLLECTION, plan, "plan");
    }

    private static String category(String category) {
        return RequestFields.optional(category, "category", 100);
    }

    private static TargetAttribute attribute(io.planmonitor.indicators.v1.TargetAttribute attribute) {
        return EnumNames.optional(attribute, TargetMapper.ATTRIBUTE, TargetAttribute.class, "attribute");
    }

    private static ProgressStatus status(io.planmonitor.indicators.v1.ProgressStatus status) {
        return EnumNames.optional(status, ProgressMapper.STATUS, ProgressStatus.class, "status");
    }

    private static LocalDate asOf(String date) {
        LocalDate asOf = IsoDates.parseOptional(date, "as_of_date");
        return asOf == null ? LocalDate.now() : asOf;
    }
}

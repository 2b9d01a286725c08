package io.planmonitor.projects.service;

import io.planmonitor.projects.domain.BatchRole;
import io.planmonitor.projects.domain.ProjectStage;
import io.planmonitor.projects.repository.BatchEntity;
import io.planmonitor.projects.repository.BatchMemberEntity;
import io.planmonitor.projects.repository.BatchMemberRepository;
import io.planmonitor.projects.repository.BatchRepository;
import io.planmonitor.projects.repository.ProjectEntity;
import io.planmonitor.projects.repository.ProjectRepository;
import io.planmonitor.projects.mapping.BatchMapper;
import io.planmonitor.support.ApiErrors;
import io.planmonitor.support.audit.AuditTrail;
import io.planmonitor.support.auth.GrpcCall;
import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The 三个一批 batches: which projects each quarter signs, starts and puts into operation, and what became of them. */
@ApplicationScoped
public class BatchBoard {

    /** A signed project "has started" once it reached any of these stages. */
    private static final Set<ProjectStage> STARTED_OR_LATER =
            EnumSet.of(ProjectStage.STARTED, ProjectStage.CONTINUING, ProjectStage.COMPLETED, ProjectStage.IN_OPERATION);

    private final BatchRepository batches;
    private final BatchMemberRepository members;
    private final ProjectRepository projects;
    private final AuditTrail audit;

    BatchBoard(BatchRepository batches, BatchMemberRepository members, ProjectRepository projects, AuditTrail audit) {
        this.audit = audit;
        this.batches = batches;
        this.members = members;
        this.projects = projects;
    }

    public static String batchId(int year, int quarter) {
        return year + "-q" + quarter;
    }

    @Transactional
    public BatchView create(int year, int quarter, String title) {
        // A quarter's batch belongs to no one region: it is the campaign every region's projects join.
        GrpcCall.caller().checkAdmin("open a 三个一批 batch");
        String id = batchId(year, quarter);
        if (batches.findById(id) != null) {
            throw ApiErrors.alreadyExists(BatchMapper.COLLECTION + "/" + id);
        }
        BatchEntity batch = new BatchEntity();
        batch.id = id;
        batch.year = year;
        batch.quarter = quarter;
        batch.title = title;
        batches.persistAndFlush(batch);
        BatchView created = new BatchView(batch, List.of());
        audit.created(BatchMapper.COLLECTION + "/" + id, BatchMapper.toProto(created));
        return created;
    }

    @Transactional
    public BatchView get(String id) {
        return new BatchView(find(id), members.ofBatch(id));
    }

    @Transactional
    public List<BatchView> list(Integer year) {
        Sort newestFirst = Sort.descending("year", "quarter");
        List<BatchEntity> found = year == null ? batches.listAll(newestFirst) : batches.list("year", newestFirst, year);
        return found.stream().map(batch -> new BatchView(batch, members.ofBatch(batch.id))).toList();
    }

    @Transactional
    public BatchView add(String batchId, String projectId, BatchRole role) {
        BatchView before = new BatchView(find(batchId), members.ofBatch(batchId));
        ProjectEntity project = projects.findById(projectId);
        if (project == null) {
            throw ApiErrors.invalidArgument("member.project", "projects/" + projectId + " does not exist");
        }
        GrpcCall.caller().checkCanWrite(project.regionCode);
        BatchMemberEntity.Key key = new BatchMemberEntity.Key(batchId, projectId, role);
        if (members.findById(key) == null) {
            BatchMemberEntity member = new BatchMemberEntity();
            member.key = key;
            members.persistAndFlush(member);
        }
        BatchView after = new BatchView(find(batchId), members.ofBatch(batchId));
        audit.changed(BatchMapper.COLLECTION + "/" + batchId, BatchMapper.toProto(before), BatchMapper.toProto(after));
        return after;
    }

    @Transactional
    public BatchConversionView conversion(String batchId) {
        find(batchId);
        Map<BatchRole, Integer> counts = new EnumMap<>(BatchRole.class);
        Map<BatchRole, BigDecimal> investment = new EnumMap<>(BatchRole.class);
        int signedNowStarted = 0;
        int signedNowInOperation = 0;
        int startedNowInOperation = 0;
        for (BatchRole role : BatchRole.values()) {
            counts.put(role, 0);
            investment.put(role, BigDecimal.ZERO.setScale(2));
        }
        for (BatchMemberEntity member : members.ofBatch(batchId)) {
            BatchRole role = member.key.role();
            ProjectEntity project = projects.findById(member.key.projectId());
            counts.merge(role, 1, Integer::sum);
            if (project.totalInvestmentAmount != null && "CNY".equals(project.totalInvestmentCurrency)) {
                investment.merge(role, project.totalInvestmentAmount, BigDecimal::add);
            }
            boolean operating = project.stage == ProjectStage.IN_OPERATION;
            if (role == BatchRole.SIGN) {
                signedNowStarted += STARTED_OR_LATER.contains(project.stage) ? 1 : 0;
                signedNowInOperation += operating ? 1 : 0;
            } else if (role == BatchRole.START) {
                startedNowInOperation += operating ? 1 : 0;
            }
        }
        return new BatchConversionView(batchId, counts, investment, signedNowStarted, signedNowInOperation,
                startedNowInOperation);
    }

    private BatchEntity find(String id) {
        BatchEntity batch = batches.findById(id);
        if (batch == null) {
            throw ApiErrors.notFound(BatchMapper.COLLECTION + "/" + id);
        }
        return batch;
    }
}

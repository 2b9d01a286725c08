package io.planmonitor.projects.service;

import io.grpc.StatusRuntimeException;
import io.planmonitor.projects.domain.ProjectLifecycle;
import io.planmonitor.projects.domain.ProjectStage;
import io.planmonitor.projects.mapping.ProjectMapper;
import io.planmonitor.projects.repository.ProjectEntity;
import io.planmonitor.projects.repository.ProjectEventEntity;
import io.planmonitor.projects.repository.ProjectEventRepository;
import io.planmonitor.projects.repository.ProjectRepository;
import io.planmonitor.support.ApiErrors;
import io.planmonitor.support.KeysetPages;
import io.planmonitor.support.Page;
import io.planmonitor.support.PageRequest;
import io.planmonitor.support.ResourceNames;
import io.planmonitor.support.VersionedWrites;
import io.planmonitor.support.audit.AuditTrail;
import io.planmonitor.support.auth.GrpcCall;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;
import jakarta.transaction.Transactional;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.hibernate.exception.ConstraintViolationException;

/** The key-project registry's rules and transactions. */
@ApplicationScoped
public class ProjectRegistry {


    private final ProjectRepository projects;
    private final ProjectEventRepository events;
    private final IndicatorDirectory indicatorDirectory;
    private final AuditTrail audit;

    ProjectRegistry(ProjectRepository projects, ProjectEventRepository events, IndicatorDirectory indicatorDirectory,
            AuditTrail audit) {
        this.audit = audit;
        this.projects = projects;
        this.events = events;
        this.indicatorDirectory = indicatorDirectory;
    }

    @Transactional
    public ProjectEntity get(String id) {
        ProjectEntity project = projects.findById(id);
        if (project == null) {
            throw ApiErrors.notFound(ResourceNames.format(ProjectMapper.COLLECTION, id));
        }
        return project;
    }

    /** Projects in id order, optionally only those matching {@code filter}. */
    @Transactional
    public Page<ProjectEntity> list(ProjectFilter filter, PageRequest request) {
        return KeysetPages.read(projects, request, "id", project -> project.id, filter.conditions());
    }

    /**
     * Checks the linked indicators with indicators-service first, outside any transaction (no connection is held
     * while waiting on the network), then writes the project in one transaction: a failed check writes nothing.
     */
    public ProjectEntity create(ProjectEntity project) {
        GrpcCall.caller().checkCanWrite(project.regionCode);
        failIfTaken(project.id);
        indicatorDirectory.requireLinks(new ProjectLinks(project.indicators, project.targets, project.plan));
        indicatorDirectory.requireRegionIfReachable(project.regionCode, "project.region_code");
        return QuarkusTransaction.requiringNew().call(() -> write(project));
    }

    /**
     * Registers a batch of projects. Every item is checked first, as {@link #create} checks one (region scope, id
     * and national code free, and not twice in the batch, links with indicators-service), with one query for the
     * batch's ids and codes and one call per distinct region or set of links; with {@code validateOnly} nothing is
     * written. The checked items are then written in one transaction: with {@code allOrNothing} none when an item was
     * refused; otherwise the valid ones, and should that transaction fail (a concurrent writer took an id or code),
     * each valid item in its own.
     */
    public BatchOutcome createAll(List<NewProject> items, boolean validateOnly, boolean allOrNothing) {
        BatchChecks checks = new BatchChecks(items);
        List<StatusRuntimeException> refusals = new ArrayList<>();
        for (NewProject item : items) {
            refusals.add(item.malformed() != null ? item.malformed() : checks.refusal(item.project()));
        }
        boolean anyRefused = refusals.stream().anyMatch(Objects::nonNull);
        if (validateOnly || (allOrNothing && anyRefused)) {
            return new BatchOutcome(refusals, 0);
        }
        List<ProjectEntity> valid = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (refusals.get(i) == null) {
                valid.add(items.get(i).project());
            }
        }
        if (allOrNothing) {
            QuarkusTransaction.requiringNew().run(() -> valid.forEach(this::write));
            return new BatchOutcome(refusals, valid.size());
        }
        try {
            QuarkusTransaction.requiringNew().run(() -> {
                valid.forEach(this::persistChecked);
                projects.flush();
            });
            return new BatchOutcome(refusals, valid.size());
        } catch (StatusRuntimeException | PersistenceException concurrentWrite) {
            return writeEach(items, refusals);
        }
    }

    /** Each valid item in its own transaction, checked again: what a batch does when its one transaction failed. */
    private BatchOutcome writeEach(List<NewProject> items, List<StatusRuntimeException> refusals) {
        int written = 0;
        for (int i = 0; i < items.size(); i++) {
            if (refusals.get(i) == null) {
                ProjectEntity project = items.get(i).project();
                try {
                    QuarkusTransaction.requiringNew().run(() -> write(project));
                    written++;
                } catch (StatusRuntimeException e) {
                    refusals.set(i, e);
                }
            }
        }
        return new BatchOutcome(refusals, written);
    }

    /**
     * The checks of one batch: ids and national codes taken before it (one query each), those seen in it, and the
     * answers of indicators-service for each region and set of links, asked once.
     */
    private final class BatchChecks {
        private final Set<String> takenIds;
        private final Set<String> takenCodes;
        private final Set<String> ids = new HashSet<>();
        private final Set<String> codes = new HashSet<>();
        private final Map<String, Optional<StatusRuntimeException>> regions = new HashMap<>();
        private final Map<ProjectLinks, Optional<StatusRuntimeException>> links = new HashMap<>();

        BatchChecks(List<NewProject> items) {
            List<ProjectEntity> wellFormed = items.stream().filter(item -> item.malformed() == null)
                    .map(NewProject::project).toList();
            takenIds = taken("id", wellFormed.stream().map(project -> project.id).toList());
            takenCodes = taken("nationalCode", wellFormed.stream().map(project -> project.nationalCode)
                    .filter(Objects::nonNull).toList());
        }

        /** Why a well-formed item is refused, or null. */
        StatusRuntimeException refusal(ProjectEntity project) {
            try {
                GrpcCall.caller().checkCanWrite(project.regionCode);
                if (!ids.add(project.id)) {
                    throw ApiErrors.invalidArgument("project_id", project.id + " is in the batch twice");
                }
                if (project.nationalCode != null && !codes.add(project.nationalCode)) {
                    throw ApiErrors.invalidArgument("project.national_code",
                            project.nationalCode + " is in the batch twice");
                }
                if (takenIds.contains(project.id)) {
                    throw ApiErrors.alreadyExists(ResourceNames.format(ProjectMapper.COLLECTION, project.id));
                }
                if (project.nationalCode != null && takenCodes.contains(project.nationalCode)) {
                    throw ApiErrors.alreadyExists("a project with national_code " + project.nationalCode);
                }
                once(links, new ProjectLinks(project.indicators, project.targets, project.plan),
                        indicatorDirectory::requireLinks);
                once(regions, project.regionCode,
                        code -> indicatorDirectory.requireRegionIfReachable(code, "project.region_code"));
                return null;
            } catch (StatusRuntimeException e) {
                return e;
            }
        }

        private <K> void once(Map<K, Optional<StatusRuntimeException>> answers, K key, Consumer<K> check) {
            Optional<StatusRuntimeException> refusal = answers.computeIfAbsent(key, k -> {
                try {
                    check.accept(k);
                    return Optional.empty();
                } catch (StatusRuntimeException e) {
                    return Optional.of(e);
                }
            });
            if (refusal.isPresent()) {
                throw refusal.get();
            }
        }

        private Set<String> taken(String field, List<String> values) {
            if (values.isEmpty()) {
                return Set.of();
            }
            return new HashSet<>(projects.getEntityManager().createQuery("select p." + field
                    + " from ProjectEntity p where p." + field + " in :values", String.class)
                    .setParameter("values", values).getResultList());
        }
    }

    /** One item of a batch: the project read from it, or why its fields could not be read. */
    public record NewProject(ProjectEntity project, StatusRuntimeException malformed) {
    }

    /** Per item the refusal (null when accepted), and how many projects were written. */
    public record BatchOutcome(List<StatusRuntimeException> refusals, int written) {
    }

    /** Writes a new project and its audit row, checking its id and code again; call inside a transaction. */
    private ProjectEntity write(ProjectEntity project) {
        failIfTaken(project.id);
        failIfCodeTaken(project);
        projects.persistAndFlush(project);
        audit.created(ResourceNames.format(ProjectMapper.COLLECTION, project.id), ProjectMapper.toProto(project));
        return project;
    }

    /**
     * Adds a project checked a moment ago and its audit row, for the transaction's flush to insert with the others:
     * a writer in between that took its id or code makes that flush fail on the unique indexes.
     */
    private void persistChecked(ProjectEntity project) {
        projects.persist(project);
        audit.created(ResourceNames.format(ProjectMapper.COLLECTION, project.id), ProjectMapper.toProto(project));
    }

    /**
     * Applies {@code change} to the project in one transaction. New indicator, target and plan links are checked with
     * indicators-service first, outside the transaction. ABORTED when {@code etag} is given and stale, or when another
     * writer commits between our read and our write.
     */
    public ProjectEntity update(String id, String etag, ProjectLinks newLinks, String newRegionCode,
            Consumer<ProjectEntity> change) {
        if (newRegionCode != null) {
            GrpcCall.caller().checkCanWrite(newRegionCode);
        }
        indicatorDirectory.requireLinks(newLinks);
        if (newRegionCode != null) {
            indicatorDirectory.requireRegionIfReachable(newRegionCode, "project.region_code");
        }
        return OptimisticWrites.inTransaction(ResourceNames.format(ProjectMapper.COLLECTION, id), () -> {
            ProjectEntity project = lockForWrite(id);
            requireCurrent(project, etag);
            GrpcCall.caller().checkCanWrite(project.regionCode);
            var before = ProjectMapper.toProto(project);
            change.accept(project);
            VersionedWrites.moveVersion(projects, project);
            flushKeepingCodesUnique(project);
            audit.changed(ResourceNames.format(ProjectMapper.COLLECTION, id), before, ProjectMapper.toProto(project));
            return project;
        });
    }

    /** Moves the project along its lifecycle and records the event, in one transaction. */
    public ProjectEntity changeStage(String id, StageChange change) {
        return OptimisticWrites.inTransaction(ResourceNames.format(ProjectMapper.COLLECTION, id), () -> {
            ProjectEntity project = lockForWrite(id);
            requireCurrent(project, change.etag());
            GrpcCall.caller().checkCanWrite(project.regionCode);
            var before = ProjectMapper.toProto(project);
            if (!ProjectLifecycle.allows(project.stage, change.stage(), project.suspendedFrom)) {
                throw ApiErrors.failedPrecondition(ResourceNames.format(ProjectMapper.COLLECTION, id) + " is " + project.stage
                        + (project.stage == ProjectStage.SUSPENDED ? " (from " + project.suspendedFrom + ")" : "")
                        + " and cannot move to " + change.stage());
            }
            events.latest(id).ifPresent(previous -> {
                if (change.eventDate().isBefore(previous.eventDate)) {
                    throw ApiErrors.invalidArgument("event_date",
                            "is before the project's previous event on " + previous.eventDate);
                }
            });
            ProjectEventEntity event = new ProjectEventEntity();
            event.projectId = id;
            event.fromStage = project.stage;
            event.toStage = change.stage();
            event.eventDate = change.eventDate();
            event.reason = change.reason();
            events.persist(event);
            project.suspendedFrom = change.stage() == ProjectStage.SUSPENDED ? project.stage : null;
            project.stage = change.stage();
            projects.flush();
            audit.changed(ResourceNames.format(ProjectMapper.COLLECTION, id), before, ProjectMapper.toProto(project));
            return project;
        });
    }

    /** The project, for a write to its data (plans, reports, milestones): refused unless its region is the caller's. */
    @Transactional
    public ProjectEntity getForWrite(String id) {
        ProjectEntity project = get(id);
        GrpcCall.caller().checkCanWrite(project.regionCode);
        return project;
    }

    @Transactional
    public Page<ProjectEventEntity> listEvents(String id, PageRequest request) {
        get(id);
        long after = request.afterId() == null ? 0 : request.afterNumber();
        List<ProjectEventEntity> rows = events.pageWithLookahead(id, after, request.size());
        return Page.fromLookahead(rows, request, event -> event.id.toString(), 0);
    }

    private ProjectEntity lockForWrite(String id) {
        ProjectEntity project = VersionedWrites.lockForWrite(projects, ProjectEntity.class, id);
        if (project == null) {
            throw ApiErrors.notFound(ResourceNames.format(ProjectMapper.COLLECTION, id));
        }
        return project;
    }

    private static void requireCurrent(ProjectEntity project, String etag) {
        String current = Long.toString(project.version);
        if (!etag.isEmpty() && !etag.equals(current)) {
            throw ApiErrors.staleEtag(ResourceNames.format(ProjectMapper.COLLECTION, project.id), etag, current);
        }
    }

    private void failIfTaken(String id) {
        if (projects.findByIdOptional(id).isPresent()) {
            throw ApiErrors.alreadyExists(ResourceNames.format(ProjectMapper.COLLECTION, id));
        }
    }

    /**
     * Writes the change now. A national code another project holds fails on the unique index; the query of
     * failIfCodeTaken would flush the changed row first and fail the same way, so the index is the check here.
     */
    private void flushKeepingCodesUnique(ProjectEntity project) {
        try {
            projects.flush();
        } catch (ConstraintViolationException e) {
            if (e.getConstraintName() != null && e.getConstraintName().contains("national_code")) {
                throw ApiErrors.alreadyExists("a project with national_code " + project.nationalCode);
            }
            throw e;
        }
    }

    /** The national project code identifies one project. */
    private void failIfCodeTaken(ProjectEntity project) {
        if (project.nationalCode != null
                && projects.count("nationalCode = ?1 and id <> ?2", project.nationalCode, project.id) > 0) {
            throw ApiErrors.alreadyExists("a project with national_code " + project.nationalCode);
        }
    }
}

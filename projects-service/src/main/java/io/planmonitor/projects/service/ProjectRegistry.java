package io.planmonitor.projects.service;

import io.planmonitor.projects.repository.ProjectEntity;
import io.planmonitor.projects.repository.ProjectRepository;
import io.planmonitor.support.ApiErrors;
import io.planmonitor.support.KeysetPages;
import io.planmonitor.support.Page;
import io.planmonitor.support.PageRequest;
import io.planmonitor.support.ResourceNames;
import io.quarkus.narayana.jta.QuarkusTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

/** The key-project registry's rules and transactions. */
@ApplicationScoped
public class ProjectRegistry {

    public static final String COLLECTION = "projects";

    private final ProjectRepository projects;
    private final IndicatorDirectory indicatorDirectory;

    ProjectRegistry(ProjectRepository projects, IndicatorDirectory indicatorDirectory) {
        this.projects = projects;
        this.indicatorDirectory = indicatorDirectory;
    }

    @Transactional
    public ProjectEntity get(String id) {
        ProjectEntity project = projects.findById(id);
        if (project == null) {
            throw ApiErrors.notFound(ResourceNames.format(COLLECTION, id));
        }
        return project;
    }

    @Transactional
    public Page<ProjectEntity> list(PageRequest request) {
        return KeysetPages.read(projects, request, project -> project.id);
    }

    /**
     * Checks the linked indicators with indicators-service first, outside any transaction (no connection is held
     * while waiting on the network), then writes the project in one transaction: a failed check writes nothing.
     */
    public ProjectEntity create(ProjectEntity project) {
        failIfTaken(project.id);
        indicatorDirectory.requireExisting(project.indicators, "project.indicators");
        return QuarkusTransaction.requiringNew().call(() -> {
            failIfTaken(project.id);
            projects.persistAndFlush(project);
            return project;
        });
    }

    private void failIfTaken(String id) {
        if (projects.findByIdOptional(id).isPresent()) {
            throw ApiErrors.alreadyExists(ResourceNames.format(COLLECTION, id));
        }
    }
}

package io.planmonitor.projects.repository;

import io.planmonitor.projects.domain.ProjectStage;
import io.planmonitor.support.DatabaseTime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** One lifecycle move of a project; rows are only ever added. */
@Entity
@Table(name = "project_event")
public class ProjectEventEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "project_id", nullable = false)
    public String projectId;

    @Enumerated(EnumType.STRING)
    @Column(name = "from_stage", nullable = false)
    public ProjectStage fromStage;

    @Enumerated(EnumType.STRING)
    @Column(name = "to_stage", nullable = false)
    public ProjectStage toStage;

    @Column(name = "event_date", nullable = false)
    public LocalDate eventDate;

    @Column(nullable = false)
    public String reason;

    @Column(name = "create_time", nullable = false)
    public Instant createTime;

    @PrePersist
    void stampCreation() {
        createTime = DatabaseTime.now();
    }
}

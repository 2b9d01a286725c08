package io.planmonitor.projects.repository;

import io.planmonitor.projects.domain.MilestoneKind;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A preparation step of a project, with its due and actual dates. */
@Entity
@Table(name = "milestone")
public class MilestoneEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "project_id", nullable = false)
    public String projectId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public MilestoneKind kind;

    public String title;

    @Column(name = "due_date", nullable = false)
    public LocalDate dueDate;

    @Column(name = "actual_date")
    public LocalDate actualDate;
}

package io.planmonitor.indicators.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One version of a staff note of a plan's evaluation; rows are only ever added. */
@Entity
@Table(name = "evaluation_note")
public class EvaluationNoteEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "plan_id", nullable = false)
    public String planId;

    /** "mid-term" or "final", as the resource name spells it. */
    @Column(nullable = false)
    public String evaluation;

    /** A target id of the plan, or "overall". */
    @Column(nullable = false)
    public String subject;

    @Column(nullable = false)
    public int version;

    public String reasons;

    public String measures;

    @Column(nullable = false)
    public String author;

    @Column(name = "write_time", nullable = false)
    public Instant writeTime;
}

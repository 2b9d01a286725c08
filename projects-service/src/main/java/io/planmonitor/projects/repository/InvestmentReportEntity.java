package io.planmonitor.projects.repository;

import io.planmonitor.support.DatabaseTime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** Investment completed in a year up to the end of a month. */
@Entity
@Table(name = "investment_report")
public class InvestmentReportEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "project_id", nullable = false)
    public String projectId;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public int month;

    @Column(nullable = false)
    public BigDecimal amount;

    @Column(nullable = false)
    public String currency;

    @Column(name = "correction_reason")
    public String correctionReason;

    @Column(name = "update_time", nullable = false)
    public Instant updateTime;

    @PrePersist
    @PreUpdate
    void stamp() {
        updateTime = DatabaseTime.now();
    }
}

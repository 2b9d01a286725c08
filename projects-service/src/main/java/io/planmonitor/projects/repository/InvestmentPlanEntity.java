package io.planmonitor.projects.repository;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;

/** A project's planned investment for one year. */
@Entity
@Table(name = "investment_plan")
public class InvestmentPlanEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "project_id", nullable = false)
    public String projectId;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public BigDecimal amount;

    @Column(nullable = false)
    public String currency;
}

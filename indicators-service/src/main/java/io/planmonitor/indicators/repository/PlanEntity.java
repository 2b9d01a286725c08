package io.planmonitor.indicators.repository;

import io.planmonitor.indicators.domain.PlanKind;
import io.planmonitor.support.DatabaseTime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A plan document: outline, recommendations, annual plan or work report. */
@Entity
@Table(name = "plan")
public class PlanEntity {

    @Id
    public String id;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public PlanKind kind;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(name = "start_year", nullable = false)
    public int startYear;

    @Column(name = "end_year", nullable = false)
    public int endYear;

    public String issuer;

    @Column(name = "issue_date")
    public LocalDate issueDate;

    @Column(name = "parent_id")
    public String parentId;

    @Column(name = "source_name")
    public String sourceName;

    @Column(name = "source_sha256")
    public String sourceSha256;

    @Column(name = "create_time", nullable = false)
    public Instant createTime;

    @Version
    public long version;

    @PrePersist
    void stampCreation() {
        createTime = DatabaseTime.now();
    }
}

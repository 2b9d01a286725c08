package io.planmonitor.indicators.repository;

import io.planmonitor.indicators.domain.Comparator;
import io.planmonitor.indicators.domain.TargetAttribute;
import io.planmonitor.indicators.domain.ReportingFrequency;
import io.planmonitor.indicators.domain.TargetForm;
import io.planmonitor.support.DatabaseTime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;

/** A plan's target. {@code id} is "{planId}/{targetId}", so ids sort by plan for keyset paging. */
@Entity
@Table(name = "target")
public class TargetEntity {

    @Id
    public String id;

    @Column(name = "plan_id", nullable = false)
    public String planId;

    @Column(name = "target_id", nullable = false)
    public String targetId;

    @Column(name = "indicator_id", nullable = false)
    public String indicatorId;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(name = "baseline_year", nullable = false)
    public int baselineYear;

    @Column(name = "baseline_value")
    public BigDecimal baselineValue;

    @Column(name = "target_year", nullable = false)
    public int targetYear;

    /** Null when the document leaves a placeholder: "not set", never zero. */
    @Column(name = "target_value")
    public BigDecimal targetValue;

    @Column(name = "upper_bound")
    public BigDecimal upperBound;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TargetForm form;

    /** Null only for a target left unset: a number the document does not give needs no qualifier. */
    @Enumerated(EnumType.STRING)
    public Comparator comparator;

    @Column(nullable = false)
    public boolean stretch;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public TargetAttribute attribute;

    @Column(nullable = false)
    public String unit;

    @Column(name = "provenance_document")
    public String provenanceDocument;

    @Column(name = "provenance_quote")
    public String provenanceQuote;

    @Column(name = "provenance_location")
    public String provenanceLocation;

    @Column(name = "update_time", nullable = false)
    public Instant updateTime;

    /** The "{plan}/{target}" id of the target this one is a share of (分解落实); null for most targets. */
    @Column(name = "parent_target_id")
    public String parentTargetId;

    /** 牵头单位 / 责任单位, as the plan or the office names it; null when none is assigned. */
    @Column(name = "responsible_unit")
    public String responsibleUnit;

    /** Null is read as yearly. */
    @Enumerated(EnumType.STRING)
    @Column(name = "reporting_frequency")
    public ReportingFrequency reportingFrequency;

    @Version
    public long version;

    @PrePersist
    @PreUpdate
    void stamp() {
        updateTime = DatabaseTime.now();
    }
}

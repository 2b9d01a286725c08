package io.planmonitor.indicators.repository;

import io.planmonitor.indicators.domain.ObservationStatus;
import io.planmonitor.indicators.domain.PeriodKind;
import io.planmonitor.support.DatabaseTime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** One vintage of a value; rows are never overwritten, only marked no longer latest. */
@Entity
@Table(name = "observation")
public class ObservationEntity {

    /** 50 ids at a time from the column's sequence (it steps by 50), so a batch's rows insert in a few statements. */
    @Id
    @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "observation_id")
    @SequenceGenerator(name = "observation_id", sequenceName = "observation_id_seq", allocationSize = 50)
    public Long id;

    @Column(name = "indicator_id", nullable = false)
    public String indicatorId;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Enumerated(EnumType.STRING)
    @Column(name = "period_kind", nullable = false)
    public PeriodKind periodKind;

    /** The period written one way ("2023", "2023Q1", "2023-05", "2016-2020"): the key vintages share. */
    @Column(name = "period_key", nullable = false)
    public String periodKey;

    @Column(name = "period_year", nullable = false)
    public int periodYear;

    @Column(name = "period_quarter")
    public Integer periodQuarter;

    @Column(name = "period_month")
    public Integer periodMonth;

    @Column(name = "period_end_year")
    public Integer periodEndYear;

    @Column(nullable = false)
    public BigDecimal value;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ObservationStatus status;

    @Column(nullable = false)
    public String source;

    public String quote;

    /** The source document's public address, when it has one. */
    @Column(name = "source_url")
    public String sourceUrl;

    /** The arithmetic when the value was computed from printed figures; null when printed as recorded. */
    public String derivation;

    /** From a secondary compilation: never current while its period has an official vintage. */
    @Column(nullable = false)
    public boolean secondary;

    @Column(nullable = false)
    public boolean latest;

    @Column(name = "create_time", nullable = false)
    public Instant createTime;

    @PrePersist
    void stampCreation() {
        createTime = DatabaseTime.now();
    }
}

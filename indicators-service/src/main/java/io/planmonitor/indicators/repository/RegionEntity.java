package io.planmonitor.indicators.repository;

import io.planmonitor.indicators.domain.RegionLevel;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A region, keyed by its GB/T 2260 code. */
@Entity
@Table(name = "region")
public class RegionEntity {

    @Id
    public String code;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public RegionLevel level;

    @Column(name = "parent_code")
    public String parentCode;
}

package io.planmonitor.indicators.repository;

import io.planmonitor.indicators.domain.IndicatorDirection;
import io.planmonitor.support.DatabaseTime;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.PrePersist;
import jakarta.persistence.PreUpdate;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** A row of the indicator catalogue. */
@Entity
@Table(name = "indicator")
public class IndicatorEntity {

    @Id
    public String id;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Column(name = "english_name")
    public String englishName;

    @Column(nullable = false)
    public String unit;

    public String code;

    @Column(name = "base_unit")
    public String baseUnit;

    /** How many base units one unit is (亿元 → 100000000 元); null with baseUnit when not given. */
    @Column(name = "unit_multiplier")
    public BigDecimal unitMultiplier;

    public String category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public IndicatorDirection direction;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "indicator_alias", joinColumns = @JoinColumn(name = "indicator_id"))
    @OrderColumn(name = "position")
    @Column(name = "alias", nullable = false)
    public List<String> aliases = new ArrayList<>();

    @Column(name = "create_time", nullable = false)
    public Instant createTime;

    @Column(name = "update_time", nullable = false)
    public Instant updateTime;

    @Version
    public long version;

    @PrePersist
    void stampCreation() {
        createTime = DatabaseTime.now();
        updateTime = createTime;
    }

    @PreUpdate
    void stampUpdate() {
        updateTime = DatabaseTime.now();
    }
}

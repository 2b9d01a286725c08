package io.planmonitor.indicators.repository;

import io.planmonitor.indicators.domain.IndicatorDirection;
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
import java.time.Instant;

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

    public String category;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public IndicatorDirection direction;

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

package io.planmonitor.projects.repository;

import io.planmonitor.support.DatabaseTime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A region's completed investment for a month, waiting to be published to indicators-service. */
@Entity
@Table(name = "investment_outbox")
public class InvestmentOutboxEntity {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(nullable = false)
    public int year;

    @Column(nullable = false)
    public int month;

    @Column(nullable = false)
    public BigDecimal amount;

    @Column(name = "create_time", nullable = false)
    public Instant createTime;

    @Column(name = "delivered_time")
    public Instant deliveredTime;

    /** How often indicators-service refused the row (not counting times it was unreachable). */
    @Column(nullable = false)
    public int attempts;

    @Column(name = "last_error")
    public String lastError;

    /** Keeps {@code error} as the last one, cut to the column's 500 characters (a status with its cause runs longer). */
    public void recordError(String error) {
        lastError = error == null || error.length() <= 500 ? error : error.substring(0, 500);
    }

    @PrePersist
    void stampCreation() {
        createTime = DatabaseTime.now();
    }
}

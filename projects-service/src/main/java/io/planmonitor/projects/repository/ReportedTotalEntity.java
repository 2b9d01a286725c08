package io.planmonitor.projects.repository;

import io.planmonitor.support.DatabaseTime;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.PrePersist;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;

/** A total a document reports for a programme of projects (三个一批, 省市重点项目), with the sentence it stands in. */
@Entity
@Table(name = "reported_total")
public class ReportedTotalEntity {

    @Id
    public String id;

    @Column(nullable = false)
    public String programme;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Column(nullable = false)
    public int year;

    @Column(name = "batch_count")
    public Integer batchCount;

    @Column(name = "project_count")
    public Integer projectCount;

    @Column(name = "total_investment_amount")
    public BigDecimal totalInvestmentAmount;

    @Column(name = "total_investment_currency")
    public String totalInvestmentCurrency;

    @Column(name = "completed_investment_amount")
    public BigDecimal completedInvestmentAmount;

    @Column(name = "completed_investment_currency")
    public String completedInvestmentCurrency;

    @Column(name = "provenance_document", nullable = false)
    public String provenanceDocument;

    @Column(name = "provenance_quote", nullable = false)
    public String provenanceQuote;

    @Column(name = "provenance_location")
    public String provenanceLocation;

    @Column(name = "create_time", nullable = false)
    public Instant createTime;

    @PrePersist
    void stampCreation() {
        createTime = DatabaseTime.now();
    }
}

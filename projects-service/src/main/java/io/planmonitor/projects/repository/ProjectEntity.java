package io.planmonitor.projects.repository;

import io.planmonitor.projects.domain.InvestmentReporting;
import io.planmonitor.projects.domain.ProjectLevel;
import io.planmonitor.projects.domain.ProjectStage;
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
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A row of the key-project registry. */
@Entity
@Table(name = "project")
public class ProjectEntity {

    @Id
    public String id;

    @Column(name = "display_name", nullable = false)
    public String displayName;

    @Column(name = "region_code", nullable = false)
    public String regionCode;

    @Enumerated(EnumType.STRING)
    public ProjectLevel level;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    public ProjectStage stage;

    @Column(name = "total_investment_amount")
    public BigDecimal totalInvestmentAmount;

    @Column(name = "total_investment_currency")
    public String totalInvestmentCurrency;

    /** Resource names in indicators-service ("indicators/{id}"): a link across the service boundary, not a foreign key. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "project_indicator", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    @Column(name = "indicator_name", nullable = false)
    public List<String> indicators = new ArrayList<>();

    /** Target names in indicators-service ("plans/{plan}/targets/{target}"), checked there, not a foreign key. */
    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "project_target", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    @Column(name = "target_name", nullable = false)
    public List<String> targets = new ArrayList<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "project_alias", joinColumns = @JoinColumn(name = "project_id"))
    @OrderColumn(name = "position")
    @Column(name = "alias", nullable = false)
    public List<String> aliases = new ArrayList<>();

    @Column(name = "national_code")
    public String nationalCode;

    public String sector;

    @Column(name = "owner_organization")
    public String ownerOrganization;

    @Column(name = "plan_section")
    public String planSection;

    /** 责任单位: who answers for the project's reports; null when unassigned. */
    @Column(name = "responsible_unit")
    public String responsibleUnit;

    /** Null is read as monthly. */
    @Enumerated(EnumType.STRING)
    @Column(name = "investment_reporting")
    public InvestmentReporting investmentReporting;

    /** "plans/{plan}" of indicators-service: the plan document that lists the project. */
    @Column(name = "plan_name")
    public String plan;

    @Column(name = "revised_total_investment_amount")
    public BigDecimal revisedTotalInvestmentAmount;

    @Column(name = "revised_total_investment_currency")
    public String revisedTotalInvestmentCurrency;

    @Column(name = "planned_start_date")
    public LocalDate plannedStartDate;

    @Column(name = "planned_completion_date")
    public LocalDate plannedCompletionDate;

    @Column(name = "provenance_document")
    public String provenanceDocument;

    @Column(name = "provenance_quote")
    public String provenanceQuote;

    @Column(name = "provenance_location")
    public String provenanceLocation;

    /** The stage a suspended project resumes to; null unless suspended. */
    @Enumerated(EnumType.STRING)
    @Column(name = "suspended_from")
    public ProjectStage suspendedFrom;

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

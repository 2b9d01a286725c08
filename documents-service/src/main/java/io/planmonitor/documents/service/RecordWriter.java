package io.planmonitor.documents.service;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.planmonitor.common.v1.Decimal;
import io.planmonitor.common.v1.Money;
import io.planmonitor.common.v1.Provenance;
import io.planmonitor.common.v1.YearSpan;
import io.planmonitor.documents.repository.DocumentEntity;
import io.planmonitor.documents.v1.Candidate;
import io.planmonitor.documents.v1.IndicatorReading;
import io.planmonitor.documents.v1.ObservationCandidate;
import io.planmonitor.documents.v1.ProgrammeTotalCandidate;
import io.planmonitor.documents.v1.ProjectCandidate;
import io.planmonitor.documents.v1.TargetCandidate;
import io.planmonitor.extraction.DocumentKind;
import io.planmonitor.extraction.Units;
import io.planmonitor.indicators.v1.Comparator;
import io.planmonitor.indicators.v1.CreateIndicatorRequest;
import io.planmonitor.indicators.v1.CreatePlanRequest;
import io.planmonitor.indicators.v1.CreateTargetRequest;
import io.planmonitor.indicators.v1.GetIndicatorRequest;
import io.planmonitor.indicators.v1.Indicator;
import io.planmonitor.indicators.v1.IndicatorServiceGrpc;
import io.planmonitor.indicators.v1.Observation;
import io.planmonitor.indicators.v1.ObservationStatus;
import io.planmonitor.indicators.v1.Period;
import io.planmonitor.indicators.v1.PeriodKind;
import io.planmonitor.indicators.v1.Plan;
import io.planmonitor.indicators.v1.PlanKind;
import io.planmonitor.indicators.v1.RecordObservationRequest;
import io.planmonitor.indicators.v1.SourceDocument;
import io.planmonitor.indicators.v1.Target;
import io.planmonitor.indicators.v1.TargetAttribute;
import io.planmonitor.indicators.v1.TargetForm;
import io.planmonitor.projects.v1.CreateProjectRequest;
import io.planmonitor.projects.v1.CreateReportedTotalRequest;
import io.planmonitor.projects.v1.Project;
import io.planmonitor.projects.v1.ProjectServiceGrpc;
import io.planmonitor.projects.v1.ProjectStage;
import io.planmonitor.projects.v1.ReportedTotal;
import io.planmonitor.support.ApiErrors;
import io.quarkus.grpc.GrpcClient;
import io.quarkus.grpc.RegisterClientInterceptor;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Writes an accepted candidate through the service that owns its kind, as the reviewer (DownstreamCalls passes the
 * token on): a target into the document's plan, an observation under its indicator, a project, a programme total.
 * Each write is one call the owning service makes whole or not at all, with an id derived from the candidate
 * ({document}-{n}), so accepting again after a lost answer meets ALREADY_EXISTS instead of writing twice. The record's
 * provenance names the document and quotes it.
 */
@ApplicationScoped
public class RecordWriter {

    /** What was written: its resource name, and the plan made for the document when one was. */
    public record Written(String resource, String planId) {
    }

    private static final Pattern SPAN = Pattern.compile("(\\d{4})-(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");

    @GrpcClient("indicators")
    @RegisterClientInterceptor(DownstreamCalls.class)
    IndicatorServiceGrpc.IndicatorServiceBlockingStub indicators;

    @GrpcClient("projects")
    @RegisterClientInterceptor(DownstreamCalls.class)
    ProjectServiceGrpc.ProjectServiceBlockingStub projects;

    @ConfigProperty(name = "planmonitor.downstream.deadline")
    Duration deadline;

    public Written write(DocumentEntity document, Candidate candidate, String recordId) {
        return switch (candidate.getReadingCase()) {
            case TARGET -> target(document, candidate, recordId);
            case OBSERVATION -> new Written(observation(document, candidate), null);
            case PROJECT -> new Written(project(document, candidate, recordId), null);
            case PROGRAMME_TOTAL -> new Written(total(document, candidate, recordId), null);
            default -> throw new IllegalStateException("a candidate without a reading: " + candidate.getName());
        };
    }

    private Written target(DocumentEntity document, Candidate candidate, String recordId) {
        if (document.kind == DocumentKind.STATISTICAL_BULLETIN) {
            throw ApiErrors.failedPrecondition("a statistical bulletin reports results and sets no targets");
        }
        TargetCandidate t = candidate.getTarget();
        String planId = document.planId != null ? document.planId : ensurePlan(document);
        Target.Builder target = Target.newBuilder()
                .setIndicator(indicator(t.getIndicator(), t.getUnit(), "target.indicator"))
                .setRegion("regions/" + document.regionCode)
                .setBaselineYear(t.getBaselineYear())
                .setTargetYear(t.getTargetYear())
                .setForm(enumOf(TargetForm.class, "TARGET_FORM_", t.getForm(), "target.form"))
                .setStretch(t.getStretch())
                .setAttribute(t.getAttribute().isEmpty() ? TargetAttribute.TARGET_ATTRIBUTE_EXPECTED
                        : enumOf(TargetAttribute.class, "TARGET_ATTRIBUTE_", t.getAttribute(), "target.attribute"))
                .setUnit(t.getUnit())
                .setProvenance(provenance(document, candidate));
        if (t.hasBaselineValue()) {
            target.setBaselineValue(t.getBaselineValue());
        }
        if (t.hasValue()) {
            target.setTargetValue(t.getValue());
            target.setComparator(enumOf(Comparator.class, "COMPARATOR_", t.getComparator(), "target.comparator"));
        }
        if (t.hasUpperBound()) {
            target.setUpperBound(t.getUpperBound());
        }
        String name = created(() -> indicators().createTarget(CreateTargetRequest.newBuilder()
                .setParent("plans/" + planId).setTargetId(recordId).setTarget(target).build()).getName(),
                "plans/" + planId + "/targets/" + recordId);
        return new Written(name, document.planId == null ? planId : null);
    }

    private String observation(DocumentEntity document, Candidate candidate) {
        ObservationCandidate o = candidate.getObservation();
        String indicator = indicator(o.getIndicator(), o.getUnit(), "observation.indicator");
        String unit = indicators().getIndicator(GetIndicatorRequest.newBuilder().setName(indicator).build()).getUnit();
        BigDecimal factor = Units.factor(o.getUnit(), unit);
        if (factor == null) {
            throw ApiErrors.invalidArgument("observation.unit", "a value in " + o.getUnit() + " cannot be recorded for "
                    + indicator + ", whose unit is " + unit + ": edit the candidate's indicator or unit");
        }
        BigDecimal value = new BigDecimal(o.getValue().getValue()).multiply(factor).stripTrailingZeros();
        Observation observation = Observation.newBuilder()
                .setRegion("regions/" + (o.getRegionCode().isEmpty() ? document.regionCode : o.getRegionCode()))
                .setPeriod(period(o.getPeriod()))
                .setValue(Decimal.newBuilder().setValue(value.toPlainString()))
                .setStatus(enumOf(ObservationStatus.class, "OBSERVATION_STATUS_", o.getStatus(), "observation.status"))
                .setSource(document.title)
                .setQuote(candidate.getQuote())
                .setSourceUrl(document.sourceUrl == null ? "" : document.sourceUrl)
                .setSecondary(document.secondary)
                .setDerivation(o.getDerivation())
                .build();
        return indicators().recordObservation(RecordObservationRequest.newBuilder().setParent(indicator)
                .setObservation(observation).build()).getName();
    }

    private String project(DocumentEntity document, Candidate candidate, String recordId) {
        ProjectCandidate p = candidate.getProject();
        Project.Builder project = Project.newBuilder()
                .setDisplayName(p.getDisplayName())
                .setRegionCode(document.regionCode)
                .setStage(enumOf(ProjectStage.class, "PROJECT_STAGE_", p.getStage(), "project.stage"))
                .setSector(p.getSector())
                .setPlanSection(candidate.getSection())
                .setProvenance(provenance(document, candidate));
        if (document.planId != null) {
            project.setPlan("plans/" + document.planId);
        }
        if (p.hasInvestment()) {
            project.setTotalInvestment(p.getInvestment());
        }
        return created(() -> projects().createProject(CreateProjectRequest.newBuilder().setProjectId(recordId)
                .setProject(project).build()).getName(), "projects/" + recordId);
    }

    private String total(DocumentEntity document, Candidate candidate, String recordId) {
        ProgrammeTotalCandidate t = candidate.getProgrammeTotal();
        ReportedTotal.Builder total = ReportedTotal.newBuilder()
                .setProgramme(t.getProgramme())
                .setRegionCode(document.regionCode)
                .setYear(t.getYear())
                .setProjectCount(t.getProjectCount())
                .setBatchCount(t.getBatchCount())
                .setProvenance(provenance(document, candidate));
        if (t.hasTotalInvestment()) {
            total.setTotalInvestment(yuan(t.getTotalInvestment()));
        }
        if (t.hasCompletedInvestment()) {
            total.setCompletedInvestment(yuan(t.getCompletedInvestment()));
        }
        return created(() -> projects().createReportedTotal(CreateReportedTotalRequest.newBuilder()
                .setReportedTotalId(recordId).setReportedTotal(total).build()).getName(), "reportedTotals/" + recordId);
    }

    /** The indicator named, or the proposed one added to the catalogue first. */
    private String indicator(IndicatorReading reading, String unit, String field) {
        if (!reading.getIndicator().isEmpty()) {
            return reading.getIndicator();
        }
        if (reading.getProposedName().isEmpty()) {
            throw ApiErrors.invalidArgument(field, "names no indicator: edit the candidate to name one");
        }
        Indicator proposed = Indicator.newBuilder()
                .setDisplayName(reading.getProposedName())
                .setUnit(reading.getProposedUnit().isEmpty() ? unit : reading.getProposedUnit())
                .build();
        return indicators().createIndicator(CreateIndicatorRequest.newBuilder().setIndicator(proposed).build()).getName();
    }

    /** The plan targets go into, made from the document on its first accepted target; its id is the document's. */
    private String ensurePlan(DocumentEntity document) {
        Plan plan = Plan.newBuilder()
                .setDisplayName(document.title)
                .setKind(PlanKind.valueOf("PLAN_KIND_" + document.kind.name()))
                .setRegion("regions/" + document.regionCode)
                .setPeriod(YearSpan.newBuilder().setStartYear(document.startYear).setEndYear(document.endYear))
                .setSourceDocument(SourceDocument.newBuilder().setName(document.title).setSha256(document.sha256))
                .build();
        created(() -> indicators().createPlan(CreatePlanRequest.newBuilder().setPlanId(document.id).setPlan(plan)
                .build()).getName(), "plans/" + document.id);
        return document.id;
    }

    /** The write's resource name; when an earlier accept already wrote it (ALREADY_EXISTS), that one. */
    private static String created(java.util.function.Supplier<String> write, String expectedName) {
        try {
            return write.get();
        } catch (StatusRuntimeException e) {
            if (e.getStatus().getCode() == Status.Code.ALREADY_EXISTS) {
                return expectedName;
            }
            throw e;
        }
    }

    private static Provenance provenance(DocumentEntity document, Candidate candidate) {
        return Provenance.newBuilder().setDocument(document.title).setQuote(candidate.getQuote())
                .setLocation(candidate.getSection()).build();
    }

    private static Money yuan(Decimal yi) {
        BigDecimal yuan = Units.toYuan(new BigDecimal(yi.getValue()), "亿元").stripTrailingZeros();
        return Money.newBuilder().setCurrencyCode("CNY")
                .setAmount(Decimal.newBuilder().setValue((yuan.scale() < 0 ? yuan.setScale(0) : yuan).toPlainString()))
                .build();
    }

    private static Period period(String text) {
        Matcher m;
        if ((m = QUARTER.matcher(text)).matches()) {
            return Period.newBuilder().setKind(PeriodKind.PERIOD_KIND_QUARTER).setYear(Integer.parseInt(m.group(1)))
                    .setQuarter(Integer.parseInt(m.group(2))).build();
        }
        if ((m = SPAN.matcher(text)).matches()) {
            return Period.newBuilder().setKind(PeriodKind.PERIOD_KIND_SPAN).setYear(Integer.parseInt(m.group(1)))
                    .setEndYear(Integer.parseInt(m.group(2))).build();
        }
        if ((m = MONTH.matcher(text)).matches()) {
            return Period.newBuilder().setKind(PeriodKind.PERIOD_KIND_MONTH).setYear(Integer.parseInt(m.group(1)))
                    .setMonth(Integer.parseInt(m.group(2))).build();
        }
        if ((m = YEAR.matcher(text)).matches()) {
            return Period.newBuilder().setKind(PeriodKind.PERIOD_KIND_YEAR).setYear(Integer.parseInt(m.group(1))).build();
        }
        throw ApiErrors.invalidArgument("observation.period", "must be YYYY, YYYY-YYYY, YYYY-Qn or YYYY-MM");
    }

    private static <E extends Enum<E>> E enumOf(Class<E> type, String prefix, String value, String field) {
        try {
            return Enum.valueOf(type, prefix + value);
        } catch (IllegalArgumentException e) {
            throw ApiErrors.invalidArgument(field, value.isEmpty() ? "is required" : value + " is not a known value");
        }
    }

    private IndicatorServiceGrpc.IndicatorServiceBlockingStub indicators() {
        return indicators.withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS);
    }

    private ProjectServiceGrpc.ProjectServiceBlockingStub projects() {
        return projects.withDeadlineAfter(deadline.toMillis(), TimeUnit.MILLISECONDS);
    }
}

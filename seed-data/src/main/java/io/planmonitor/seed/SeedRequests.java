package io.planmonitor.seed;

import com.google.protobuf.ProtocolMessageEnum;
import io.planmonitor.common.v1.Decimal;
import io.planmonitor.common.v1.Money;
import io.planmonitor.common.v1.Provenance;
import io.planmonitor.common.v1.YearSpan;
import io.planmonitor.indicators.v1.Comparator;
import io.planmonitor.indicators.v1.CreateIndicatorRequest;
import io.planmonitor.indicators.v1.CreatePlanRequest;
import io.planmonitor.indicators.v1.CreateTargetRequest;
import io.planmonitor.indicators.v1.Direction;
import io.planmonitor.indicators.v1.Indicator;
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
import io.planmonitor.projects.v1.ProjectLevel;
import io.planmonitor.projects.v1.ProjectStage;
import io.planmonitor.projects.v1.ReportedTotal;
import java.math.BigDecimal;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Seed records → the services' create requests; every check beyond the shape is the services' own. */
final class SeedRequests {

    /** Yuan per unit of the money units the documents print. */
    private static final Map<String, BigDecimal> YUAN_PER_UNIT = Map.of(
            "亿元", new BigDecimal("100000000"), "万元", new BigDecimal("10000"), "元", BigDecimal.ONE);
    private static final Pattern YEAR = Pattern.compile("(\\d{4})");
    private static final Pattern SPAN = Pattern.compile("(\\d{4})-(\\d{4})");
    private static final Pattern QUARTER = Pattern.compile("(\\d{4})-Q([1-4])");
    private static final Pattern MONTH = Pattern.compile("(\\d{4})-(\\d{2})");

    private SeedRequests() {
    }

    static CreateIndicatorRequest indicator(SeedFile.Indicator seed) {
        Indicator.Builder indicator = Indicator.newBuilder()
                .setDisplayName(seed.name())
                .setUnit(orEmpty(seed.unit()))
                .setCategory(orEmpty(seed.category()))
                .setEnglishName(orEmpty(seed.english()))
                .setDirection(enumValue(seed.direction(), "DIRECTION_", Direction::valueOf))
                .addAllAliases(seed.aliases());
        return CreateIndicatorRequest.newBuilder().setIndicatorId(seed.id()).setIndicator(indicator).build();
    }

    static CreatePlanRequest plan(SeedFile file) {
        SeedFile.Plan seed = file.plan();
        Plan.Builder plan = Plan.newBuilder()
                .setDisplayName(seed.title())
                .setKind(enumValue(seed.kind(), "PLAN_KIND_", PlanKind::valueOf))
                .setRegion("regions/" + seed.region())
                .setPeriod(YearSpan.newBuilder().setStartYear(seed.period().start()).setEndYear(seed.period().end()))
                .setIssuer(orEmpty(seed.issuer()))
                .setIssueDate(orEmpty(seed.issueDate()))
                .setParent(seed.parent() == null ? "" : "plans/" + seed.parent());
        if (file.document() != null) {
            plan.setSourceDocument(SourceDocument.newBuilder()
                    .setName(file.document())
                    .setSha256(SeedDataset.documentSha256(file.document())));
        }
        return CreatePlanRequest.newBuilder().setPlanId(seed.id()).setPlan(plan).build();
    }

    static CreateTargetRequest target(SeedFile file, SeedFile.Target seed) {
        Target.Builder target = Target.newBuilder()
                .setIndicator("indicators/" + seed.indicator())
                .setRegion(seed.region() == null ? "" : "regions/" + seed.region())
                .setBaselineYear(seed.baselineYear() == null ? 0 : seed.baselineYear())
                .setTargetYear(seed.targetYear() == null ? 0 : seed.targetYear())
                .setForm(enumValue(seed.form(), "TARGET_FORM_", TargetForm::valueOf))
                .setComparator(enumValue(seed.comparator(), "COMPARATOR_", Comparator::valueOf))
                .setStretch(seed.stretch())
                .setAttribute(enumValue(seed.attribute(), "TARGET_ATTRIBUTE_", TargetAttribute::valueOf))
                .setUnit(orEmpty(seed.unit()))
                .setProvenance(provenance(file, seed.quote(), seed.location()));
        if (seed.baselineValue() != null) {
            target.setBaselineValue(decimal(seed.baselineValue()));
        }
        if (seed.targetValue() != null) {
            target.setTargetValue(decimal(seed.targetValue()));
        }
        if (seed.upperBound() != null) {
            target.setUpperBound(decimal(seed.upperBound()));
        }
        return CreateTargetRequest.newBuilder()
                .setParent("plans/" + file.plan().id())
                .setTargetId(seed.id())
                .setTarget(target)
                .build();
    }

    static RecordObservationRequest observation(SeedFile file, SeedFile.Observation seed) {
        Observation observation = Observation.newBuilder()
                .setRegion("regions/" + (seed.region() == null ? file.plan().region() : seed.region()))
                .setPeriod(period(seed.period()))
                .setValue(decimal(seed.value()))
                .setStatus(enumValue(seed.status(), "OBSERVATION_STATUS_", ObservationStatus::valueOf))
                .setSource(file.plan().title())
                .setQuote(orEmpty(seed.quote()))
                .build();
        return RecordObservationRequest.newBuilder()
                .setParent("indicators/" + seed.indicator())
                .setObservation(observation)
                .build();
    }

    static CreateProjectRequest project(SeedFile file, SeedFile.Project seed) {
        Project.Builder project = Project.newBuilder()
                .setDisplayName(orEmpty(seed.name()))
                .setRegionCode(seed.region() == null ? file.plan().region() : seed.region())
                .setLevel(enumValue(seed.level(), "PROJECT_LEVEL_", ProjectLevel::valueOf))
                .setStage(enumValue(seed.stage(), "PROJECT_STAGE_", ProjectStage::valueOf))
                .setSector(orEmpty(seed.sector()))
                .setPlanSection(orEmpty(seed.section()))
                .setPlan("plans/" + file.plan().id())
                .setProvenance(provenance(file, seed.quote(), seed.subsector()));
        if (seed.investment() != null) {
            project.setTotalInvestment(money(seed.investment()));
        }
        return CreateProjectRequest.newBuilder().setProjectId(seed.id()).setProject(project).build();
    }

    static CreateReportedTotalRequest reportedTotal(SeedFile file, SeedFile.ReportedTotal seed) {
        ReportedTotal.Builder total = ReportedTotal.newBuilder()
                .setProgramme(orEmpty(seed.programme()))
                .setRegionCode(seed.region() == null ? file.plan().region() : seed.region())
                .setYear(seed.year() == null ? 0 : seed.year())
                .setBatchCount(seed.batchCount() == null ? 0 : seed.batchCount())
                .setProjectCount(seed.projectCount() == null ? 0 : seed.projectCount())
                .setProvenance(provenance(file, seed.quote(), seed.location()));
        if (seed.totalInvestment() != null) {
            total.setTotalInvestment(money(seed.totalInvestment()));
        }
        if (seed.completedInvestment() != null) {
            total.setCompletedInvestment(money(seed.completedInvestment()));
        }
        return CreateReportedTotalRequest.newBuilder().setReportedTotalId(seed.id()).setReportedTotal(total).build();
    }

    /** "2020", "2016-2020", "2023-Q1" or "2023-06". */
    static Period period(String text) {
        Matcher matcher;
        if ((matcher = QUARTER.matcher(text)).matches()) {
            return Period.newBuilder().setKind(PeriodKind.PERIOD_KIND_QUARTER).setYear(year(matcher))
                    .setQuarter(Integer.parseInt(matcher.group(2))).build();
        }
        if ((matcher = SPAN.matcher(text)).matches()) {
            return Period.newBuilder().setKind(PeriodKind.PERIOD_KIND_SPAN).setYear(year(matcher))
                    .setEndYear(Integer.parseInt(matcher.group(2))).build();
        }
        if ((matcher = MONTH.matcher(text)).matches()) {
            return Period.newBuilder().setKind(PeriodKind.PERIOD_KIND_MONTH).setYear(year(matcher))
                    .setMonth(Integer.parseInt(matcher.group(2))).build();
        }
        if ((matcher = YEAR.matcher(text)).matches()) {
            return Period.newBuilder().setKind(PeriodKind.PERIOD_KIND_YEAR).setYear(year(matcher)).build();
        }
        throw new IllegalArgumentException("period " + text + " is not YYYY, YYYY-YYYY, YYYY-Qn or YYYY-MM");
    }

    /** A document's amount in yuan: 5549.8 亿元 is 554980000000 yuan. */
    static Money money(SeedFile.Amount amount) {
        BigDecimal perUnit = YUAN_PER_UNIT.get(amount.unit());
        if (perUnit == null) {
            throw new IllegalArgumentException("money unit " + amount.unit() + " is not one of " + YUAN_PER_UNIT.keySet());
        }
        BigDecimal yuan = new BigDecimal(amount.amount()).multiply(perUnit).stripTrailingZeros();
        return Money.newBuilder()
                .setCurrencyCode("CNY")
                .setAmount(Decimal.newBuilder().setValue((yuan.scale() < 0 ? yuan.setScale(0) : yuan).toPlainString()))
                .build();
    }

    private static Provenance provenance(SeedFile file, String quote, String location) {
        return Provenance.newBuilder()
                .setDocument(file.plan().title())
                .setQuote(orEmpty(quote))
                .setLocation(orEmpty(location))
                .build();
    }

    private static int year(Matcher matcher) {
        return Integer.parseInt(matcher.group(1));
    }

    private static Decimal decimal(String value) {
        return Decimal.newBuilder().setValue(value).build();
    }

    private static String orEmpty(String value) {
        return value == null ? "" : value;
    }

    /** The proto value for a YAML enum name (the value without its prefix); UNSPECIFIED when absent. */
    private static <E extends ProtocolMessageEnum> E enumValue(String name, String prefix, Function<String, E> valueOf) {
        try {
            return valueOf.apply(prefix + (name == null ? "UNSPECIFIED" : name));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(name + " is not a " + prefix + "* value", e);
        }
    }
}

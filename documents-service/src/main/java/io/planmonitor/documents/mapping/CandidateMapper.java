package io.planmonitor.documents.mapping;

import static io.planmonitor.support.ProtoValues.timestamp;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.protobuf.Message;
import com.google.protobuf.util.JsonFormat;
import io.planmonitor.common.v1.Decimal;
import io.planmonitor.common.v1.Money;
import io.planmonitor.documents.repository.CandidateEntity;
import io.planmonitor.documents.v1.Candidate;
import io.planmonitor.documents.v1.CandidateKind;
import io.planmonitor.documents.v1.CandidateState;
import io.planmonitor.documents.v1.IndicatorReading;
import io.planmonitor.documents.v1.ObservationCandidate;
import io.planmonitor.documents.v1.ProgrammeTotalCandidate;
import io.planmonitor.documents.v1.ProjectCandidate;
import io.planmonitor.documents.v1.TargetCandidate;
import io.planmonitor.extraction.IndicatorMatch;
import io.planmonitor.extraction.ObservationReading;
import io.planmonitor.extraction.ProjectReading;
import io.planmonitor.extraction.TargetReading;
import io.planmonitor.extraction.TotalReading;
import io.planmonitor.support.EnumNames;

/**
 * Candidates between the extractor's readings, their stored form (the contract's reading message as proto JSON) and
 * the contract; owns the resource names of candidates (documents/{document}/candidates/{n}).
 */
public final class CandidateMapper {

    public static final String KIND_PREFIX = "CANDIDATE_KIND_";
    public static final String STATE_PREFIX = "CANDIDATE_STATE_";

    private CandidateMapper() {
    }

    public static String name(CandidateEntity.Key key) {
        return DocumentMapper.name(key.documentId()) + "/candidates/" + key.seq();
    }

    /** The key in documents/{document}/candidates/{n}, or null when the name has another shape. */
    public static CandidateEntity.Key parseName(String name) {
        String[] parts = name == null ? new String[0] : name.split("/");
        if (parts.length != 4 || !parts[0].equals(DocumentMapper.COLLECTION) || !parts[2].equals("candidates")
                || !parts[3].matches("[1-9][0-9]{0,8}")) {
            return null;
        }
        return new CandidateEntity.Key(parts[1], Integer.parseInt(parts[3]));
    }

    /** The kind of candidate a reading makes. */
    public static io.planmonitor.extraction.CandidateKind kindOf(Candidate.ReadingCase reading) {
        return switch (reading) {
            case TARGET -> io.planmonitor.extraction.CandidateKind.TARGET;
            case OBSERVATION -> io.planmonitor.extraction.CandidateKind.OBSERVATION;
            case PROJECT -> io.planmonitor.extraction.CandidateKind.PROJECT;
            case PROGRAMME_TOTAL -> io.planmonitor.extraction.CandidateKind.PROGRAMME_TOTAL;
            default -> throw new IllegalArgumentException("a candidate without a reading");
        };
    }

    public static Candidate toProto(CandidateEntity entity) {
        Candidate.Builder proto = Candidate.newBuilder()
                .setName(name(entity.key))
                .setKind(EnumNames.toProto(entity.kind, KIND_PREFIX, CandidateKind.class))
                .setState(EnumNames.toProto(entity.state, STATE_PREFIX, CandidateState.class))
                .setQuote(entity.quote)
                .setStartOffset(entity.startOffset)
                .setEndOffset(entity.endOffset)
                .setRule(entity.rule)
                .setSection(entity.section)
                .setWrittenResource(entity.writtenResource == null ? "" : entity.writtenResource)
                .setLastError(entity.lastError == null ? "" : entity.lastError)
                .setReviewedBy(entity.reviewedBy == null ? "" : entity.reviewedBy)
                .setEtag(Long.toString(entity.version));
        if (entity.reviewedAt != null) {
            proto.setReviewTime(timestamp(entity.reviewedAt));
        }
        switch (entity.kind) {
            case TARGET -> proto.setTarget(CandidateMapper.<TargetCandidate>parse(entity.readingJson, TargetCandidate.newBuilder()));
            case OBSERVATION -> proto.setObservation(CandidateMapper.<ObservationCandidate>parse(entity.readingJson, ObservationCandidate.newBuilder()));
            case PROJECT -> proto.setProject(CandidateMapper.<ProjectCandidate>parse(entity.readingJson, ProjectCandidate.newBuilder()));
            case PROGRAMME_TOTAL -> proto.setProgrammeTotal(
                    CandidateMapper.<ProgrammeTotalCandidate>parse(entity.readingJson, ProgrammeTotalCandidate.newBuilder()));
        }
        return proto.build();
    }

    /** The stored form of a reading. */
    public static String json(Message reading) {
        try {
            return JsonFormat.printer().omittingInsignificantWhitespace().print(reading);
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The contract's reading message for what the extractor read. */
    public static Message reading(io.planmonitor.extraction.Candidate c) {
        return switch (c.kind()) {
            case TARGET -> target(c.target());
            case OBSERVATION -> observation(c.observation());
            case PROJECT -> project(c.project());
            case PROGRAMME_TOTAL -> total(c.total());
        };
    }

    private static TargetCandidate target(TargetReading t) {
        TargetCandidate.Builder proto = TargetCandidate.newBuilder()
                .setIndicator(indicator(t.indicator()))
                .setUnit(t.unit())
                .setForm(t.form())
                .setStretch(t.stretch());
        if (t.value() != null) {
            proto.setValue(decimal(t.value()));
            proto.setComparator(t.comparator());
        }
        if (t.upperBound() != null) {
            proto.setUpperBound(decimal(t.upperBound()));
        }
        if (t.targetYear() != null) {
            proto.setTargetYear(t.targetYear());
        }
        if (t.baselineYear() != null) {
            proto.setBaselineYear(t.baselineYear());
        }
        if (t.baselineValue() != null) {
            proto.setBaselineValue(decimal(t.baselineValue()));
        }
        if (t.attribute() != null) {
            proto.setAttribute(t.attribute());
        }
        return proto.build();
    }

    private static ObservationCandidate observation(ObservationReading o) {
        return ObservationCandidate.newBuilder()
                .setIndicator(indicator(o.indicator()))
                .setValue(decimal(o.value()))
                .setUnit(o.unit())
                .setPeriod(o.period())
                .setGrowth(o.growth())
                .setStatus(o.status())
                .build();
    }

    private static ProjectCandidate project(ProjectReading p) {
        ProjectCandidate.Builder proto = ProjectCandidate.newBuilder()
                .setDisplayName(p.name())
                .setSector(p.sector() == null ? "" : p.sector())
                .setStage(p.stage());
        if (p.investmentYuan() != null) {
            proto.setInvestment(Money.newBuilder().setCurrencyCode("CNY").setAmount(decimal(p.investmentYuan())));
        }
        return proto.build();
    }

    private static ProgrammeTotalCandidate total(TotalReading t) {
        ProgrammeTotalCandidate.Builder proto = ProgrammeTotalCandidate.newBuilder().setProgramme(t.programme());
        if (t.year() != null) {
            proto.setYear(t.year());
        }
        if (t.projectCount() != null) {
            proto.setProjectCount(t.projectCount());
        }
        if (t.batchCount() != null) {
            proto.setBatchCount(t.batchCount());
        }
        if (t.totalInvestment() != null) {
            proto.setTotalInvestment(decimal(t.totalInvestment()));
        }
        if (t.completedInvestment() != null) {
            proto.setCompletedInvestment(decimal(t.completedInvestment()));
        }
        return proto.build();
    }

    private static IndicatorReading indicator(IndicatorMatch match) {
        IndicatorReading.Builder proto = IndicatorReading.newBuilder().setWording(match.wording());
        if (match.matched()) {
            proto.setIndicator("indicators/" + match.indicatorId());
        } else {
            proto.setProposedName(match.proposedName()).setProposedUnit(match.proposedUnit() == null ? "" : match.proposedUnit());
        }
        return proto.build();
    }

    private static Decimal decimal(String value) {
        return Decimal.newBuilder().setValue(value).build();
    }

    @SuppressWarnings("unchecked")
    private static <M extends Message> M parse(String json, Message.Builder builder) {
        try {
            JsonFormat.parser().merge(json, builder);
            return (M) builder.build();
        } catch (InvalidProtocolBufferException e) {
            throw new IllegalStateException("a stored reading does not parse: " + e.getMessage(), e);
        }
    }
}

package io.planmonitor.gateway.documents;

import static io.planmonitor.gateway.api.ProtoJson.emptyToNull;
import static io.planmonitor.gateway.api.ProtoJson.orEmpty;

import com.google.protobuf.ByteString;
import io.planmonitor.common.v1.Decimal;
import io.planmonitor.common.v1.YearSpan;
import io.planmonitor.documents.v1.Candidate;
import io.planmonitor.documents.v1.CandidateKind;
import io.planmonitor.documents.v1.CandidateState;
import io.planmonitor.documents.v1.Document;
import io.planmonitor.documents.v1.DocumentKind;
import io.planmonitor.documents.v1.IndicatorReading;
import io.planmonitor.documents.v1.ObservationCandidate;
import io.planmonitor.documents.v1.ProgrammeTotalCandidate;
import io.planmonitor.documents.v1.ProjectCandidate;
import io.planmonitor.documents.v1.SubmitDocumentRequest;
import io.planmonitor.documents.v1.TargetCandidate;
import io.planmonitor.gateway.api.ChineseLabels;
import io.planmonitor.gateway.api.ProtoJson;
import io.planmonitor.gateway.problems.InvalidFieldException;
import io.planmonitor.gateway.projects.ProjectJsonMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/** Proto ↔ JSON for documents and candidates. */
final class DocumentJsonMapper {

    static final String KIND = "DOCUMENT_KIND_";
    static final String CANDIDATE_KIND = "CANDIDATE_KIND_";
    static final String STATE = "CANDIDATE_STATE_";

    private DocumentJsonMapper() {
    }

    /** The submission as the service takes it; text is sent as its UTF-8 bytes. */
    static SubmitDocumentRequest toProto(DocumentJson.Submit json, String documentId) {
        if (json.text() != null && json.content() != null) {
            throw new InvalidFieldException("content", "give the document once: as text or as content, not both");
        }
        ByteString content;
        if (json.text() != null) {
            content = ByteString.copyFrom(json.text(), StandardCharsets.UTF_8);
        } else if (json.content() != null) {
            try {
                // Line breaks are allowed (base64 tools wrap lines); any other stray character is refused.
                content = ByteString.copyFrom(Base64.getDecoder().decode(json.content().replaceAll("\\s", "")));
            } catch (IllegalArgumentException e) {
                throw new InvalidFieldException("content", "is not base64: " + e.getMessage());
            }
        } else {
            throw new InvalidFieldException("text", "is required: the document as text, or its bytes as content");
        }
        YearSpan.Builder period = YearSpan.newBuilder();
        if (json.startYear() != null) {
            period.setStartYear(json.startYear());
        }
        if (json.endYear() != null) {
            period.setEndYear(json.endYear());
        }
        return SubmitDocumentRequest.newBuilder()
                .setContent(content)
                .setFileName(orEmpty(json.fileName()))
                .setMediaType(json.text() != null && json.mediaType() == null ? "text/plain" : orEmpty(json.mediaType()))
                .setTitle(orEmpty(json.title()))
                .setRegionCode(orEmpty(json.regionCode()))
                .setKind(ProtoJson.enumValue(json.kind(), DocumentKind.class, KIND, "kind"))
                .setPeriod(period)
                .setPlan(orEmpty(json.plan()))
                .setDocumentId(documentId)
                .setSourceUrl(orEmpty(json.sourceUrl()))
                .setSecondary(Boolean.TRUE.equals(json.secondary()))
                .build();
    }

    static DocumentJson.Document toJson(Document document) {
        String kind = ProtoJson.enumName(document.getKind(), KIND);
        return new DocumentJson.Document(document.getName(), document.getTitle(), document.getRegionCode(), kind,
                ChineseLabels.of(ChineseLabels.DOCUMENT_KIND, kind), document.getPeriod().getStartYear(),
                document.getPeriod().getEndYear(), document.getMediaType(), document.getCharset(), document.getSha256(),
                document.getSizeBytes(), emptyToNull(document.getPlan()), document.getPendingCount(),
                document.getAcceptedCount(), document.getRejectedCount(), ProtoJson.timestamp(document.getCreateTime()),
                document.getSubmittedBy(), emptyToNull(document.getText()), emptyToNull(document.getSourceUrl()),
                document.getSecondary() ? Boolean.TRUE : null);
    }

    static DocumentJson.Candidate toJson(Candidate candidate) {
        return new DocumentJson.Candidate(candidate.getName(),
                ProtoJson.enumName(candidate.getKind(), CANDIDATE_KIND),
                ProtoJson.enumName(candidate.getState(), STATE),
                candidate.getQuote(), candidate.getStartOffset(), candidate.getEndOffset(), candidate.getRule(),
                emptyToNull(candidate.getSection()),
                candidate.hasTarget() ? toJson(candidate.getTarget()) : null,
                candidate.hasObservation() ? toJson(candidate.getObservation()) : null,
                candidate.hasProject() ? toJson(candidate.getProject()) : null,
                candidate.hasProgrammeTotal() ? toJson(candidate.getProgrammeTotal()) : null,
                emptyToNull(candidate.getWrittenResource()), emptyToNull(candidate.getLastError()),
                emptyToNull(candidate.getReviewedBy()),
                candidate.hasReviewTime() ? ProtoJson.timestamp(candidate.getReviewTime()) : null,
                candidate.getEtag());
    }

    private static DocumentJson.IndicatorReading toJson(IndicatorReading reading) {
        return new DocumentJson.IndicatorReading(emptyToNull(reading.getWording()), emptyToNull(reading.getIndicator()),
                emptyToNull(reading.getProposedName()), emptyToNull(reading.getProposedUnit()));
    }

    private static DocumentJson.TargetReading toJson(TargetCandidate t) {
        return new DocumentJson.TargetReading(toJson(t.getIndicator()), value(t.hasValue(), t.getValue()),
                value(t.hasUpperBound(), t.getUpperBound()), emptyToNull(t.getUnit()), emptyToNull(t.getForm()),
                emptyToNull(t.getComparator()), t.getStretch() ? true : null, positive(t.getTargetYear()),
                positive(t.getBaselineYear()), value(t.hasBaselineValue(), t.getBaselineValue()),
                emptyToNull(t.getAttribute()));
    }

    private static DocumentJson.ObservationReading toJson(ObservationCandidate o) {
        return new DocumentJson.ObservationReading(toJson(o.getIndicator()), value(o.hasValue(), o.getValue()),
                emptyToNull(o.getUnit()), emptyToNull(o.getPeriod()), o.getGrowth(), emptyToNull(o.getStatus()),
                emptyToNull(o.getDerivation()), emptyToNull(o.getRegionCode()));
    }

    private static DocumentJson.ProjectReading toJson(ProjectCandidate p) {
        return new DocumentJson.ProjectReading(p.getDisplayName(), emptyToNull(p.getSector()), emptyToNull(p.getStage()),
                p.hasInvestment() ? ProjectJsonMapper.toJson(p.getInvestment()) : null);
    }

    private static DocumentJson.ProgrammeTotalReading toJson(ProgrammeTotalCandidate t) {
        return new DocumentJson.ProgrammeTotalReading(t.getProgramme(), positive(t.getYear()),
                positive(t.getProjectCount()), positive(t.getBatchCount()),
                value(t.hasTotalInvestment(), t.getTotalInvestment()),
                value(t.hasCompletedInvestment(), t.getCompletedInvestment()));
    }

    /** The edited reading of a PATCH body, and below the proto paths of the fields it sets. */
    static Candidate toProto(DocumentJson.Candidate json) {
        Candidate.Builder candidate = Candidate.newBuilder();
        int readings = 0;
        if (json.target() != null) {
            DocumentJson.TargetReading t = json.target();
            TargetCandidate.Builder target = TargetCandidate.newBuilder().setIndicator(toProto(t.indicator()))
                    .setUnit(orEmpty(t.unit())).setForm(orEmpty(t.form())).setComparator(orEmpty(t.comparator()))
                    .setStretch(Boolean.TRUE.equals(t.stretch())).setAttribute(orEmpty(t.attribute()));
            if (t.value() != null) {
                target.setValue(decimal(t.value()));
            }
            if (t.upperBound() != null) {
                target.setUpperBound(decimal(t.upperBound()));
            }
            if (t.baselineValue() != null) {
                target.setBaselineValue(decimal(t.baselineValue()));
            }
            target.setTargetYear(t.targetYear() == null ? 0 : t.targetYear())
                    .setBaselineYear(t.baselineYear() == null ? 0 : t.baselineYear());
            candidate.setTarget(target);
            readings++;
        }
        if (json.observation() != null) {
            DocumentJson.ObservationReading o = json.observation();
            ObservationCandidate.Builder observation = ObservationCandidate.newBuilder()
                    .setIndicator(toProto(o.indicator())).setUnit(orEmpty(o.unit())).setPeriod(orEmpty(o.period()))
                    .setGrowth(Boolean.TRUE.equals(o.growth())).setStatus(orEmpty(o.status()))
                    .setDerivation(orEmpty(o.derivation())).setRegionCode(orEmpty(o.regionCode()));
            if (o.value() != null) {
                observation.setValue(decimal(o.value()));
            }
            candidate.setObservation(observation);
            readings++;
        }
        if (json.project() != null) {
            DocumentJson.ProjectReading p = json.project();
            ProjectCandidate.Builder project = ProjectCandidate.newBuilder().setDisplayName(orEmpty(p.displayName()))
                    .setSector(orEmpty(p.sector())).setStage(orEmpty(p.stage()));
            if (p.investment() != null) {
                project.setInvestment(ProjectJsonMapper.toProto(p.investment()));
            }
            candidate.setProject(project);
            readings++;
        }
        if (json.programmeTotal() != null) {
            DocumentJson.ProgrammeTotalReading t = json.programmeTotal();
            ProgrammeTotalCandidate.Builder total = ProgrammeTotalCandidate.newBuilder().setProgramme(orEmpty(t.programme()))
                    .setYear(t.year() == null ? 0 : t.year())
                    .setProjectCount(t.projectCount() == null ? 0 : t.projectCount())
                    .setBatchCount(t.batchCount() == null ? 0 : t.batchCount());
            if (t.totalInvestment() != null) {
                total.setTotalInvestment(decimal(t.totalInvestment()));
            }
            if (t.completedInvestment() != null) {
                total.setCompletedInvestment(decimal(t.completedInvestment()));
            }
            candidate.setProgrammeTotal(total);
            readings++;
        }
        if (readings != 1) {
            throw new InvalidFieldException("target", "give exactly one reading to change: target, observation,"
                    + " project or programmeTotal");
        }
        return candidate.build();
    }

    static List<String> presentPaths(DocumentJson.Candidate json) {
        List<String> paths = new ArrayList<>();
        addIf(paths, json.quote(), "quote");
        if (json.target() != null) {
            DocumentJson.TargetReading t = json.target();
            indicatorPaths(paths, "target", t.indicator());
            addIf(paths, t.value(), "target.value");
            addIf(paths, t.upperBound(), "target.upper_bound");
            addIf(paths, t.unit(), "target.unit");
            addIf(paths, t.form(), "target.form");
            addIf(paths, t.comparator(), "target.comparator");
            addIf(paths, t.stretch(), "target.stretch");
            addIf(paths, t.targetYear(), "target.target_year");
            addIf(paths, t.baselineYear(), "target.baseline_year");
            addIf(paths, t.baselineValue(), "target.baseline_value");
            addIf(paths, t.attribute(), "target.attribute");
        }
        if (json.observation() != null) {
            DocumentJson.ObservationReading o = json.observation();
            indicatorPaths(paths, "observation", o.indicator());
            addIf(paths, o.value(), "observation.value");
            addIf(paths, o.unit(), "observation.unit");
            addIf(paths, o.period(), "observation.period");
            addIf(paths, o.growth(), "observation.growth");
            addIf(paths, o.status(), "observation.status");
            addIf(paths, o.derivation(), "observation.derivation");
            addIf(paths, o.regionCode(), "observation.region_code");
        }
        if (json.project() != null) {
            DocumentJson.ProjectReading p = json.project();
            addIf(paths, p.displayName(), "project.display_name");
            addIf(paths, p.sector(), "project.sector");
            addIf(paths, p.stage(), "project.stage");
            addIf(paths, p.investment(), "project.investment");
        }
        if (json.programmeTotal() != null) {
            DocumentJson.ProgrammeTotalReading t = json.programmeTotal();
            addIf(paths, t.programme(), "programme_total.programme");
            addIf(paths, t.year(), "programme_total.year");
            addIf(paths, t.projectCount(), "programme_total.project_count");
            addIf(paths, t.batchCount(), "programme_total.batch_count");
            addIf(paths, t.totalInvestment(), "programme_total.total_investment");
            addIf(paths, t.completedInvestment(), "programme_total.completed_investment");
        }
        if (paths.isEmpty()) {
            throw new InvalidFieldException("target", "names no field to change");
        }
        return paths;
    }

    private static void indicatorPaths(List<String> paths, String reading, DocumentJson.IndicatorReading indicator) {
        if (indicator != null) {
            addIf(paths, indicator.indicator(), reading + ".indicator.indicator");
            addIf(paths, indicator.proposedName(), reading + ".indicator.proposed_name");
            addIf(paths, indicator.proposedUnit(), reading + ".indicator.proposed_unit");
        }
    }

    private static IndicatorReading toProto(DocumentJson.IndicatorReading json) {
        if (json == null) {
            return IndicatorReading.getDefaultInstance();
        }
        return IndicatorReading.newBuilder().setIndicator(orEmpty(json.indicator()))
                .setProposedName(orEmpty(json.proposedName())).setProposedUnit(orEmpty(json.proposedUnit())).build();
    }

    private static void addIf(List<String> paths, Object value, String path) {
        if (value != null) {
            paths.add(path);
        }
    }

    private static Decimal decimal(String value) {
        return Decimal.newBuilder().setValue(value).build();
    }

    private static String value(boolean present, Decimal decimal) {
        return present ? decimal.getValue() : null;
    }

    private static Integer positive(int value) {
        return value == 0 ? null : value;
    }
}

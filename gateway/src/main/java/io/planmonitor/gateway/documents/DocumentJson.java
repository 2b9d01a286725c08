package io.planmonitor.gateway.documents;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.planmonitor.gateway.projects.MoneyJson;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The JSON shapes of submitted documents, their candidates and reviews. */
public final class DocumentJson {

    private DocumentJson() {
    }

    @Schema(name = "DocumentSubmission", description = "A document to read: its text (UTF-8) or its bytes in base64"
            + " (.docx, .pdf with a text layer, GBK text), and what it is")
    public record Submit(
            @Schema(required = true, example = "郑州市2023年国民经济和社会发展统计公报") String title,
            @Schema(required = true, example = "410100") String regionCode,
            @Schema(required = true, enumeration = {"FIVE_YEAR_PLAN_OUTLINE", "FIVE_YEAR_PLAN_RECOMMENDATION",
                    "ANNUAL_PLAN", "GOVERNMENT_WORK_REPORT", "STATISTICAL_BULLETIN"}) String kind,
            @Schema(required = true, description = "The first year the document covers", example = "2023") Integer startYear,
            @Schema(description = "The last year it covers; startYear when absent", example = "2023") Integer endYear,
            @Schema(description = "The plan (plans/{plan}) accepted targets go into; made from the document when absent")
            String plan,
            @Schema(description = "The document as text; or give content") String text,
            @Schema(description = "The document's bytes in base64; or give text", format = "byte") String content,
            @Schema(description = "Tells a .docx or .pdf from text when mediaType is absent", example = "2023年统计公报.docx")
            String fileName,
            @Schema(example = "text/plain") String mediaType,
            @Schema(description = "The document's public address; observations accepted from it carry it",
                    example = "https://tjj.zhengzhou.gov.cn/tjgb/10017864.jhtml") String sourceUrl,
            @Schema(description = "True for a secondary compilation (a dataset, an aggregator): its values never"
                    + " displace an official figure of the same period") Boolean secondary) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Document", description = "A stored document and how many of its candidates wait for review")
    public record Document(
            @Schema(example = "documents/zz-2023-bulletin") String name,
            String title,
            @Schema(example = "410100") String regionCode,
            String kind,
            @Schema(description = "统计公报, 政府工作报告 …") String kindZh,
            Integer startYear,
            Integer endYear,
            @Schema(example = "text/plain") String mediaType,
            @Schema(example = "UTF-8") String charset,
            @Schema(description = "SHA-256 of the bytes submitted: the same bytes again are this document") String sha256,
            Integer sizeBytes,
            String plan,
            Integer pendingCount,
            Integer acceptedCount,
            Integer rejectedCount,
            String createTime,
            String submittedBy,
            @Schema(description = "The text as read (view=FULL); candidates' offsets index into it") String text,
            String sourceUrl,
            Boolean secondary) {
    }

    @Schema(name = "SubmittedDocument", description = "The stored document; alreadySubmitted when these bytes were"
            + " submitted before and nothing was added")
    public record Submitted(Document document, boolean alreadySubmitted, int candidateCount) {
    }

    @Schema(name = "DocumentPage", description = "One page of documents")
    public record DocumentPage(List<Document> documents, String nextPageToken, int totalSize) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "IndicatorReading", description = "The indicator a candidate's words name in the catalogue, or the"
            + " one accepting it would add")
    public record IndicatorReading(
            @Schema(example = "地区生产总值") String wording,
            @Schema(example = "indicators/gdp") String indicator,
            String proposedName,
            String proposedUnit) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "TargetCandidate", description = "A target as the document states it")
    public record TargetReading(IndicatorReading indicator,
            @Schema(description = "Absent: not set in the document (#, X)", example = "7") String value,
            String upperBound,
            @Schema(example = "%") String unit,
            @Schema(example = "ANNUAL_GROWTH") String form,
            @Schema(example = "ABOUT") String comparator,
            @Schema(description = "力争") Boolean stretch,
            Integer targetYear,
            Integer baselineYear,
            String baselineValue,
            @Schema(description = "BINDING 约束性 / EXPECTED 预期性, where the document says") String attribute) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ObservationCandidate", description = "A result as the document reports it")
    public record ObservationReading(IndicatorReading indicator,
            @Schema(example = "13617.8") String value,
            @Schema(example = "亿元") String unit,
            @Schema(description = "2023, 2016-2020, 2023-Q1, 2023-06", example = "2023") String period,
            @Schema(description = "A rate of change rather than a level") Boolean growth,
            @Schema(enumeration = {"PRELIMINARY", "FINAL", "REVISED", "ESTIMATED"}) String status,
            @Schema(description = "Set by a reviewer when the value is computed from printed figures: the arithmetic")
            String derivation,
            @Schema(description = "The region the value is of when not the document's", example = "410184")
            String regionCode) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ProjectCandidate", description = "A key project the document names")
    public record ProjectReading(
            @Schema(example = "郑州国际物流园区") String displayName,
            String sector,
            @Schema(enumeration = {"PLANNED", "PREPARING", "SIGNED", "STARTED", "CONTINUING", "COMPLETED",
                    "IN_OPERATION"}) String stage,
            MoneyJson investment) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ProgrammeTotalCandidate", description = "A total the document reports for a programme of projects")
    public record ProgrammeTotalReading(
            @Schema(example = "三个一批") String programme,
            Integer year,
            Integer projectCount,
            Integer batchCount,
            @Schema(description = "亿元, as reported", example = "5549.8") String totalInvestment,
            @Schema(description = "亿元, as reported") String completedInvestment) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "Candidate", description = "A record read from a document, waiting for review (or reviewed);"
            + " exactly one of target, observation, project, programmeTotal")
    public record Candidate(
            @Schema(readOnly = true, example = "documents/zz-2023-bulletin/candidates/3") String name,
            @Schema(readOnly = true, enumeration = {"TARGET", "OBSERVATION", "PROJECT", "PROGRAMME_TOTAL"}) String kind,
            @Schema(readOnly = true, enumeration = {"PENDING", "ACCEPTED", "REJECTED"}) String state,
            @Schema(description = "The document's words, verbatim; given only when a reviewer adds a candidate")
            String quote,
            @Schema(readOnly = true) Integer startOffset,
            @Schema(readOnly = true) Integer endOffset,
            @Schema(readOnly = true, description = "The rule that read it", example = "prose-result") String rule,
            @Schema(description = "The heading it stands under; given only when a reviewer adds a candidate")
            String section,
            TargetReading target,
            ObservationReading observation,
            ProjectReading project,
            ProgrammeTotalReading programmeTotal,
            @Schema(readOnly = true, description = "What accepting it wrote") String writtenResource,
            @Schema(readOnly = true, description = "The owning service's refusal at the last accept") String lastError,
            @Schema(readOnly = true) String reviewedBy,
            @Schema(readOnly = true) String reviewTime,
            @Schema(readOnly = true) String etag) {
    }

    @Schema(name = "CandidatePage", description = "One page of a document's candidates, in the order of the text")
    public record CandidatePage(List<Candidate> candidates, String nextPageToken, int totalSize) {
    }

    @Schema(name = "CandidateReview", description = "Accept or reject every pending candidate (of one kind)")
    public record Review(
            @Schema(required = true, enumeration = {"ACCEPT", "REJECT"}) String action,
            @Schema(description = "Only this kind; every kind when absent",
                    enumeration = {"TARGET", "OBSERVATION", "PROJECT", "PROGRAMME_TOTAL"}) String kind) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "ReviewOutcome", description = "One candidate after the review; error is the owning service's refusal")
    public record Outcome(Candidate candidate, String error) {
    }

    @Schema(name = "ReviewOutcomes", description = "What a review of many candidates came to")
    public record Outcomes(List<Outcome> outcomes, int succeeded, int failed) {
    }
}

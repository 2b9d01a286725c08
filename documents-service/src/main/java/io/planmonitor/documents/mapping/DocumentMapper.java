package io.planmonitor.documents.mapping;

import static io.planmonitor.support.ProtoValues.timestamp;

import io.planmonitor.common.v1.YearSpan;
import io.planmonitor.documents.domain.CandidateState;
import io.planmonitor.documents.repository.DocumentEntity;
import io.planmonitor.documents.v1.Document;
import io.planmonitor.documents.v1.DocumentKind;
import io.planmonitor.support.EnumNames;
import io.planmonitor.support.ResourceNames;
import java.util.Map;

/** Documents as the contract gives them; this mapper owns the resource names of documents. */
public final class DocumentMapper {

    public static final String COLLECTION = "documents";
    public static final String KIND_PREFIX = "DOCUMENT_KIND_";

    private DocumentMapper() {
    }

    public static String name(String documentId) {
        return ResourceNames.format(COLLECTION, documentId);
    }

    public static Document toProto(DocumentEntity entity, Map<CandidateState, Long> counts, boolean withText) {
        Document.Builder proto = Document.newBuilder()
                .setName(name(entity.id))
                .setTitle(entity.title)
                .setRegionCode(entity.regionCode)
                .setKind(EnumNames.toProto(entity.kind, KIND_PREFIX, DocumentKind.class))
                .setPeriod(YearSpan.newBuilder().setStartYear(entity.startYear).setEndYear(entity.endYear))
                .setMediaType(entity.mediaType)
                .setCharset(entity.charset)
                .setSha256(entity.sha256)
                .setSizeBytes(entity.sizeBytes)
                .setPlan(entity.planId == null ? "" : "plans/" + entity.planId)
                .setPendingCount(counts.getOrDefault(CandidateState.PENDING, 0L).intValue())
                .setAcceptedCount(counts.getOrDefault(CandidateState.ACCEPTED, 0L).intValue())
                .setRejectedCount(counts.getOrDefault(CandidateState.REJECTED, 0L).intValue())
                .setCreateTime(timestamp(entity.createdAt))
                .setSubmittedBy(entity.submittedBy)
                .setSourceUrl(entity.sourceUrl == null ? "" : entity.sourceUrl)
                .setSecondary(entity.secondary);
        if (withText) {
            proto.setText(entity.text);
        }
        return proto.build();
    }
}

package io.planmonitor.documents.grpc;

import io.planmonitor.documents.mapping.DocumentMapper;
import io.planmonitor.documents.repository.DocumentEntity;
import io.planmonitor.documents.v1.SubmitDocumentRequest;
import io.planmonitor.extraction.DocumentContext;
import io.planmonitor.extraction.DocumentKind;
import io.planmonitor.support.ApiErrors;
import io.planmonitor.support.EnumNames;
import io.planmonitor.support.RequestFields;
import io.planmonitor.support.ResourceNames;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Checks a submission's fields, each failure naming its field, before anything is read or stored. */
final class SubmitDocumentRequests {

    private SubmitDocumentRequests() {
    }

    /** A region_code, a submission's or a list filter's: six digits; INVALID_ARGUMENT naming it otherwise. */
    static String regionCode(String value) {
        if (!value.matches("\\d{6}")) {
            throw ApiErrors.invalidArgument("region_code", "must be a six-digit GB/T 2260 code such as 410105");
        }
        return value;
    }

    static DocumentEntity toNewEntity(SubmitDocumentRequest request, long maxBytes) {
        if (request.getContent().isEmpty()) {
            throw ApiErrors.invalidArgument("content", "is empty: the document's bytes are required");
        }
        if (request.getContent().size() > maxBytes) {
            throw ApiErrors.invalidArgument("content", "is " + request.getContent().size() + " bytes, more than the "
                    + maxBytes + " this service accepts (planmonitor.documents.max-bytes)");
        }
        regionCode(request.getRegionCode());
        DocumentKind kind = EnumNames.required(request.getKind(), DocumentMapper.KIND_PREFIX, DocumentKind.class, "kind");
        int start = request.getPeriod().getStartYear();
        int end = request.getPeriod().getEndYear() == 0 ? start : request.getPeriod().getEndYear();
        if (start < 1949 || start > 2100) {
            throw ApiErrors.invalidArgument("period.start_year", "must be a year between 1949 and 2100");
        }
        if (end < start || end > start + 50) {
            throw ApiErrors.invalidArgument("period.end_year", "must be from start_year to 50 years after it");
        }
        if (request.getTitle().isBlank()) {
            throw ApiErrors.invalidArgument("title", "is required: the document's title as printed");
        }
        if (request.getTitle().length() > 300) {
            throw ApiErrors.invalidArgument("title", "is longer than 300 characters");
        }
        if (request.getDocumentId().length() > 50) {
            throw ApiErrors.invalidArgument("document_id", "must be at most 50 characters (candidates' records add to it)");
        }
        DocumentEntity entity = new DocumentEntity();
        entity.sha256 = sha256(request.getContent().toByteArray());
        entity.id = request.getDocumentId().isEmpty() ? "d" + entity.sha256.substring(0, 16)
                : ResourceNames.chooseId(request.getDocumentId(), "document_id");
        entity.title = request.getTitle().strip();
        entity.regionCode = request.getRegionCode();
        entity.kind = kind;
        entity.startYear = start;
        entity.endYear = end;
        entity.sizeBytes = request.getContent().size();
        entity.sourceUrl = RequestFields.optionalUrl(request.getSourceUrl(), "source_url");
        entity.secondary = request.getSecondary();
        entity.planId = request.getPlan().isEmpty() ? null : ResourceNames.parse("plans", request.getPlan(), "plan");
        return entity;
    }

    static DocumentContext context(DocumentEntity entity) {
        return new DocumentContext(entity.kind, entity.startYear, entity.endYear);
    }

    private static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

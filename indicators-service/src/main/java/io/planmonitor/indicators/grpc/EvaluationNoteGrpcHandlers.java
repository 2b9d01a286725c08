package io.planmonitor.indicators.grpc;

import io.planmonitor.indicators.mapping.EvaluationNoteMapper;
import io.planmonitor.indicators.service.EvaluationNotes;
import io.planmonitor.indicators.v1.EvaluationNote;
import io.planmonitor.indicators.v1.ListEvaluationNoteVersionsRequest;
import io.planmonitor.indicators.v1.ListEvaluationNoteVersionsResponse;
import io.planmonitor.indicators.v1.ListEvaluationNotesRequest;
import io.planmonitor.indicators.v1.ListEvaluationNotesResponse;
import io.planmonitor.indicators.v1.WriteEvaluationNoteRequest;
import io.planmonitor.support.RequestFields;
import jakarta.enterprise.context.ApplicationScoped;

/** The evaluation-note methods of IndicatorService: request checks and mapping. */
@ApplicationScoped
class EvaluationNoteGrpcHandlers {

    /** Room for a page of 原因分析 or 下一步措施 on one indicator. */
    private static final int MAX_TEXT = 4000;

    private final EvaluationNotes notes;

    EvaluationNoteGrpcHandlers(EvaluationNotes notes) {
        this.notes = notes;
    }

    EvaluationNote write(WriteEvaluationNoteRequest request) {
        EvaluationNote note = request.getNote();
        var name = EvaluationNoteMapper.parseNote(note.getName(), "note.name");
        String reasons = RequestFields.optional(note.getReasonsZh(), "note.reasons_zh", MAX_TEXT);
        String measures = RequestFields.optional(note.getMeasuresZh(), "note.measures_zh", MAX_TEXT);
        String etag = RequestFields.optional(request.getEtag(), "etag", 20);
        return EvaluationNoteMapper.toProto(notes.write(name, reasons, measures, etag == null ? "" : etag));
    }

    ListEvaluationNotesResponse list(ListEvaluationNotesRequest request) {
        var evaluation = EvaluationNoteMapper.parseEvaluation(request.getParent(), "parent");
        return ListEvaluationNotesResponse.newBuilder().addAllNotes(notes.latest(evaluation.planId(),
                evaluation.evaluation()).stream().map(EvaluationNoteMapper::toProto).toList()).build();
    }

    ListEvaluationNoteVersionsResponse versions(ListEvaluationNoteVersionsRequest request) {
        var name = EvaluationNoteMapper.parseNote(request.getName(), "name");
        return ListEvaluationNoteVersionsResponse.newBuilder().addAllVersions(notes.versions(name).stream()
                .map(EvaluationNoteMapper::toProto).toList()).build();
    }
}

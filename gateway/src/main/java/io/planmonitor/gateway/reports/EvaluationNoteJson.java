package io.planmonitor.gateway.reports;

import io.planmonitor.gateway.api.ProtoJson;
import io.planmonitor.indicators.v1.EvaluationNote;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A staff note of a plan's evaluation (原因分析, 下一步措施), one version of it. */
@Schema(name = "EvaluationNote")
public record EvaluationNoteJson(
        @Schema(readOnly = true, example = "plans/xinzheng-14th-fyp-outline/evaluations/mid-term/notes/overall")
        String name,
        @Schema(readOnly = true, description = "The target's id, or overall for the plan as a whole",
                example = "overall") String subject,
        @Schema(description = "原因分析, at most 4,000 characters") String reasonsZh,
        @Schema(description = "下一步措施, at most 4,000 characters") String measuresZh,
        @Schema(readOnly = true, example = "2") Integer version,
        @Schema(readOnly = true, description = "Who wrote this version", example = "zonghechu") String author,
        @Schema(readOnly = true, example = "2026-12-08T02:10:00Z") String writeTime) {

    static EvaluationNoteJson of(EvaluationNote note) {
        return new EvaluationNoteJson(note.getName(), subjectOf(note.getName()),
                note.getReasonsZh(), note.getMeasuresZh(), note.getVersion(), note.getAuthor(),
                ProtoJson.timestamp(note.getWriteTime()));
    }

    /** The last segment of a note's or a target's name: the target's id, or overall. */
    static String subjectOf(String name) {
        return name.substring(name.lastIndexOf('/') + 1);
    }
}

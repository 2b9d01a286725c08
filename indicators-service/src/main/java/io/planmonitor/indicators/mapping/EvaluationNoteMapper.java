package io.planmonitor.indicators.mapping;

import io.planmonitor.indicators.repository.EvaluationNoteEntity;
import io.planmonitor.indicators.v1.EvaluationNote;
import io.planmonitor.support.ApiErrors;
import io.planmonitor.support.ProtoValues;
import io.planmonitor.support.ResourceNames;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Names and messages of evaluation notes: plans/{plan}/evaluations/{mid-term|final}/notes/{target id|overall}. */
public final class EvaluationNoteMapper {

    /** The note on the plan as a whole rather than on one target. */
    public static final String OVERALL = "overall";

    private static final Pattern EVALUATION = Pattern.compile(
            PlanMapper.COLLECTION + "/(" + ResourceNames.ID_PATTERN + ")/evaluations/(mid-term|final)");
    private static final Pattern NOTE = Pattern.compile(
            EVALUATION.pattern() + "/notes/(" + ResourceNames.ID_PATTERN + ")");

    private EvaluationNoteMapper() {
    }

    /** A note's name, parsed. */
    public record NoteName(String planId, String evaluation, String subject) {

        public boolean isOverall() {
            return subject.equals(OVERALL);
        }

        @Override
        public String toString() {
            return evaluationName(planId, evaluation) + "/notes/" + subject;
        }
    }

    /** An evaluation's name, parsed: the plan id and "mid-term" or "final". */
    public record EvaluationName(String planId, String evaluation) {
    }

    public static NoteName parseNote(String name, String field) {
        Matcher matcher = NOTE.matcher(name);
        if (!matcher.matches()) {
            throw ApiErrors.invalidArgument(field, "must be a name like plans/{plan}/evaluations/{mid-term|final}"
                    + "/notes/{target id or overall}");
        }
        return new NoteName(matcher.group(1), matcher.group(2), matcher.group(3));
    }

    public static EvaluationName parseEvaluation(String name, String field) {
        Matcher matcher = EVALUATION.matcher(name);
        if (!matcher.matches()) {
            throw ApiErrors.invalidArgument(field, "must be a name like plans/{plan}/evaluations/{mid-term|final}");
        }
        return new EvaluationName(matcher.group(1), matcher.group(2));
    }

    public static EvaluationNote toProto(EvaluationNoteEntity note) {
        EvaluationNote.Builder proto = EvaluationNote.newBuilder()
                .setName(new NoteName(note.planId, note.evaluation, note.subject).toString())
                .setVersion(note.version)
                .setAuthor(note.author)
                .setWriteTime(ProtoValues.timestamp(note.writeTime))
                .setEtag(Integer.toString(note.version));
        if (note.reasons != null) {
            proto.setReasonsZh(note.reasons);
        }
        if (note.measures != null) {
            proto.setMeasuresZh(note.measures);
        }
        return proto.build();
    }

    private static String evaluationName(String planId, String evaluation) {
        return PlanMapper.COLLECTION + "/" + planId + "/evaluations/" + evaluation;
    }
}

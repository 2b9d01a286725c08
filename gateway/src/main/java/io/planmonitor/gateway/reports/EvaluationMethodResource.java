package io.planmonitor.gateway.reports;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The published evaluation method (评估方法说明), the text the web page and every report's annex print. */
@Path("/api/v1/evaluation-method")
@Tag(name = "Reports", description = "Evaluation reports (中期评估 / 总结评估) as JSON, .xlsx and .docx")
public class EvaluationMethodResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(summary = "评估方法说明: the readings' words and thresholds, how each kind of target is computed, "
            + "which figures are used")
    public EvaluationMethod.Text method() {
        return EvaluationMethod.TEXT;
    }
}

package io.planmonitor.gateway.plans;

import io.planmonitor.gateway.api.ProtoJson;
import io.planmonitor.indicators.v1.EvaluatePlanProgressRequest;
import io.planmonitor.indicators.v1.EvaluateRegionProgressRequest;
import io.planmonitor.indicators.v1.ListTargetsRequest;
import io.planmonitor.indicators.v1.ProgressStatus;
import io.planmonitor.indicators.v1.TargetAttribute;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The target filters of target lists and progress evaluations, combined with AND; absent is any. The status filter
 * applies to evaluations only.
 */
public class TargetFilterParameters {

    @QueryParam("category")
    @DefaultValue("")
    @Parameter(description = "The indicator's catalogue category (类别), exact", example = "绿色生态")
    String category;

    @QueryParam("attribute")
    @DefaultValue("")
    @Parameter(description = "BINDING (约束性) or EXPECTED (预期性)", example = "BINDING")
    String attribute;

    @QueryParam("status")
    @DefaultValue("")
    @Parameter(description = "Evaluations only: ACHIEVED, ON_TRACK, NEEDS_ACCELERATION, LAGGING, DETERIORATING or "
            + "NOT_ASSESSABLE", example = "LAGGING")
    String status;

    public ListTargetsRequest.Builder applyTo(ListTargetsRequest.Builder request) {
        return request.setCategory(category).setAttribute(attribute());
    }

    public EvaluatePlanProgressRequest.Builder applyTo(EvaluatePlanProgressRequest.Builder request) {
        return request.setCategory(category).setAttribute(attribute()).setStatus(status());
    }

    public EvaluateRegionProgressRequest.Builder applyTo(EvaluateRegionProgressRequest.Builder request) {
        return request.setCategory(category).setAttribute(attribute()).setStatus(status());
    }

    private TargetAttribute attribute() {
        return ProtoJson.enumValue(attribute, TargetAttribute.class, PlanningJsonMapper.ATTRIBUTE, "attribute");
    }

    private ProgressStatus status() {
        return ProtoJson.enumValue(status, ProgressStatus.class, PlanningJsonMapper.STATUS, "status");
    }
}

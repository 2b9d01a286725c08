package io.planmonitor.gateway.problems;

import com.google.rpc.BadRequest;
import io.quarkus.runtime.annotations.RegisterForReflection;

/**
 * Classes a native image must keep reflective access to: {@code Any.unpack(BadRequest.class)} looks up the
 * message's default instance by reflection, and BadRequest is not a class generated in this application.
 */
@RegisterForReflection(targets = {BadRequest.class, BadRequest.FieldViolation.class})
final class NativeReflection {

    private NativeReflection() {
    }
}

package io.planmonitor.support;

import com.google.protobuf.Any;
import com.google.rpc.BadRequest;
import com.google.rpc.Code;
import com.google.rpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;

/**
 * Builds the canonical gRPC errors of the API conventions (AIP-193): bad input carries a
 * {@link BadRequest} detail naming the field, so every client can point at what to fix.
 */
public final class ApiErrors {

    /**
     * Descriptions may quote what the caller sent; a quoted 60,000-character value would make the status trailer
     * larger than clients accept (an HTTP/2 protocol error instead of the answer), so they are cut to this many code
     * points.
     */
    static final int MAX_DESCRIPTION = 500;

    private ApiErrors() {
    }

    /** {@code text} cut to MAX_DESCRIPTION code points, the last of them "…" when cut. */
    static String bounded(String text) {
        if (text.codePointCount(0, text.length()) <= MAX_DESCRIPTION) {
            return text;
        }
        return text.substring(0, text.offsetByCodePoints(0, MAX_DESCRIPTION - 1)) + "…";
    }

    /** INVALID_ARGUMENT naming one field by its proto path, e.g. {@code project.indicators[0]}. */
    public static StatusRuntimeException invalidArgument(String field, String description) {
        BadRequest badRequest = BadRequest.newBuilder()
                .addFieldViolations(BadRequest.FieldViolation.newBuilder()
                        .setField(field)
                        .setDescription(bounded(description)))
                .build();
        return StatusProto.toStatusRuntimeException(Status.newBuilder()
                .setCode(Code.INVALID_ARGUMENT_VALUE)
                .setMessage(bounded(field + ": " + description))
                .addDetails(Any.pack(badRequest))
                .build());
    }

    public static StatusRuntimeException notFound(String resourceName) {
        return io.grpc.Status.NOT_FOUND.withDescription(bounded(resourceName + " does not exist"))
                .asRuntimeException();
    }

    public static StatusRuntimeException alreadyExists(String resourceName) {
        return io.grpc.Status.ALREADY_EXISTS.withDescription(bounded(resourceName + " already exists"))
                .asRuntimeException();
    }

    /** ABORTED: the client's copy is stale (AIP-154); it should read again and retry. */
    public static StatusRuntimeException staleEtag(String resourceName, String sentEtag, String currentEtag) {
        return io.grpc.Status.ABORTED.withDescription(bounded(resourceName + " has changed: etag " + sentEtag
                + " is stale, the current one is " + currentEtag)).asRuntimeException();
    }

    public static StatusRuntimeException failedPrecondition(String description) {
        return io.grpc.Status.FAILED_PRECONDITION.withDescription(bounded(description)).asRuntimeException();
    }

    public static StatusRuntimeException unavailable(String description, Throwable cause) {
        return io.grpc.Status.UNAVAILABLE.withDescription(bounded(description)).withCause(cause).asRuntimeException();
    }

    /** UNAUTHENTICATED: no usable credentials (missing, expired, forged); the client should get a new token. */
    public static StatusRuntimeException unauthenticated(String description) {
        return io.grpc.Status.UNAUTHENTICATED.withDescription(bounded(description)).asRuntimeException();
    }

    /** PERMISSION_DENIED: the caller is known but may not do this (role or region scope). */
    public static StatusRuntimeException permissionDenied(String description) {
        return io.grpc.Status.PERMISSION_DENIED.withDescription(bounded(description)).asRuntimeException();
    }
}

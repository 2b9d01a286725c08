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

    private ApiErrors() {
    }

    /** INVALID_ARGUMENT naming one field by its proto path, e.g. {@code project.indicators[0]}. */
    public static StatusRuntimeException invalidArgument(String field, String description) {
        BadRequest badRequest = BadRequest.newBuilder()
                .addFieldViolations(BadRequest.FieldViolation.newBuilder()
                        .setField(field)
                        .setDescription(description))
                .build();
        return StatusProto.toStatusRuntimeException(Status.newBuilder()
                .setCode(Code.INVALID_ARGUMENT_VALUE)
                .setMessage(field + ": " + description)
                .addDetails(Any.pack(badRequest))
                .build());
    }

    public static StatusRuntimeException notFound(String resourceName) {
        return io.grpc.Status.NOT_FOUND.withDescription(resourceName + " does not exist").asRuntimeException();
    }

    public static StatusRuntimeException alreadyExists(String resourceName) {
        return io.grpc.Status.ALREADY_EXISTS.withDescription(resourceName + " already exists").asRuntimeException();
    }

    /** ABORTED: the client's copy is stale (AIP-154); it should read again and retry. */
    public static StatusRuntimeException staleEtag(String resourceName, String sentEtag, String currentEtag) {
        return io.grpc.Status.ABORTED.withDescription(resourceName + " has changed: etag " + sentEtag
                + " is stale, the current one is " + currentEtag).asRuntimeException();
    }

    public static StatusRuntimeException failedPrecondition(String description) {
        return io.grpc.Status.FAILED_PRECONDITION.withDescription(description).asRuntimeException();
    }

    public static StatusRuntimeException unavailable(String description, Throwable cause) {
        return io.grpc.Status.UNAVAILABLE.withDescription(description).withCause(cause).asRuntimeException();
    }

    /** UNAUTHENTICATED: no usable credentials (missing, expired, forged); the client should get a new token. */
    public static StatusRuntimeException unauthenticated(String description) {
        return io.grpc.Status.UNAUTHENTICATED.withDescription(description).asRuntimeException();
    }

    /** PERMISSION_DENIED: the caller is known but may not do this (role or region scope). */
    public static StatusRuntimeException permissionDenied(String description) {
        return io.grpc.Status.PERMISSION_DENIED.withDescription(description).asRuntimeException();
    }
}

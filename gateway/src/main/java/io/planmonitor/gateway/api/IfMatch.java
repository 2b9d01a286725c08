package io.planmonitor.gateway.api;

import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.planmonitor.gateway.problems.PreconditionFailedException;
import io.smallrye.mutiny.Uni;

/** HTTP conditional writes: If-Match carries the etag, and a stale one is 412 Precondition Failed. */
public final class IfMatch {

    private IfMatch() {
    }

    /** The etag inside an If-Match header value ("\"3\"", "W/\"3\"" or 3); empty when there is none or it is "*". */
    public static String etag(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return "";
        }
        String tag = header.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        return tag.replace("\"", "");
    }

    /** A service's ABORTED answer to a conditional write becomes 412; without If-Match it stays a 409 conflict. */
    public static <T> Uni<T> staleIsPreconditionFailed(Uni<T> call, String etag) {
        if (etag.isEmpty()) {
            return call;
        }
        return call.onFailure(error -> error instanceof StatusRuntimeException status
                        && status.getStatus().getCode() == Status.Code.ABORTED)
                .transform(error -> new PreconditionFailedException(
                        ((StatusRuntimeException) error).getStatus().getDescription()));
    }
}

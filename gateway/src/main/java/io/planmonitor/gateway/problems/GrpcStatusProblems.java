package io.planmonitor.gateway.problems;

import com.google.protobuf.InvalidProtocolBufferException;
import com.google.rpc.BadRequest;
import io.grpc.Status;
import io.grpc.StatusRuntimeException;
import io.grpc.protobuf.StatusProto;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.ArrayList;
import java.util.List;
import org.jboss.logging.Logger;

/** Maps a service's gRPC status to the HTTP status and problem document the REST client gets. */
@Provider
public class GrpcStatusProblems implements ExceptionMapper<StatusRuntimeException> {

    private static final Logger LOG = Logger.getLogger(GrpcStatusProblems.class);
    private static final String RETRY_AFTER_SECONDS = "5";

    @Override
    public Response toResponse(StatusRuntimeException exception) {
        Status status = exception.getStatus();
        int http = httpStatus(status.getCode());
        if (http >= 500) {
            LOG.warnf("service call failed: %s", status);
        }
        String detail = http == 500 ? "The service failed; the error is logged." : status.getDescription();
        Problem problem = Problems.of(http, kebab(status.getCode()), title(status.getCode()), detail, fieldErrors(exception));
        Response response = Problems.response(problem);
        if (http == 503) {
            // A restarting service is usually back within seconds; tell clients when to try again.
            response.getHeaders().putSingle("Retry-After", RETRY_AFTER_SECONDS);
        }
        return response;
    }

    static int httpStatus(Status.Code code) {
        return switch (code) {
            case INVALID_ARGUMENT, FAILED_PRECONDITION, OUT_OF_RANGE -> 400;
            case UNAUTHENTICATED -> 401;
            case PERMISSION_DENIED -> 403;
            case NOT_FOUND -> 404;
            case ALREADY_EXISTS, ABORTED -> 409;
            case RESOURCE_EXHAUSTED -> 429;
            case CANCELLED -> 499;
            case UNIMPLEMENTED -> 501;
            case UNAVAILABLE -> 503;
            case DEADLINE_EXCEEDED -> 504;
            default -> 500;
        };
    }

    private static List<Problem.FieldError> fieldErrors(StatusRuntimeException exception) {
        com.google.rpc.Status details = StatusProto.fromThrowable(exception);
        List<Problem.FieldError> errors = new ArrayList<>();
        if (details == null) {
            return errors;
        }
        for (var any : details.getDetailsList()) {
            if (any.is(BadRequest.class)) {
                try {
                    for (var violation : any.unpack(BadRequest.class).getFieldViolationsList()) {
                        errors.add(new Problem.FieldError(FieldPaths.toJson(violation.getField()), violation.getDescription()));
                    }
                } catch (InvalidProtocolBufferException e) {
                    LOG.warnf("unreadable BadRequest detail: %s", e.getMessage());
                }
            }
        }
        return errors;
    }

    private static String kebab(Status.Code code) {
        return code.name().toLowerCase().replace('_', '-');
    }

    private static String title(Status.Code code) {
        String words = code.name().toLowerCase().replace('_', ' ');
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }
}

package io.planmonitor.support;

import io.grpc.Metadata;
import io.grpc.ServerCall;
import io.grpc.Status;
import io.quarkus.grpc.ExceptionHandler;
import io.quarkus.grpc.ExceptionHandlerProvider;
import io.quarkus.grpc.auth.AuthExceptionHandlerProvider;
import io.quarkus.grpc.runtime.supports.exc.DefaultExceptionHandlerProvider;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import org.jboss.logging.Logger;

/**
 * What a gRPC caller gets when a call fails in a way no code meant (a bug, not a refusal): INTERNAL with a plain
 * "the service failed" — never the exception's class name or message, which Quarkus would otherwise send as an
 * UNKNOWN status — and the exception with its stack trace in the service's log, which would otherwise have none.
 * A write that lost a race in the database is told so ({@link DatabaseConflicts}), a call that found the database
 * out of reach too ({@link DatabaseOutages}). Statuses the services raise on
 * purpose, and authentication failures, pass through as Quarkus makes them.
 */
@ApplicationScoped
public class UnexpectedErrors implements ExceptionHandlerProvider {

    private static final Logger LOG = Logger.getLogger(UnexpectedErrors.class);

    private final DefaultExceptionHandlerProvider defaults;

    @Inject
    public UnexpectedErrors(Instance<AuthExceptionHandlerProvider> authentication) {
        this.defaults = new DefaultExceptionHandlerProvider(authentication);
    }

    @Override
    public <ReqT, RespT> ExceptionHandler<ReqT, RespT> createHandler(ServerCall.Listener<ReqT> listener,
            ServerCall<ReqT, RespT> call, Metadata metadata) {
        return defaults.createHandler(listener, call, metadata);
    }

    @Override
    public Throwable transform(Throwable failure) {
        Throwable status = defaults.transform(failure);
        if (Status.fromThrowable(status).getCode() != Status.Code.UNKNOWN) {
            return status;
        }
        var lostRace = DatabaseConflicts.asStatus(failure);
        if (lostRace.isPresent()) {
            LOG.debugf("a write lost a race in the database: %s", failure);
            return lostRace.get();
        }
        var outage = DatabaseOutages.asStatus(failure);
        if (outage.isPresent()) {
            LOG.warnf("a call found the database out of reach: %s", failure);
            return outage.get();
        }
        LOG.error("a call failed unexpectedly", failure);
        return Status.INTERNAL.withDescription("the service failed; the error is logged").asRuntimeException();
    }
}

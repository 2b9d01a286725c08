package io.planmonitor.documents.service;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.planmonitor.support.auth.GrpcCall;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Passes the reviewer's own bearer token on to indicators-service and projects-service, so an accepted candidate is
 * written as the reviewer: the owning service checks the reviewer's role and region and records the reviewer in its
 * audit trail.
 */
@ApplicationScoped
public class DownstreamCalls implements ClientInterceptor {

    private static final Metadata.Key<String> AUTHORIZATION =
            Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

    @Override
    public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method, CallOptions options, Channel next) {
        String authorization = GrpcCall.authorization();
        return new ForwardingClientCall.SimpleForwardingClientCall<>(next.newCall(method, options)) {
            @Override
            public void start(Listener<R> listener, Metadata headers) {
                if (!authorization.isEmpty()) {
                    headers.put(AUTHORIZATION, authorization);
                }
                super.start(listener, headers);
            }
        };
    }
}

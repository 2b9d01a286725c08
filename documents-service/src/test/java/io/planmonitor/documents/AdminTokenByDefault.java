package io.planmonitor.documents;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.planmonitor.devauth.JwtTestKeys;
import io.quarkus.grpc.GlobalInterceptor;
import io.quarkus.test.common.QuarkusTestResource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;

/**
 * The tests' gRPC clients call as an admin unless the call carries its own token: the service verifies it like any
 * other, signed by the key pair of {@link JwtTestKeys}, declared here for every test.
 */
@ApplicationScoped
@GlobalInterceptor
@QuarkusTestResource(JwtTestKeys.class)
public class AdminTokenByDefault implements ClientInterceptor {

    static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

    private final String adminToken = JwtTestKeys.tokens().mint("test-admin", List.of("admin"), List.of(),
            Duration.ofHours(1));

    @Override
    public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method, CallOptions options, Channel next) {
        return new ForwardingClientCall.SimpleForwardingClientCall<>(next.newCall(method, options)) {
            @Override
            public void start(Listener<R> listener, Metadata headers) {
                if (!headers.containsKey(AUTHORIZATION)) {
                    headers.put(AUTHORIZATION, "Bearer " + adminToken);
                }
                super.start(listener, headers);
            }
        };
    }
}

package io.planmonitor.projects;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import io.grpc.stub.MetadataUtils;
import io.planmonitor.devauth.JwtTestKeys;
import io.quarkus.grpc.GlobalInterceptor;
import io.quarkus.test.common.QuarkusTestResource;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;

/**
 * The tests' gRPC clients call as an admin unless a test sends its own token (an access test does): the service
 * verifies the token like any other, signed by the key pair of {@link JwtTestKeys}, declared here for every test.
 * {@link #callingWith} gives a stub another token, or none.
 */
@ApplicationScoped
@GlobalInterceptor
@QuarkusTestResource(JwtTestKeys.class)
public class AdminTokenByDefault implements ClientInterceptor {

    static final Metadata.Key<String> AUTHORIZATION = Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);
    /** Set by {@link #noToken()}: this call goes out without any token. Removed before the call leaves. */
    private static final Metadata.Key<String> NO_TOKEN = Metadata.Key.of("x-test-no-token", Metadata.ASCII_STRING_MARSHALLER);

    private final String adminToken = JwtTestKeys.tokens().mint("test-admin", List.of("admin"), List.of(),
            Duration.ofHours(1));

    @Override
    public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method, CallOptions options, Channel next) {
        return new ForwardingClientCall.SimpleForwardingClientCall<>(next.newCall(method, options)) {
            @Override
            public void start(Listener<R> listener, Metadata headers) {
                if (headers.containsKey(NO_TOKEN)) {
                    headers.discardAll(NO_TOKEN);
                } else if (!headers.containsKey(AUTHORIZATION)) {
                    headers.put(AUTHORIZATION, "Bearer " + adminToken);
                }
                super.start(listener, headers);
            }
        };
    }

    /** For a stub whose calls must carry {@code token}, or no token at all when it is null. */
    static ClientInterceptor callingWith(String token) {
        Metadata headers = new Metadata();
        if (token == null) {
            headers.put(NO_TOKEN, "1");
        } else {
            headers.put(AUTHORIZATION, "Bearer " + token);
        }
        return MetadataUtils.newAttachHeadersInterceptor(headers);
    }
}

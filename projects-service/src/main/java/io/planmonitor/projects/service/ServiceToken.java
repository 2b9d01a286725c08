package io.planmonitor.projects.service;

import io.grpc.CallOptions;
import io.grpc.Channel;
import io.grpc.ClientCall;
import io.grpc.ClientInterceptor;
import io.grpc.ForwardingClientCall;
import io.grpc.Metadata;
import io.grpc.MethodDescriptor;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * projects-service's own credentials on its calls to indicators-service (link checks, the investment it publishes):
 * a bearer token read from a file at each call, so a token the platform renews (a mounted secret, an OIDC client
 * credentials sidecar) is picked up without a restart. No file configured: calls go without a token, which is enough
 * where reads are open, and the publisher's writes are then refused and stay in the outbox.
 */
@ApplicationScoped
public class ServiceToken implements ClientInterceptor {

    private static final Metadata.Key<String> AUTHORIZATION =
            Metadata.Key.of("authorization", Metadata.ASCII_STRING_MARSHALLER);

    private final Optional<Path> tokenFile;

    ServiceToken(@ConfigProperty(name = "planmonitor.indicators.token-file") Optional<String> tokenFile) {
        this.tokenFile = tokenFile.filter(file -> !file.isBlank()).map(Path::of);
    }

    @Override
    public <Q, R> ClientCall<Q, R> interceptCall(MethodDescriptor<Q, R> method, CallOptions options, Channel next) {
        return new ForwardingClientCall.SimpleForwardingClientCall<>(next.newCall(method, options)) {
            @Override
            public void start(Listener<R> listener, Metadata headers) {
                token().ifPresent(token -> headers.put(AUTHORIZATION, "Bearer " + token));
                super.start(listener, headers);
            }
        };
    }

    private Optional<String> token() {
        if (tokenFile.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Files.readString(tokenFile.get()).trim()).filter(token -> !token.isEmpty());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the service token " + tokenFile.get(), e);
        }
    }
}

package io.planmonitor.seed.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The gateway as the benchmarks call it (GATEWAY, http://localhost:8080): any answer but 200 stops the run. */
final class BenchGateway {

    private static final Pattern WRITTEN = Pattern.compile("\"written\"\\s*:\\s*(\\d+)");

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final String gateway = BenchEnv.get("GATEWAY", "http://localhost:8080");
    private final String token;

    /** {@code token}: the bearer token writes carry, or null for reads only. */
    BenchGateway(String token) {
        this.token = token;
    }

    String get(String path) {
        return send(HttpRequest.newBuilder(URI.create(gateway + path)).GET());
    }

    String post(String path, String type, String body) {
        return send(HttpRequest.newBuilder(URI.create(gateway + path))
                .header("Content-Type", type + "; charset=utf-8").header("Authorization", "Bearer " + token)
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)));
    }

    /** The rows an import report says were written. */
    static int written(String report) {
        Matcher written = WRITTEN.matcher(report);
        if (!written.find()) {
            throw new IllegalStateException("an import report without written: " + report);
        }
        return Integer.parseInt(written.group(1));
    }

    private String send(HttpRequest.Builder request) {
        try {
            HttpRequest built = request.build();
            HttpResponse<String> response = http.send(built, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() != 200) {
                throw new IllegalStateException(built.method() + " " + built.uri() + ": " + response.statusCode() + " "
                        + response.body());
            }
            return response.body();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}

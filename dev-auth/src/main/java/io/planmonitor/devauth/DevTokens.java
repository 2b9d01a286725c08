package io.planmonitor.devauth;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.Signature;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Signs RS256 bearer tokens with the development key, carrying what Plan Monitor reads from any OIDC provider's
 * token: the issuer, the caller ({@code sub}, {@code upn}), the roles ({@code groups}: viewer, editor, admin) and the
 * regions an editor may write ({@code regions}, GB/T 2260 codes).
 */
public final class DevTokens {

    /** The issuer the applications expect unless configured otherwise ({@code mp.jwt.verify.issuer}). */
    public static final String ISSUER = "https://planmonitor.local/dev";

    private final DevKeys keys;
    private final String issuer;

    public DevTokens(DevKeys keys, String issuer) {
        this.keys = keys;
        this.issuer = issuer;
    }

    public DevTokens(DevKeys keys) {
        this(keys, ISSUER);
    }

    /** A token valid from now for {@code lifetime}. */
    public String mint(String subject, List<String> roles, List<String> regions, Duration lifetime) {
        Instant now = Instant.now();
        return sign(subject, roles, regions, now, now.plus(lifetime));
    }

    /** A token that expired an hour ago: for testing that expired tokens are refused. */
    public String expired(String subject, List<String> roles, List<String> regions) {
        Instant now = Instant.now();
        return sign(subject, roles, regions, now.minus(Duration.ofHours(2)), now.minus(Duration.ofHours(1)));
    }

    private String sign(String subject, List<String> roles, List<String> regions, Instant issuedAt, Instant expiry) {
        String header = "{\"alg\":\"RS256\",\"typ\":\"JWT\"}";
        String claims = "{\"iss\":" + json(issuer)
                + ",\"sub\":" + json(subject)
                + ",\"upn\":" + json(subject)
                + ",\"groups\":" + json(roles)
                + ",\"regions\":" + json(regions)
                + ",\"iat\":" + issuedAt.getEpochSecond()
                + ",\"exp\":" + expiry.getEpochSecond()
                + ",\"jti\":" + json(UUID.randomUUID().toString()) + "}";
        String signingInput = base64Url(header.getBytes(StandardCharsets.UTF_8)) + "."
                + base64Url(claims.getBytes(StandardCharsets.UTF_8));
        try {
            Signature signature = Signature.getInstance("SHA256withRSA");
            signature.initSign(keys.privateKey());
            signature.update(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + base64Url(signature.sign());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot sign with the development key", e);
        }
    }

    static String base64Url(byte[] bytes) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String json(List<String> values) {
        return values.stream().map(DevTokens::json).collect(Collectors.joining(",", "[", "]"));
    }

    /** A JSON string literal: quotes, backslashes and control characters escaped. */
    private static String json(String value) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }
}

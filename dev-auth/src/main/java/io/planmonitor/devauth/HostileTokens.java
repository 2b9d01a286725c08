package io.planmonitor.devauth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.security.GeneralSecurityException;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Admin tokens an attacker would try against the applications that trust {@code keys}, for tests that every one of
 * them is refused: each claims the admin role and is valid in time, so only its signature can give it away.
 */
public final class HostileTokens {

    private final DevKeys keys;
    private final DevTokens genuine;

    public HostileTokens(DevKeys keys) {
        this.keys = keys;
        this.genuine = new DevTokens(keys);
    }

    /** The admin claims with {@code "alg":"none"} and no signature at all. */
    public String unsigned(String subject) {
        String[] parts = admin(subject).split("\\.");
        return encode("{\"alg\":\"none\",\"typ\":\"JWT\"}") + "." + parts[1] + ".";
    }

    /**
     * The admin claims signed HS256 with the public key's PEM text as the HMAC secret: the algorithm-confusion
     * attack, which works on a verifier that lets the token's header pick the algorithm.
     */
    public String hmacWithThePublicKey(String subject) {
        String[] parts = admin(subject).split("\\.");
        String signingInput = encode("{\"alg\":\"HS256\",\"typ\":\"JWT\"}") + "." + parts[1];
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Files.readAllBytes(keys.publicKeyFile()), "HmacSHA256"));
            byte[] signature = mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII));
            return signingInput + "." + DevTokens.base64Url(signature);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot compute an HMAC", e);
        }
    }

    /** A genuine viewer's token whose claims were rewritten to the admin role, its original signature kept. */
    public String viewerRaisedToAdmin(String subject) {
        String[] parts = genuine.mint(subject, List.of("viewer"), List.of(), Duration.ofHours(1)).split("\\.");
        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("\"groups\":[\"viewer\"]", "\"groups\":[\"admin\"]");
        return parts[0] + "." + encode(claims) + "." + parts[2];
    }

    private String admin(String subject) {
        return genuine.mint(subject, List.of("admin"), List.of(), Duration.ofHours(1));
    }

    private static String encode(String json) {
        return DevTokens.base64Url(json.getBytes(StandardCharsets.UTF_8));
    }
}

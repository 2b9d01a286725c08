package io.planmonitor.devauth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PublicKey;
import java.security.Signature;
import java.security.spec.X509EncodedKeySpec;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DevTokensTest {

    @TempDir
    Path keys;

    @Test
    void aTokenIsSignedByTheKeyInThePublicFileAndCarriesItsClaims() throws Exception {
        DevTokens tokens = new DevTokens(DevKeys.inDirectory(keys));
        String token = tokens.mint("李\"编辑\"", List.of("editor"), List.of("410105"), Duration.ofHours(1));

        String[] parts = token.split("\\.");
        assertEquals(3, parts.length);
        Signature signature = Signature.getInstance("SHA256withRSA");
        signature.initVerify(publicKey(keys.resolve(DevKeys.PUBLIC_KEY_FILE)));
        signature.update((parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII));
        assertTrue(signature.verify(Base64.getUrlDecoder().decode(parts[2])), "signature verifies with public.pem");

        String claims = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8);
        assertTrue(claims.contains("\"sub\":\"李\\\"编辑\\\"\""), claims);
        assertTrue(claims.contains("\"groups\":[\"editor\"]"), claims);
        assertTrue(claims.contains("\"regions\":[\"410105\"]"), claims);
        assertTrue(claims.contains("\"iss\":\"" + DevTokens.ISSUER + "\""), claims);
        assertTrue(expiry(claims) > Instant.now().getEpochSecond());
    }

    @Test
    void theKeyPairIsMadeOnceAndReused() throws Exception {
        DevKeys first = DevKeys.inDirectory(keys);
        String publicPem = Files.readString(first.publicKeyFile());
        DevKeys second = DevKeys.inDirectory(keys);
        assertEquals(publicPem, Files.readString(second.publicKeyFile()));
        assertEquals(first.privateKey(), second.privateKey());
    }

    @Test
    void anExpiredTokenHasItsExpiryInThePast() {
        String token = new DevTokens(DevKeys.inDirectory(keys)).expired("someone", List.of("admin"), List.of());
        String claims = new String(Base64.getUrlDecoder().decode(token.split("\\.")[1]), StandardCharsets.UTF_8);
        assertFalse(expiry(claims) > Instant.now().getEpochSecond());
    }

    private static long expiry(String claims) {
        Matcher exp = Pattern.compile("\"exp\":(\\d+)").matcher(claims);
        assertTrue(exp.find(), claims);
        return Long.parseLong(exp.group(1));
    }

    private static PublicKey publicKey(Path pem) throws Exception {
        String body = Files.readString(pem).replaceAll("-----(BEGIN|END) PUBLIC KEY-----", "").replaceAll("\\s", "");
        return KeyFactory.getInstance("RSA").generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(body)));
    }
}

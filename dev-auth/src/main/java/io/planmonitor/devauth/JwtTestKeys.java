package io.planmonitor.devauth;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Path;
import java.util.Map;

/**
 * Test resource: a key pair made for this module's test run (in {@code target/test-keys}), whose public half the
 * application under test verifies tokens with. Tests sign their tokens with {@link #tokens()}.
 */
public class JwtTestKeys implements QuarkusTestResourceLifecycleManager {

    private static final Path DIRECTORY = Path.of("target", "test-keys");

    /** Tokens the application under test accepts. */
    public static DevTokens tokens() {
        return new DevTokens(keys());
    }

    /** The key pair the application under test verifies tokens with. */
    public static DevKeys keys() {
        return DevKeys.inDirectory(DIRECTORY);
    }

    @Override
    public Map<String, String> start() {
        DevKeys keys = keys();
        return Map.of(
                "mp.jwt.verify.publickey.location", keys.publicKeyFile().toUri().toString(),
                "mp.jwt.verify.issuer", DevTokens.ISSUER);
    }

    @Override
    public void stop() {
    }
}

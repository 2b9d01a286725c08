package io.planmonitor.devauth;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.util.Base64;

/**
 * The development signing key pair, kept in a folder as {@code private.pem} (PKCS#8) and {@code public.pem} (X.509,
 * what the gateway and services are given as {@code mp.jwt.verify.publickey.location}). Made on first use, so every
 * machine and every test run has its own; nothing secret is ever committed.
 */
public final class DevKeys {

    public static final String PUBLIC_KEY_FILE = "public.pem";
    private static final String PRIVATE_KEY_FILE = "private.pem";

    private final Path directory;
    private final PrivateKey privateKey;

    private DevKeys(Path directory, PrivateKey privateKey) {
        this.directory = directory;
        this.privateKey = privateKey;
    }

    /** The key pair in {@code directory}, made there first if the folder has none. */
    public static synchronized DevKeys inDirectory(Path directory) {
        try {
            Path privateFile = directory.resolve(PRIVATE_KEY_FILE);
            if (!Files.exists(privateFile)) {
                generate(directory);
            }
            byte[] der = fromPem(Files.readString(privateFile, StandardCharsets.US_ASCII));
            PrivateKey key = KeyFactory.getInstance("RSA").generatePrivate(new PKCS8EncodedKeySpec(der));
            return new DevKeys(directory, key);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or write the development keys in " + directory, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the development key in " + directory + " is not an RSA key", e);
        }
    }

    public PrivateKey privateKey() {
        return privateKey;
    }

    public Path publicKeyFile() {
        return directory.resolve(PUBLIC_KEY_FILE);
    }

    private static void generate(Path directory) throws IOException, GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        KeyPair pair = generator.generateKeyPair();
        Files.createDirectories(directory);
        // The public key first: a folder with a private key always has its public half.
        Files.writeString(directory.resolve(PUBLIC_KEY_FILE), toPem("PUBLIC KEY", pair.getPublic().getEncoded()),
                StandardCharsets.US_ASCII);
        Path privateFile = directory.resolve(PRIVATE_KEY_FILE);
        Path partial = directory.resolve(PRIVATE_KEY_FILE + ".partial");
        Files.writeString(partial, toPem("PRIVATE KEY", pair.getPrivate().getEncoded()), StandardCharsets.US_ASCII);
        Files.move(partial, privateFile, java.nio.file.StandardCopyOption.ATOMIC_MOVE);
    }

    private static String toPem(String type, byte[] der) {
        String body = Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(der);
        return "-----BEGIN " + type + "-----\n" + body + "\n-----END " + type + "-----\n";
    }

    private static byte[] fromPem(String pem) {
        String body = pem.replaceAll("-----(BEGIN|END) [A-Z ]+-----", "").replaceAll("\\s", "");
        return Base64.getDecoder().decode(body);
    }
}

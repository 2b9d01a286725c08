package io.planmonitor.seed;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The reviewed dataset on the class path: {@code seed/files.txt} names its YAML files in load order, and
 * {@code documents/} holds the source documents the records quote.
 */
public final class SeedDataset {

    private static final ObjectMapper YAML = new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);

    private final Map<String, SeedFile> files;

    private SeedDataset(Map<String, SeedFile> files) {
        this.files = files;
    }

    /** Reads every file; a file that does not parse (an unknown key, a bad value) fails with its name. */
    public static SeedDataset load() {
        Map<String, SeedFile> files = new LinkedHashMap<>();
        for (String line : resourceText("seed/files.txt").split("\n")) {
            String name = line.strip();
            if (name.isEmpty() || name.startsWith("#")) {
                continue;
            }
            try (InputStream in = resource("seed/" + name)) {
                files.put(name, YAML.readValue(in, SeedFile.class));
            } catch (IOException e) {
                throw new IllegalStateException("seed/" + name + " does not parse: " + e.getMessage(), e);
            }
        }
        return new SeedDataset(files);
    }

    /** File name → contents, in load order. */
    public Map<String, SeedFile> files() {
        return files;
    }

    /** Every file's records of one kind, in load order. */
    public <T> List<T> all(java.util.function.Function<SeedFile, List<T>> records) {
        List<T> all = new ArrayList<>();
        files.values().forEach(file -> all.addAll(records.apply(file)));
        return all;
    }

    /** The text of a source document in {@code documents/}. */
    public static String documentText(String document) {
        return resourceText("documents/" + document);
    }

    /** The bytes of a source document in {@code documents/}, as submitted. */
    public static byte[] documentBytes(String document) {
        try (InputStream in = resource("documents/" + document)) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lower-case hex SHA-256 of a source document's bytes, as plans record it. */
    public static String documentSha256(String document) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(documentBytes(document)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String resourceText(String path) {
        try (InputStream in = resource(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String path) {
        InputStream in = SeedDataset.class.getClassLoader().getResourceAsStream(path);
        if (in == null) {
            throw new IllegalStateException(path + " is not on the class path");
        }
        return in;
    }
}

package io.planmonitor.e2e;

import com.google.protobuf.ByteString;
import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.EnumDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.DynamicMessage;
import com.google.protobuf.FieldMask;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Request messages of any type generated from its protobuf descriptor, field by field: each field set or not, its
 * value a known resource name, a malformed, out-of-range, oversized, unicode-edge or injection value, or a random one;
 * enums also with numbers the contract does not define, repeated fields empty, short or oversized, field masks with the
 * message's own paths and made-up ones. One seed gives the same messages every run.
 */
final class GeneratedMessages {

    /** Below this depth every nested message is still generated; at it, nested messages are left empty. */
    private static final int MAX_DEPTH = 4;
    private static final int OVERSIZED_COUNT = 1200;
    private static final List<String> ODD_STRINGS = List.of("", " ", "\u0000", "a\u0000b", "'; DROP TABLE target; --",
            "\" OR 1=1 --", "<script>alert(1)</script>", "../../etc/passwd", "%00", "${jndi:ldap://x/a}", "🙂𠀀",
            "\u202eabc", "e\u0301\u0351\u0352", "\ufeff", "\ud7ff\ue000\uffff", "NaN", "Infinity", "-0", "1e400",
            "0.00000000000000000000000000000001", "9".repeat(60), "-99999999999999999999.5", "12,5", "１２３", "1/3",
            "2024-02-30", "2024-13-01", "0000-01-01", "9999-12-31", "*", "regions/", "plans//targets/", "/", "长".repeat(5000),
            "x".repeat(100_000));
    private static final int[] INTS = {0, 1, -1, 2, 12, 13, 2024, 2025, 2030, 1899, 10_000, 1001, Integer.MAX_VALUE,
            Integer.MIN_VALUE};
    /** Includes the limits of google.protobuf.Timestamp's seconds and beyond. */
    private static final long[] LONGS = {0, 1, -1, 1_735_689_600L, 253_402_300_799L, 253_402_300_800L,
            -62_135_596_801L, Long.MAX_VALUE, Long.MIN_VALUE};
    private static final double[] DOUBLES = {0, -0.0, 0.1, 1e308, -1e308, Double.NaN, Double.POSITIVE_INFINITY,
            Double.MIN_VALUE};

    private final Random random;
    private final List<String> knownNames;

    /** {@code knownNames}: names and ids of resources that exist, so that generated requests reach past lookups. */
    GeneratedMessages(long seed, List<String> knownNames) {
        this.random = new Random(seed);
        this.knownNames = List.copyOf(knownNames);
    }

    DynamicMessage message(Descriptor type) {
        return message(type, 0);
    }

    private DynamicMessage message(Descriptor type, int depth) {
        DynamicMessage.Builder message = DynamicMessage.newBuilder(type);
        if (depth >= MAX_DEPTH) {
            return message.build();
        }
        for (FieldDescriptor field : type.getFields()) {
            if (random.nextInt(100) >= (depth == 0 ? 75 : 55)) {
                continue;
            }
            if (field.isRepeated()) {
                int count = count(depth);
                for (int i = 0; i < count; i++) {
                    message.addRepeatedField(field, value(field, type, depth));
                }
            } else {
                message.setField(field, value(field, type, depth));
            }
        }
        return message.build();
    }

    /** How many elements a repeated field gets: mostly a few, sometimes none, now and then far too many. */
    private int count(int depth) {
        int roll = random.nextInt(100);
        if (roll < 15) {
            return 0;
        }
        if (roll < 97 || depth > 0) {
            return 1 + random.nextInt(3);
        }
        return OVERSIZED_COUNT;
    }

    private Object value(FieldDescriptor field, Descriptor parent, int depth) {
        return switch (field.getJavaType()) {
            case INT -> random.nextInt(3) == 0 ? random.nextInt(-50, 5000) : INTS[random.nextInt(INTS.length)];
            case LONG -> random.nextInt(3) == 0 ? random.nextLong(-50, 2_000_000_000L) : LONGS[random.nextInt(LONGS.length)];
            case FLOAT -> (float) DOUBLES[random.nextInt(DOUBLES.length)];
            case DOUBLE -> DOUBLES[random.nextInt(DOUBLES.length)];
            case BOOLEAN -> random.nextBoolean();
            case STRING -> string();
            case BYTE_STRING -> bytes();
            case ENUM -> enumValue(field.getEnumType());
            case MESSAGE -> field.getMessageType().getFullName().equals(FieldMask.getDescriptor().getFullName())
                    ? fieldMask(parent)
                    : message(field.getMessageType(), depth + 1);
        };
    }

    private String string() {
        int roll = random.nextInt(100);
        if (roll < 40 && !knownNames.isEmpty()) {
            String known = knownNames.get(random.nextInt(knownNames.size()));
            return roll < 32 ? known : known + ODD_STRINGS.get(random.nextInt(ODD_STRINGS.size()));
        }
        if (roll < 75) {
            return ODD_STRINGS.get(random.nextInt(ODD_STRINGS.size()));
        }
        StringBuilder text = new StringBuilder();
        int length = random.nextInt(25);
        for (int i = 0; i < length; i++) {
            text.appendCodePoint(random.nextBoolean() ? "abcxyz019-_/.".charAt(random.nextInt(13))
                    : random.nextInt(0x20, 0x2FFFF));
        }
        return text.toString();
    }

    private ByteString bytes() {
        byte[] bytes = new byte[random.nextInt(10) == 0 ? 3_000_000 : random.nextInt(200)];
        random.nextBytes(bytes);
        return ByteString.copyFrom(bytes);
    }

    private Object enumValue(EnumDescriptor type) {
        if (random.nextInt(5) == 0) {
            // proto3 enums are open: a number the contract does not define arrives as it is.
            return type.findValueByNumberCreatingIfUnknown(random.nextBoolean() ? 99 : -7);
        }
        return type.getValues().get(random.nextInt(type.getValues().size()));
    }

    /** Paths of the fields of {@code parent}'s message fields (what an update mask names), and paths that are not. */
    private DynamicMessage fieldMask(Descriptor parent) {
        List<String> paths = new ArrayList<>(List.of("*", "", "no_such_field", "a.b.c", "name", "etag"));
        for (FieldDescriptor field : parent.getFields()) {
            if (field.getJavaType() == FieldDescriptor.JavaType.MESSAGE) {
                field.getMessageType().getFields().forEach(inner -> paths.add(inner.getName()));
            }
        }
        FieldMask.Builder mask = FieldMask.newBuilder();
        int count = 1 + random.nextInt(3);
        for (int i = 0; i < count; i++) {
            mask.addPaths(paths.get(random.nextInt(paths.size())));
        }
        return DynamicMessage.newBuilder(FieldMask.getDescriptor()).mergeFrom(mask.build()).build();
    }
}

package io.planmonitor.support;

/**
 * Maps proto enums to domain enums by name: a proto value is the domain name behind the enum's prefix
 * (TARGET_FORM_LEVEL ↔ LEVEL), so neither side needs a hand-written switch.
 */
public final class EnumNames {

    private EnumNames() {
    }

    /** The domain value, or null for the unspecified zero value and values this build does not know. */
    public static <D extends Enum<D>> D toDomain(Enum<?> proto, String prefix, Class<D> domain) {
        String name = proto.name();
        if (!name.startsWith(prefix) || name.endsWith("_UNSPECIFIED")) {
            return null;
        }
        try {
            return Enum.valueOf(domain, name.substring(prefix.length()));
        } catch (IllegalArgumentException unknown) {
            return null;
        }
    }

    public static <P extends Enum<P>> P toProto(Enum<?> domain, String prefix, Class<P> proto) {
        return Enum.valueOf(proto, prefix + domain.name());
    }

    /**
     * The domain value of an optional field such as a list filter: null for the unspecified zero value, and
     * INVALID_ARGUMENT naming {@code field} for a value this build does not know (rather than reading it as "any").
     */
    public static <D extends Enum<D>> D optional(Enum<?> proto, String prefix, Class<D> domain, String field) {
        D value = toDomain(proto, prefix, domain);
        if (value == null && !proto.name().endsWith("_UNSPECIFIED")) {
            throw ApiErrors.invalidArgument(field, "is not a known value");
        }
        return value;
    }

    /** The domain value, or INVALID_ARGUMENT naming {@code field} when it is unspecified or unknown. */
    public static <D extends Enum<D>> D required(Enum<?> proto, String prefix, Class<D> domain, String field) {
        D value = toDomain(proto, prefix, domain);
        if (value == null) {
            throw ApiErrors.invalidArgument(field, "is required");
        }
        return value;
    }
}

package io.planmonitor.support;

import java.util.UUID;
import java.util.regex.Pattern;

/** Resource names of the form {@code collection/id} (AIP-122) and the ids clients may choose. */
public final class ResourceNames {

    /** AIP-122's id rule, for patterns of nested names (plans/{plan}/targets/{target}). */
    public static final String ID_PATTERN = "[a-z][a-z0-9-]{0,62}";

    private static final Pattern ID = Pattern.compile(ID_PATTERN);

    private ResourceNames() {
    }

    /**
     * The id a create request asked for, checked against AIP-122's id rules, or a new random one when it asked for none.
     */
    public static String chooseId(String requestedId, String field) {
        if (requestedId == null || requestedId.isEmpty()) {
            return "x" + UUID.randomUUID().toString().replace("-", "").substring(0, 20);
        }
        if (!ID.matcher(requestedId).matches()) {
            throw ApiErrors.invalidArgument(field,
                    "must be 1-63 characters of a-z, 0-9 and '-', starting with a letter");
        }
        return requestedId;
    }

    /** The id in {@code collection/id}; INVALID_ARGUMENT on {@code field} when the name has another shape. */
    public static String parse(String collection, String name, String field) {
        String prefix = collection + "/";
        if (name == null || !name.startsWith(prefix) || !ID.matcher(name.substring(prefix.length())).matches()) {
            throw ApiErrors.invalidArgument(field, "must be a resource name like " + prefix + "{id}");
        }
        return name.substring(prefix.length());
    }

    public static String format(String collection, String id) {
        return collection + "/" + id;
    }
}

package io.planmonitor.support.auth;

import io.planmonitor.support.ApiErrors;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import java.util.TreeSet;

/**
 * Who makes a call, from the verified bearer token: the name, the roles and the regions an editor may write.
 * Write paths ask it before they change anything ({@link #checkCanWrite}); the audit trail records its name.
 */
public record Caller(String name, Set<Role> roles, Set<String> regionCodes) {

    public static final Caller ANONYMOUS = new Caller("anonymous", Set.of(), Set.of());

    public Caller {
        roles = roles.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(roles));
        regionCodes = Collections.unmodifiableSet(new TreeSet<>(regionCodes));
    }

    public boolean isAnonymous() {
        return this == ANONYMOUS;
    }

    /** Whether the caller holds {@code role} or one that includes it. */
    public boolean has(Role role) {
        return roles.stream().anyMatch(held -> held.compareTo(role) >= 0);
    }

    /** Refuses, with PERMISSION_DENIED, a write to {@code regionCode}'s data the caller may not make. */
    public void checkCanWrite(String regionCode) {
        if (has(Role.ADMIN)) {
            return;
        }
        if (!has(Role.EDITOR)) {
            throw ApiErrors.permissionDenied(name + " may not write: writing needs the editor or admin role");
        }
        if (!regionCodes.contains(regionCode)) {
            throw ApiErrors.permissionDenied(name + " may write the data of regions " + regionCodes
                    + ", not of region " + regionCode);
        }
    }

    /** Refuses, with PERMISSION_DENIED, a change to shared reference data by anyone but an admin. */
    public void checkAdmin(String what) {
        if (!has(Role.ADMIN)) {
            throw ApiErrors.permissionDenied(name + " may not " + what + ": that needs the admin role");
        }
    }

    /** The roles as the token names them, for the audit trail. */
    public String rolesClaim() {
        return String.join(",", roles.stream().map(Role::claimValue).toList());
    }
}

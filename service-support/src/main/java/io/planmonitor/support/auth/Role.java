package io.planmonitor.support.auth;

import java.util.Locale;
import java.util.Optional;

/**
 * The three roles of Plan Monitor, as the token's {@code groups} claim names them. Each includes the ones before it:
 * an editor may read, an admin may do everything an editor may, in every region.
 */
public enum Role {
    /** Reads, where reads are not open to everyone. */
    VIEWER,
    /** Writes the data of the regions in the token's {@code regions} claim. */
    EDITOR,
    /** Writes everything, including shared reference data (regions, the indicator catalogue's entries). */
    ADMIN;

    public String claimValue() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Role> fromClaim(String value) {
        for (Role role : values()) {
            if (role.claimValue().equals(value)) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}

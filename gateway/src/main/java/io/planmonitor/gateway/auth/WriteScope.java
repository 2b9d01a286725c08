package io.planmonitor.gateway.auth;

import io.grpc.Status;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.RequestScoped;
import jakarta.json.JsonString;
import java.util.Set;
import java.util.TreeSet;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.jwt.JsonWebToken;

/**
 * The regions the request's caller may write, as its token says: every region for an admin, an editor's listed
 * codes. Write endpoints whose request names the region (a new project, plan or target, a value) ask it before
 * calling a service, so a write outside the scope is refused at the door; the services check again, and also where
 * only they know the region (a change to a stored resource). The refusal is the services' own PERMISSION_DENIED,
 * so it reads the same wherever it comes from.
 */
@RequestScoped
public class WriteScope {

    /** The claim naming an editor's regions; the services read the same setting. */
    @ConfigProperty(name = "planmonitor.auth.regions-claim", defaultValue = "regions")
    String regionsClaim;

    private String caller = "anonymous";
    private boolean everyRegion;
    private Set<String> regionCodes = Set.of();

    /** Set by the access policy once the token is verified. */
    void use(SecurityIdentity identity) {
        caller = identity.getPrincipal().getName();
        everyRegion = identity.hasRole("admin");
        if (identity.getPrincipal() instanceof JsonWebToken token) {
            regionCodes = codes(token.getClaim(regionsClaim));
        }
    }

    /**
     * Refuses a write to the data of {@code region} ("410184" or "regions/410184") the caller may not make; an
     * absent region is left to the service, which knows the default (a target's plan region) or names the field.
     */
    public void checkCanWrite(String region) {
        if (everyRegion || region == null || region.isBlank()) {
            return;
        }
        String code = region.startsWith("regions/") ? region.substring("regions/".length()) : region;
        if (!regionCodes.contains(code)) {
            throw Status.PERMISSION_DENIED.withDescription(caller + " may write the data of regions " + regionCodes
                    + ", not of region " + code).asRuntimeException();
        }
    }

    private static Set<String> codes(Object claim) {
        Set<String> codes = new TreeSet<>();
        if (claim instanceof Iterable<?> values) {
            values.forEach(value -> codes.add(value instanceof JsonString string ? string.getString()
                    : String.valueOf(value)));
        } else if (claim instanceof String single) {
            codes.add(single);
        }
        return codes;
    }
}

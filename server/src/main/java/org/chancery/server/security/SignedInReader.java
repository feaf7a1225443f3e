package org.chancery.server.security;

import java.util.List;
import org.chancery.archive.access.Principal;
import org.chancery.archive.account.Role;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Who is signed in: the archive's reader, kept as the principal of the Spring Security authentication (and so in
 * the session).
 */
public record SignedInReader(Principal principal) {

    public String name() {
        return principal.name();
    }

    /** Spring authorities for the reader's roles: {@code records-officer} becomes {@code ROLE_RECORDS_OFFICER}. */
    public List<GrantedAuthority> authorities() {
        return principal.roles().stream()
                .map(SignedInReader::authority)
                .map(a -> (GrantedAuthority) new SimpleGrantedAuthority(a))
                .toList();
    }

    public boolean has(Role role) {
        return principal.roles().contains(role.key());
    }

    /** Whether the reader may see the administrators' page. */
    public boolean administrator() {
        return has(Role.ADMINISTRATOR);
    }

    /** The clearance in words, for the page header. */
    public String clearance() {
        return principal.clearance() == null ? "" : principal.clearance().label();
    }

    private static String authority(String roleKey) {
        try {
            return "ROLE_" + Role.fromKey(roleKey).name();
        } catch (IllegalArgumentException unknown) {
            return "ROLE_" + roleKey.toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        }
    }

    @Override
    public String toString() {
        return name();
    }
}

package org.tomatic.people;

import org.springframework.security.core.Authentication;

/** The logged-in person: id (= username) and role, resolved the same for form and OIDC logins. */
public record CurrentUser(String id, Role role) {

    public static CurrentUser of(Authentication authentication) {
        Role role = Role.AGENT;
        for (var authority : authentication.getAuthorities()) {
            for (Role r : Role.values()) {
                if (r.authority().equals(authority.getAuthority()) && r.ordinal() > role.ordinal()) {
                    role = r;
                }
            }
        }
        return new CurrentUser(authentication.getName(), role);
    }

    public boolean isAtLeast(Role wanted) {
        return role.ordinal() >= wanted.ordinal();
    }

    public boolean isCoordinator() {
        return isAtLeast(Role.COORDINATOR);
    }

    public boolean isAdmin() {
        return isAtLeast(Role.ADMIN);
    }

    /** Agents may change their own availability; coordinators anyone's. */
    public boolean mayEditAvailabilityOf(String personId) {
        return isCoordinator() || id.equals(personId);
    }
}

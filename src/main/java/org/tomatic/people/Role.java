package org.tomatic.people;

/** What a person may do. Each role includes the ones before it. */
public enum Role {
    AGENT, COORDINATOR, ADMIN;

    public String authority() {
        return "ROLE_" + name();
    }
}

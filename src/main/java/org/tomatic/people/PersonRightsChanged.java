package org.tomatic.people;

/**
 * A person's sessions lose their rights: they were deactivated or deleted, their role changed or their password
 * was set. Published inside the change's transaction; the web layer keeps the acting session of the person
 * themselves going (it made the change) and ends the others.
 */
public record PersonRightsChanged(String personId) {}

package org.tomatic.calls;

/** What a call can be about; disabled categories are no longer offered but stay on old calls. */
public record CallCategory(String code, String name, String keywords, String colour, boolean enabled, int version) {
}

package org.tomatic.calls;

/** What a call can be about; disabled categories are no longer offered but stay on old calls. */
public record CallCategory(String code, String name, String keywords, String colour, boolean enabled, int version) {

    /** The longest texts (the call_category table's columns). */
    public static final int MAX_CODE = 32;
    public static final int MAX_NAME = 120;
    public static final int MAX_KEYWORDS = 500;
}

package org.tomatic.pbx;

/**
 * A queue member to add: its interface ({@code PJSIP/214}), the name the PBX shows (the person's
 * name) and, optionally, the device whose state it follows.
 */
public record Member(String memberInterface, String name, String stateInterface) {
}

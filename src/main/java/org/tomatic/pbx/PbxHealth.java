package org.tomatic.pbx;

/** Whether the PBX is reachable now; {@code detail} says which PBX, or why not. */
public record PbxHealth(boolean up, String detail) {
}

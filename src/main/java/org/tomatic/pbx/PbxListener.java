package org.tomatic.pbx;

/** Receives the PBX's live events. */
@FunctionalInterface
public interface PbxListener {
    void on(PbxEvent event);
}

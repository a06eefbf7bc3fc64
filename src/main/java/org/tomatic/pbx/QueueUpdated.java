package org.tomatic.pbx;

import java.time.Instant;

/** The live queue changed (the board redraws); {@code at}: when the PBX event behind it happened. */
public record QueueUpdated(Instant at) {}

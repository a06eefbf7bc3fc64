package org.tomatic.pbx;

import java.time.Instant;

/** A caller waiting in the queue; {@code uniqueId} is the PBX's id of the caller's channel. */
public record WaitingCaller(String uniqueId, String callerNumber, String callerName, int position, Instant since) {
}

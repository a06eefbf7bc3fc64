package org.tomatic.calls;

import java.time.Instant;

/**
 * A call is ringing an agent (or was emulated): their open call pages show the caller's record.
 * {@code at}: when the PBX (or the webhook) told of it.
 */
public record IncomingCall(PhoneCall call, Instant at) {}

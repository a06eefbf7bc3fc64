package org.tomatic.pbx.switching;

import java.util.List;

import org.tomatic.pbx.QueueChange;

/** The queue was set to a new turn (or emptied at closing time: {@code slot.isOpen()} false). */
public record TurnStarted(TurnSlot slot, List<String> personIds, QueueChange change) {}

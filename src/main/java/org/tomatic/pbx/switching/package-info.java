/**
 * Which turn is on ({@link org.tomatic.pbx.switching.TurnClock}, {@link org.tomatic.pbx.switching.TurnSlot}) and
 * the switcher that sets the queue to the timetable's people for it ({@link org.tomatic.pbx.switching.QueuePlan},
 * {@link org.tomatic.pbx.switching.QueueSwitcher}, announcing {@link org.tomatic.pbx.switching.TurnStarted}).
 * Public to notifications (turn warnings), stats (the daily report at closing time) and the cli.
 */
@NamedInterface("switching")
package org.tomatic.pbx.switching;

import org.springframework.modulith.NamedInterface;

package org.tomatic.pbx;

import java.time.LocalDate;

/**
 * How many of a day's queue calls were answered and abandoned so far, for the queue board. The statistics
 * feature provides it from the calls it records off this module's events (so the counts survive a restart
 * and agree across instances); pbx only says what the board needs and does not depend on it.
 */
public interface CallCounts {

    record Day(int answered, int abandoned) {}

    Day countsOn(LocalDate date);
}

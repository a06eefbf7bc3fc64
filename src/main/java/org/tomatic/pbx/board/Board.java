package org.tomatic.pbx.board;

import java.util.List;

/**
 * What the queue board shows, as sent to the browser (times in epoch milliseconds; {@code now} is
 * the server's clock, so the page can count waits and pauses without trusting its own).
 */
record Board(String queue, boolean up, String health, long now, long eventAt, String date, String turn, boolean open,
             int answered, int abandoned, int waiting, Long longestWaitSince, int adherenceMinutes, List<Tile> tiles,
             List<Caller> callers) {

    /**
     * A queue member, or a scheduled person missing from the queue ({@code inQueue} false).
     * {@code absence}: NOT_IN_QUEUE, UNAVAILABLE or PAUSED when a scheduled person is not answering.
     */
    record Tile(String memberInterface, String personId, String name, String extension, String colour,
                String textColour, String state, boolean paused, String reason, Long since, int callsTaken,
                Long lastCall, boolean inQueue, boolean scheduled, String absence, Long absentSince, boolean overdue) {}

    record Caller(String number, String name, int position, long since) {}
}

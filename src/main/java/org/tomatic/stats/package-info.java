/**
 * The queue's statistics: records every queue call from the PBX's events, computes a day's figures by hour and
 * agent and the service level ({@link org.tomatic.stats.CallStatistics}, which also provides pbx's
 * {@code CallCounts} to the board), shows them, and sends the daily report at closing time through
 * notifications, naming agents from people. The cli uses it through {@link org.tomatic.stats.DailyReport}, staffing
 * reads the recorded calls ({@link org.tomatic.stats.QueueCall}), and the demo data writes a made-up history of them
 * in bulk ({@link org.tomatic.stats.RecordedCalls}).
 */
package org.tomatic.stats;

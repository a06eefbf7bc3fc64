/**
 * The phone queue, whatever PBX runs it: {@link org.tomatic.pbx.Pbx} and its events
 * ({@link org.tomatic.pbx.PbxEvent}, republished as application events), the live queue and its board,
 * adherence ({@link org.tomatic.pbx.Adherence}, {@link org.tomatic.pbx.AgentAbsent}), hand changes
 * ({@link org.tomatic.pbx.QueueActions}), and {@link org.tomatic.pbx.CallCounts}, the port through which the
 * board gets the day's counts from stats without depending on it. Named interfaces: {@code switching} (the turn
 * clock and the switcher that sets the queue to the timetable's turn: notifications, stats, cli),
 * {@code extensions} (the SIP extension directory and its sync: cli) and {@code asterisk} (only the AMI adapter
 * and its account, which the cli's benchmark drives directly), {@code simulated} (the simulated PBX and its virtual
 * time: staffing runs it for the demo's call history and the staffing benchmark). {@link org.tomatic.pbx.CallerArrivals}
 * is the port through which the simulated PBX's callers follow the recorded demand (staffing provides it). The
 * board is internal.
 */
package org.tomatic.pbx;

/**
 * Staffing from demand: the calls recorded by stats say, for every weekday × turn of the turn grid, how many
 * callers arrive, how long they talk and how long they wait before hanging up; the Erlang A queue
 * ({@link org.tomatic.staffing.ErlangA}, M/M/n+M, plain Java) turns that into the lines each turn needs for the
 * target service level and predicts what a week's timetable will give. It reads stats, availability, timetable
 * and the turn grid; the planner (lines from staffing) and the cli use it. It also gives the simulated PBX its
 * callers' rate per turn from the history (pbx's {@code CallerArrivals} port), and runs the simulated PBX in virtual
 * time to make up a call history ({@link org.tomatic.staffing.CallHistory}: the demo data's, the benchmark's) and to
 * check the model against the simulated queue ({@link org.tomatic.staffing.QueueCheck}: {@code benchmark staffing}).
 */
package org.tomatic.staffing;

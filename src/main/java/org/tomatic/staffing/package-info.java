/**
 * Staffing from demand: the calls recorded by stats say, for every weekday × turn of the turn grid, how many
 * callers arrive, how long they talk and how long they wait before hanging up; the Erlang A queue
 * ({@link org.tomatic.staffing.ErlangA}, M/M/n+M, plain Java) turns that into the lines each turn needs for the
 * target service level and predicts what a week's timetable will give. It reads stats, availability, timetable
 * and the turn grid; the planner (lines from staffing) and the cli use it.
 */
package org.tomatic.staffing;

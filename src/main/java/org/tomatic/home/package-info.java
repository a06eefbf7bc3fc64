/**
 * The start page ({@code /}): this week at a glance, the queue now (as the live queue reads it), one's own turns and
 * busy entries and the next holidays. It sits on
 * top and reads people, availability, timetable, pbx and the turn grid; no module uses it.
 */
package org.tomatic.home;

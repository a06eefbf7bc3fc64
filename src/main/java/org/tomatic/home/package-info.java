/**
 * The start page ({@code /}): this week at a glance and one's own busy entries and the next holidays. It sits on
 * top and reads people, availability, timetable and the turn grid; no module uses it.
 */
package org.tomatic.home;

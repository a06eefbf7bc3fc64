/**
 * The week's timetable as stored and edited: {@link org.tomatic.timetable.Timetable} and its repository, hand
 * edits checked on the server ({@link org.tomatic.timetable.TimetableEditor}, {@link org.tomatic.timetable.Change},
 * {@link org.tomatic.timetable.EditRejected}), candidate ranking, swap requests, fixed turns
 * ({@link org.tomatic.timetable.ForcedTurn}), the week page and API, and the calendar feeds (an internal
 * sub-package). Others listen to {@link org.tomatic.timetable.TimetablePublished} and
 * {@link org.tomatic.timetable.TimetableChanged}; planner, pbx, notifications, legacy and home read and write
 * timetables through the base package's types.
 */
package org.tomatic.timetable;

/**
 * When people cannot or would rather not be on the phone: busy entries ({@link org.tomatic.availability.BusyEntry}),
 * leaves ({@link org.tomatic.availability.Leave}), holidays and no-service days
 * ({@link org.tomatic.availability.DayOff}, also read from iCalendar files), with their pages. Timetable, planner,
 * pbx, legacy and home read them through {@link org.tomatic.availability.AvailabilityRepository} and
 * {@link org.tomatic.availability.AvailabilityService} (which also says who may change what).
 */
package org.tomatic.availability;

/**
 * The ground floor, used by every feature and using none: the shared page layout's web configuration
 * ({@code WebConfig}), error pages and their exceptions ({@link org.tomatic.system.NotFoundException},
 * {@link org.tomatic.system.ConflictException}, {@link org.tomatic.system.ValidationException}), the clock, the
 * scheduler lock, the audit trail ({@link org.tomatic.system.AuditLog}, written by every feature, and its
 * administrators' page), the server-sent-event group every live page uses ({@link org.tomatic.system.SseGroup}),
 * the turn grid, the shape of a working week ({@link org.tomatic.system.TurnGrid},
 * {@link org.tomatic.system.TurnGridRepository}), and the Catalan weekday codes
 * ({@link org.tomatic.system.Weekdays}) that the legacy files and the planner share; and the data directory
 * ({@code DataDirectory}: {@code TOMATIC_DATA_DIR} made absolute before the database URL is built from it).
 */
@ApplicationModule(displayName = "System", allowedDependencies = {})
package org.tomatic.system;

import org.springframework.modulith.ApplicationModule;

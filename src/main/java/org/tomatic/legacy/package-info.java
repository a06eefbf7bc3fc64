/**
 * The bridge to the old tool: imports and exports its data directory
 * ({@link org.tomatic.legacy.LegacyImporter}, {@link org.tomatic.legacy.LegacyExporter},
 * {@link org.tomatic.legacy.ImportReport}) and its administrators' page, and fills an empty database with the
 * demo team. It sits above the features whose data it writes (people, availability, load, timetable, calls,
 * callinfo). The file formats themselves are the named interface {@code format} ({@code org.tomatic.legacy.format}:
 * {@code LegacyReader}, {@code LegacyWriter}, {@code LegacyData}, the sample generator), used by the cli.
 */
package org.tomatic.legacy;

/**
 * The old tool's files, read and written without touching the database: {@link org.tomatic.legacy.format.LegacyReader}
 * (never throws; every problem has its file:line), {@link org.tomatic.legacy.format.LegacyWriter},
 * {@link org.tomatic.legacy.format.LegacyData} and a generator of sample directories. Public to the cli (export,
 * benchmark).
 */
@NamedInterface("format")
package org.tomatic.legacy.format;

import org.springframework.modulith.NamedInterface;

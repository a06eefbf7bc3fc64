/**
 * The weekly load (scheduling model §1), pure computation: from each person's ideal load, busy turns and
 * credit ({@link org.tomatic.load.LoadInput}, {@link org.tomatic.load.LoadPerson}) to the final loads that fill
 * the week's cells ({@link org.tomatic.load.WeeklyLoad}, {@link org.tomatic.load.LoadResult},
 * {@link org.tomatic.load.PersonLoad}), plus the turn-credit snapshots ({@link org.tomatic.load.CreditService},
 * {@link org.tomatic.load.CreditRepository}). The planner, legacy and cli use it; it uses no feature, only the
 * audit trail of system.
 */
@ApplicationModule(displayName = "Load", allowedDependencies = "system")
package org.tomatic.load;

import org.springframework.modulith.ApplicationModule;

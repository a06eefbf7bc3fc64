/**
 * The simulated PBX ({@link org.tomatic.pbx.simulated.SimulatedPbx}), the default backend, and
 * {@link org.tomatic.pbx.simulated.VirtualTime}, which runs it through simulated weeks: public to staffing, which
 * runs the queue in virtual time for the demo's call history and the staffing benchmark.
 */
@NamedInterface("simulated")
package org.tomatic.pbx.simulated;

import org.springframework.modulith.NamedInterface;

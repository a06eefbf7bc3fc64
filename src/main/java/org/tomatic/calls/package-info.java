/**
 * The calls agents receive: logged from the PBX's events or the incoming-call webhook, popped onto the agent's
 * call page with the caller's customer record, typified with call categories, and reported per category and day.
 * It uses callinfo, pbx (its events and properties), people and system; other modules use only
 * {@link org.tomatic.calls.DemoCategories}, which legacy's demo data loads.
 */
package org.tomatic.calls;

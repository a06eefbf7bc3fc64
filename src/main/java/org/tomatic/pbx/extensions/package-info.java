/**
 * The PBX's SIP extensions, one per person: the directory (Asterisk's realtime database, or the simulated PBX's
 * memory) and {@link org.tomatic.pbx.extensions.ExtensionSync}, which gives people extensions and reports the
 * changes. Public to the cli's {@code extensions} command.
 */
@NamedInterface("extensions")
package org.tomatic.pbx.extensions;

import org.springframework.modulith.NamedInterface;

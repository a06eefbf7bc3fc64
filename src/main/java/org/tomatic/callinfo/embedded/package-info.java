/**
 * The customer directory in Tomatic's own tables: the CSV import ({@link org.tomatic.callinfo.embedded.CustomerImporter},
 * {@link org.tomatic.callinfo.embedded.CustomerImportReport}), the batch writer
 * ({@link org.tomatic.callinfo.embedded.CustomerStore}) and generated customers
 * ({@link org.tomatic.callinfo.embedded.SyntheticCustomers}, {@link org.tomatic.callinfo.embedded.EmbeddedDemoCustomers}).
 * Public to the cli ({@code customers} and the benchmark) and to legacy's demo data.
 */
@NamedInterface("embedded")
package org.tomatic.callinfo.embedded;

import org.springframework.modulith.NamedInterface;

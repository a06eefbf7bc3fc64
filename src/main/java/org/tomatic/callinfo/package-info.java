/**
 * Who is calling: the customer directory ({@link org.tomatic.callinfo.CustomerDirectory}: Tomatic's own tables
 * or Odoo, an internal sub-package), searched through {@link org.tomatic.callinfo.CustomerSearch} with
 * {@link org.tomatic.callinfo.SearchField} and {@link org.tomatic.callinfo.SearchResult}, contract details, and one
 * form for phone numbers ({@link org.tomatic.callinfo.PhoneNumbers}). The calls feature uses the base package;
 * the embedded directory's import, store and generated customers are the named interface {@code embedded}, used
 * by the cli and by legacy's demo data.
 */
package org.tomatic.callinfo;

/**
 * Who may come in: web security, local accounts and single sign-on resolved to people, the first start's
 * administrator, API tokens and the incoming-call webhook's own token. It builds on people and system; other
 * modules use only {@link org.tomatic.auth.Passwords} (random passwords for new accounts and SIP extensions),
 * and learn who is logged in from {@link org.tomatic.people.CurrentUser}, not from this module.
 */
package org.tomatic.auth;

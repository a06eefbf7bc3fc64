/**
 * The team: each {@link org.tomatic.people.Person} with a {@link org.tomatic.people.Role}, their editor pages,
 * the field rules ({@link org.tomatic.people.PersonRules}) and changes with who may make them
 * ({@link org.tomatic.people.PersonService}), and the logged-in person ({@link org.tomatic.people.CurrentUser},
 * also put in every page model as {@code me}). Nearly every feature reads people through
 * {@link org.tomatic.people.PersonRepository} and checks permissions with {@code CurrentUser}; people uses only
 * system.
 */
package org.tomatic.people;

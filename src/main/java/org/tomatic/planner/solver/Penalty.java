package org.tomatic.planner.solver;

/**
 * One occurrence of a soft rule broken, with its cost, an English sentence that says why, and its
 * parts (those the term does not use are null) so a page can say it in its own language.
 *
 * @param day    the day's code ({@code dl}…)
 * @param amount empty lines, turns in the day, people at one desk
 * @param detail the busy entry's reason (undesired), the day's shape as turn bits, the desk
 */
public record Penalty(String term, long cost, String reason, String person, String day, Integer turn,
                      Integer amount, String detail) {}

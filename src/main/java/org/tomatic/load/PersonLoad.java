package org.tomatic.load;

/** Every step of a person's load for the week, each a visible column. */
public record PersonLoad(String id, int ideal, double ponderated, int rounded, int capacity, int upperBound,
                         int limited, int finalLoad, double overload, double creditBefore, double creditAfter) {}

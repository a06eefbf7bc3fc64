package org.tomatic.load;

/** One person's weekly load; every step of the computation is a visible column. */
public record PersonLoad(String id, int ideal, double ponderated, int rounded, int capacity, int upperBound,
                         int limited, int finalLoad, double overload, double creditBefore, double creditAfter) {
}

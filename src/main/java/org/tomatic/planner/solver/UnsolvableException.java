package org.tomatic.planner.solver;

/** A week that cannot be planned, with the cause in words. */
public class UnsolvableException extends RuntimeException {
    public UnsolvableException(String message) {
        super(message);
    }
}

package org.tomatic.planner.solver;

/** The cost of each soft rule (0 = off). Defaults: the old tool's weights. */
public record Weights(int empty, int incompletion, int unforced, int multipleTurns, int marathon, int discontinuous,
                      int farDiscontinuous, int noBrunch, int undesired) {

    public static final Weights DEFAULT = new Weights(100, 1, 50, 10, 40, 30, 20, 10, 5);

    /**
     * What the k-th empty line of a turn adds (k ≥ 1): h empty lines cost empty·h² + incompletion·(h − 1),
     * the sum of these for k = 1..h.
     */
    public long holeCost(int k) {
        return (long) empty * (2L * k - 1) + (k >= 2 ? incompletion : 0);
    }
}

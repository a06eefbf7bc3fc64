package org.tomatic.planner.solver;

/** The cost of each soft rule (0 = off). Defaults: the old tool's weights. */
public record Weights(int empty, int incompletion, int unforced, int multipleTurns, int marathon, int discontinuous,
                      int farDiscontinuous, int noBrunch, int undesired) {

    public static final Weights DEFAULT = new Weights(100, 1, 50, 10, 40, 30, 20, 10, 5);
}

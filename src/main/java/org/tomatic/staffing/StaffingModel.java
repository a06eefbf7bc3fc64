package org.tomatic.staffing;

/** Lines needed and predictions for one turn's demand, pure computation over {@link ErlangA}. */
final class StaffingModel {

    /** The most lines a turn is ever computed for. */
    static final int MAX_LINES = 200;

    private StaffingModel() {
    }

    /**
     * The fewest lines that answer {@code target.serviceLevel} of the callers within {@code target.seconds} with at
     * most {@code target.maxAbandon} hanging up, divided by 1 − shrinkage and rounded up; {@code minLines} at least
     * (a turn without calls, or without a handle time to compute from, gets {@code minLines}).
     */
    static int linesNeeded(TurnDemand d, Target target, double shrinkage, int minLines) {
        if (d.callsPerHour() <= 0 || d.handleSeconds() == null || d.handleSeconds() <= 0) {
            return minLines;
        }
        int low = 1;
        int high = MAX_LINES;
        if (!meets(predict(d, high, target), target)) {
            return Math.max(minLines, onShift(high, shrinkage));
        }
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (meets(predict(d, mid, target), target)) {
                high = mid;
            } else {
                low = mid + 1;
            }
        }
        return Math.max(minLines, onShift(low, shrinkage));
    }

    static boolean meets(ErlangA.Prediction p, Target target) {
        return p.serviceLevel() >= target.serviceLevel() - 1e-12 && p.abandonRate() <= target.maxAbandon() + 1e-12;
    }

    /** The queue with {@code lines} lines answering (after shrinkage); null without a handle time. */
    static ErlangA.Prediction predictScheduled(TurnDemand d, int scheduled, Target target, double shrinkage) {
        if (d.handleSeconds() == null && d.callsPerHour() > 0) {
            return null;
        }
        int answering = (int) Math.floor(scheduled * (1 - shrinkage) + 1e-9);
        if (answering <= 0) {
            return d.callsPerHour() > 0 ? new ErlangA.Prediction(1, 0, Double.NaN, 1, 0, Double.POSITIVE_INFINITY)
                : new ErlangA.Prediction(0, 1, 0, 0, 0, 0);
        }
        return predict(d, answering, target);
    }

    static ErlangA.Prediction predict(TurnDemand d, int lines, Target target) {
        double handle = d.handleSeconds() == null ? 180 : d.handleSeconds();
        double patience = d.patienceSeconds() == null ? 0 : 1 / d.patienceSeconds();
        return ErlangA.predict(d.callsPerHour() / 3600, 1 / handle, patience, lines, target.seconds());
    }

    /** Lines to schedule so that {@code answering} of them answer after shrinkage. */
    private static int onShift(int answering, double shrinkage) {
        return (int) Math.ceil(answering / (1 - shrinkage) - 1e-9);
    }
}

package org.tomatic.planner.solver;

import com.google.ortools.sat.CpSolver;

/** Lets another thread stop a search; the best timetable found so far is kept. */
public final class SearchControl {

    private CpSolver solver;
    private boolean stopRequested;

    public synchronized void stop() {
        stopRequested = true;
        if (solver != null) {
            solver.stopSearch();
        }
    }

    public synchronized boolean stopRequested() {
        return stopRequested;
    }

    synchronized void attach(CpSolver running) {
        solver = running;
        if (stopRequested) {
            running.stopSearch();
        }
    }

    synchronized void detach() {
        solver = null;
    }
}

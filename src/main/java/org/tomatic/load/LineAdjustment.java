package org.tomatic.load;

/** Step 7: the cells nobody covers (holes), and the whole lines that only nobody would fill. */
final class LineAdjustment {

    private LineAdjustment() {
    }

    /** {@code nobodyLoad} and {@code lines} after dropping {@code droppedLines}. */
    record Holes(int nobodyLoad, int lines, int droppedLines) {
    }

    static Holes adjust(int totalFinal, int workingDays, int turnsPerDay, int lines, boolean adjustLines) {
        int cellsPerLine = workingDays * turnsPerDay;
        int nobodyLoad = Math.max(0, cellsPerLine * lines - totalFinal);
        if (!adjustLines || cellsPerLine == 0) {
            return new Holes(nobodyLoad, lines, 0);
        }
        int dropped = Math.min(lines, nobodyLoad / cellsPerLine);
        return new Holes(nobodyLoad - dropped * cellsPerLine, lines - dropped, dropped);
    }
}

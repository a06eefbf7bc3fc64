package org.tomatic.load;

import java.util.List;

/** cells = working days × turns × lines before the line adjustment; lines = after it. */
public record LoadResult(List<PersonLoad> persons, int cells, int totalFinal, int nobodyLoad, int lines,
                         int droppedLines) {}

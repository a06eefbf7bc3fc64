package org.tomatic.load;

import java.util.List;

/**
 * The week's load, persons in input order. {@code cells} = working days × turns × lines before the line
 * adjustment; {@code lines} and {@code nobodyLoad} are after it.
 */
public record LoadResult(List<PersonLoad> persons, int cells, int totalFinal, int nobodyLoad, int lines,
                         int droppedLines) {

    public LoadResult {
        persons = List.copyOf(persons);
    }
}

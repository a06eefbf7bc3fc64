package org.tomatic.load;

import java.util.List;

public record LoadInput(List<LoadPerson> persons, int workingDays, int turnsPerDay, int lines, int generalMaxPerDay,
                        double maxOverload, boolean adjustLines) {

    public LoadInput {
        persons = List.copyOf(persons);
    }
}

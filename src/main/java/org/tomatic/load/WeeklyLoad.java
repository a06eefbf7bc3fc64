package org.tomatic.load;

import java.util.ArrayList;
import java.util.List;

/**
 * The weekly load of §1 of the scheduling model (docs/scheduling-model.md): from ideal loads to final loads that
 * fill the week's cells.
 */
public final class WeeklyLoad {

    private WeeklyLoad() {
    }

    public static LoadResult compute(LoadInput input) {
        if (input == null) {
            throw new IllegalArgumentException("The load input is missing");
        }
        List<Bounded> bounded = input.persons().stream().map(person -> bound(person, input)).toList();
        List<LoadAccount> accounts = bounded.stream().map(Bounded::account).toList();

        int cells = input.cells();
        FillAndTrim.reachCells(accounts, cells);
        Compensation.compensate(accounts);

        int totalFinal = accounts.stream().mapToInt(LoadAccount::turns).sum();
        LineAdjustment.Holes holes = input.totalCells() != null
                ? new LineAdjustment.Holes(Math.max(0, cells - totalFinal), input.lines(), 0)
                : LineAdjustment.adjust(totalFinal, input.workingDays(), input.turnsPerDay(), input.lines(),
                    input.adjustLines());

        List<PersonLoad> persons = new ArrayList<>();
        for (int i = 0; i < bounded.size(); i++) {
            persons.add(bounded.get(i).result(accounts.get(i)));
        }
        return new LoadResult(persons, cells, totalFinal, holes.nobodyLoad(), holes.lines(), holes.droppedLines());
    }

    /** Steps 1 to 4 for one person. */
    static Bounded bound(LoadPerson person, LoadInput input) {
        double ponderated = Ponderation.ponderated(person.idealLoad(), input.workingDays(), person.daysOff());
        int rounded = Ponderation.rounded(ponderated);
        int capacity = Capacity.ofWeek(person.requiredBusy(), person.daysOff(), input.maxPerDayOf(person));
        int upperBound = Bounds.upperBound(ponderated, input.maxOverload(), capacity);
        return new Bounded(person, ponderated, rounded, capacity, upperBound, Bounds.limited(rounded, upperBound));
    }

    /** A person's load up to step 4, before turns move between people. */
    record Bounded(LoadPerson person, double ponderated, int rounded, int capacity, int upperBound, int limited) {

        LoadAccount account() {
            return new LoadAccount(person.id(), limited, upperBound, person.credit());
        }

        PersonLoad result(LoadAccount account) {
            return new PersonLoad(person.id(), person.idealLoad(), ponderated, rounded, capacity, upperBound, limited,
                    account.turns(), Overload.of(account.turns(), ponderated), person.credit(), account.credit());
        }
    }
}

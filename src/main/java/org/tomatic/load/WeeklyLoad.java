package org.tomatic.load;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;

/**
 * The weekly load, exactly as the first users have computed it for years
 * (../shared/scheduling-model.md §1): ponderated → rounded → capacity → upper bound → limited →
 * fill or trim to the number of cells using credit → compensation → final, nobody load, lines.
 */
public final class WeeklyLoad {

    private WeeklyLoad() {
    }

    /** A person's numbers while the steps run; load and credit change in steps 5 and 6. */
    static final class Row {
        final LoadPerson in;
        final double ponderated;
        final int rounded;
        final int capacity;
        final int upperBound;
        final int limited;
        int load;
        double credit;

        Row(LoadPerson in, double ponderated, int rounded, int capacity, int upperBound) {
            this.in = in;
            this.ponderated = ponderated;
            this.rounded = rounded;
            this.capacity = capacity;
            this.upperBound = upperBound;
            this.limited = Math.min(rounded, upperBound);
            this.load = limited;
            this.credit = in.credit();
        }
    }

    public static LoadResult compute(LoadInput input) {
        validate(input);
        List<Row> rows = new ArrayList<>();
        for (LoadPerson p : input.persons()) {
            double ponderated = ponderated(p.idealLoad(), input.workingDays(), p.daysOff());
            int capacity = capacity(p, input);
            rows.add(new Row(p, ponderated, rounded(ponderated), capacity,
                upperBound(ponderated, input.maxOverload(), capacity)));
        }
        int cells = input.workingDays() * input.turnsPerDay() * input.lines();
        fitToCells(rows, cells);
        compensate(rows);
        int total = rows.stream().mapToInt(r -> r.load).sum();
        int nobody = Math.max(0, cells - total);
        int lines = input.lines();
        int dropped = 0;
        int turnsInWeek = input.workingDays() * input.turnsPerDay();
        if (input.adjustLines() && turnsInWeek > 0) {
            dropped = Math.min(lines, nobody / turnsInWeek);
            lines -= dropped;
            nobody -= dropped * turnsInWeek;
        }
        List<PersonLoad> persons = rows.stream().map(r -> new PersonLoad(r.in.id(), r.in.idealLoad(), r.ponderated,
            r.rounded, r.capacity, r.upperBound, r.limited, r.load, overload(r.load, r.ponderated), r.in.credit(),
            r.credit)).toList();
        return new LoadResult(persons, cells, total, nobody, lines, dropped);
    }

    /** §1.1: ideal × (working days − days off) / 5; 0 for someone off all week. */
    static double ponderated(int ideal, int workingDays, int daysOff) {
        int present = workingDays - daysOff;
        return present <= 0 ? 0 : ideal * present / 5.0;
    }

    /** §1.2: to the nearest integer, halves to even. */
    static int rounded(double value) {
        return (int) Math.rint(value);
    }

    /** §1.3: the sum of the day capacities; a day off counts as all busy. */
    static int capacity(LoadPerson p, LoadInput input) {
        int max = p.maxPerDay() != null ? p.maxPerDay() : input.generalMaxPerDay();
        return p.requiredBusy().stream().mapToInt(day -> DayCapacity.of(day, max)).sum();
    }

    /** §1.4: round(min(ponderated + maxOverload, capacity)), halves to even. */
    static int upperBound(double ponderated, double maxOverload, int capacity) {
        return rounded(Math.min(ponderated + maxOverload, capacity));
    }

    /**
     * §1.5: trims or fills the loads until they add up to the cells. Trimming takes one turn at a
     * time from people with positive credit (credit descending, then id), then from everyone;
     * filling gives one turn at a time to people with negative credit (credit ascending, then id),
     * then to everyone, below their upper bound. Orders are taken afresh at each pass.
     */
    static void fitToCells(List<Row> rows, int cells) {
        if (total(rows) > cells) {
            Comparator<Row> order = Comparator.comparingDouble((Row r) -> -r.credit).thenComparing(r -> r.in.id());
            passes(rows, cells, order, r -> r.credit > 0, -1);
            passes(rows, cells, order, r -> true, -1);
        } else if (total(rows) < cells) {
            Comparator<Row> order = Comparator.comparingDouble((Row r) -> r.credit).thenComparing(r -> r.in.id());
            passes(rows, cells, order, r -> r.credit < 0, +1);
            passes(rows, cells, order, r -> true, +1);
        }
    }

    /** Repeated passes of one-turn moves (step −1 trims, +1 fills) until the total fits or a pass changes nothing. */
    private static void passes(List<Row> rows, int cells, Comparator<Row> order, Predicate<Row> who, int step) {
        boolean changed = true;
        while (changed && total(rows) != cells) {
            changed = false;
            for (Row r : rows.stream().filter(who).sorted(order).toList()) {
                if (total(rows) == cells) {
                    return;
                }
                boolean can = step < 0 ? r.load > 0 : r.load < r.upperBound;
                if (can) {
                    r.load += step;
                    r.credit += step;
                    changed = true;
                }
            }
        }
    }

    /**
     * §1.6: pairs debtors (credit ascending, then id) with creditors (credit descending, then id)
     * and moves one turn from creditor to debtor when the creditor has one, the debtor is below their
     * upper bound and the move strictly lowers |debtor credit| + |creditor credit|; until a whole
     * pass changes nothing.
     */
    static void compensate(List<Row> rows) {
        boolean changed = true;
        while (changed) {
            changed = false;
            List<Row> debtors = rows.stream().filter(r -> r.credit < 0)
                .sorted(Comparator.comparingDouble((Row r) -> r.credit).thenComparing(r -> r.in.id())).toList();
            List<Row> creditors = rows.stream().filter(r -> r.credit > 0)
                .sorted(Comparator.comparingDouble((Row r) -> -r.credit).thenComparing(r -> r.in.id())).toList();
            for (int i = 0; i < Math.min(debtors.size(), creditors.size()); i++) {
                Row debtor = debtors.get(i);
                Row creditor = creditors.get(i);
                double before = Math.abs(debtor.credit) + Math.abs(creditor.credit);
                double after = Math.abs(debtor.credit + 1) + Math.abs(creditor.credit - 1);
                if (creditor.load > 0 && debtor.load < debtor.upperBound && after < before) {
                    creditor.load--;
                    creditor.credit--;
                    debtor.load++;
                    debtor.credit++;
                    changed = true;
                }
            }
        }
    }

    /** §1.8: final − ponderated, to one decimal (halves away from zero). */
    static double overload(int finalLoad, double ponderated) {
        return BigDecimal.valueOf(finalLoad - ponderated).setScale(1, RoundingMode.HALF_UP).doubleValue();
    }

    private static int total(List<Row> rows) {
        return rows.stream().mapToInt(r -> r.load).sum();
    }

    private static void validate(LoadInput input) {
        if (input.turnsPerDay() < 1) {
            throw new IllegalArgumentException("a day needs at least one turn");
        }
        if (input.lines() < 0 || input.workingDays() < 0) {
            throw new IllegalArgumentException("lines and working days cannot be negative");
        }
        for (LoadPerson p : input.persons()) {
            if (p.idealLoad() < 0) {
                throw new IllegalArgumentException(p.id() + ": negative ideal load " + p.idealLoad());
            }
            if (p.requiredBusy().size() != input.workingDays()) {
                throw new IllegalArgumentException(p.id() + ": " + p.requiredBusy().size()
                    + " busy patterns for " + input.workingDays() + " working days");
            }
            for (String day : p.requiredBusy()) {
                if (!day.matches("[01]{" + input.turnsPerDay() + "}")) {
                    throw new IllegalArgumentException(p.id() + ": busy pattern '" + day + "' must be "
                        + input.turnsPerDay() + " characters of 0 and 1");
                }
            }
        }
    }
}

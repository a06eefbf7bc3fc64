package org.tomatic.load;

import java.util.Comparator;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.function.Supplier;

/**
 * Step 5: bring the total load to the number of cells, one turn at a time, spending credit first.
 * <p>
 * Each pass takes its people and their order from the credits as they are when the pass starts; within a pass
 * each person moves at most one turn. "Changes nothing" means no turn moved in the whole pass.
 */
final class FillAndTrim {

    private FillAndTrim() {
    }

    static void reachCells(List<LoadAccount> accounts, int cells) {
        int total = accounts.stream().mapToInt(LoadAccount::turns).sum();
        if (total > cells) {
            trim(accounts, total - cells);
        } else if (total < cells) {
            fill(accounts, cells - total);
        }
    }

    /** Takes away {@code excess} turns: first from those with credit, then from anyone; nobody goes below 0. */
    static void trim(List<LoadAccount> accounts, int excess) {
        int left = passUntilStuck(() -> sorted(accounts, LoadAccount.BY_CREDIT_DESCENDING, a -> a.credit() > 0),
                excess, LoadAccount::hasTurns, LoadAccount::giveTurn);
        passUntilStuck(() -> sorted(accounts, LoadAccount.BY_CREDIT_DESCENDING, a -> true),
                left, LoadAccount::hasTurns, LoadAccount::giveTurn);
    }

    /** Adds {@code missing} turns: first to those in debt, then to anyone; nobody goes above their upper bound. */
    static void fill(List<LoadAccount> accounts, int missing) {
        int left = passUntilStuck(() -> sorted(accounts, LoadAccount.BY_CREDIT_ASCENDING, a -> a.credit() < 0),
                missing, LoadAccount::belowUpperBound, LoadAccount::gainTurn);
        passUntilStuck(() -> sorted(accounts, LoadAccount.BY_CREDIT_ASCENDING, a -> true),
                left, LoadAccount::belowUpperBound, LoadAccount::gainTurn);
    }

    /** Repeats passes until {@code gap} turns have moved or a pass moves none; returns the turns still to move. */
    private static int passUntilStuck(Supplier<List<LoadAccount>> passOrder, int gap,
                                      Predicate<LoadAccount> canMove, Consumer<LoadAccount> move) {
        int left = gap;
        while (left > 0) {
            int moved = 0;
            for (LoadAccount account : passOrder.get()) {
                if (moved == left) {
                    break;
                }
                if (canMove.test(account)) {
                    move.accept(account);
                    moved++;
                }
            }
            if (moved == 0) {
                break;
            }
            left -= moved;
        }
        return left;
    }

    private static List<LoadAccount> sorted(List<LoadAccount> accounts, Comparator<LoadAccount> order,
                                            Predicate<LoadAccount> who) {
        return accounts.stream().filter(who).sorted(order).toList();
    }
}

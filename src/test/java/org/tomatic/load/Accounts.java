package org.tomatic.load;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Test helpers to build load accounts and read them back. */
final class Accounts {

    private Accounts() {
    }

    static LoadAccount account(String id, int turns, int upperBound, double credit) {
        return new LoadAccount(id, turns, upperBound, credit);
    }

    static Map<String, Integer> turns(List<LoadAccount> accounts) {
        Map<String, Integer> turns = new LinkedHashMap<>();
        accounts.forEach(a -> turns.put(a.id(), a.turns()));
        return turns;
    }

    static Map<String, Double> credits(List<LoadAccount> accounts) {
        Map<String, Double> credits = new LinkedHashMap<>();
        accounts.forEach(a -> credits.put(a.id(), a.credit()));
        return credits;
    }
}

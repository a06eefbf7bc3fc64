package org.tomatic.availability;

public enum DayOffKind {
    HOLIDAY("holiday"), NO_SERVICE("no_service_day");

    private final String table;

    DayOffKind(String table) {
        this.table = table;
    }

    String table() {
        return table;
    }
}

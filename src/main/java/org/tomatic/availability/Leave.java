package org.tomatic.availability;

import java.time.LocalDate;

/** Days away. Both dates null = open-ended long leave. */
public record Leave(Long id, String personId, LocalDate start, LocalDate end, LeaveKind kind, String note, int version) {

    /** The longest note (person_leave.note). */
    public static final int MAX_NOTE = 500;

    public boolean covers(LocalDate day) {
        return (start == null || !day.isBefore(start)) && (end == null || !day.isAfter(end));
    }
}

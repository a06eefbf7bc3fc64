package org.tomatic.timetable;

/** A hand edit that breaks a rule; nothing was changed. {@code confirmable}: allowed with a confirmation and a reason. */
public class EditRejected extends RuntimeException {

    private final boolean confirmable;

    public EditRejected(String message, boolean confirmable) {
        super(message);
        this.confirmable = confirmable;
    }

    public boolean confirmable() {
        return confirmable;
    }
}

package org.tomatic.system;

/** Someone else changed the record since it was read (optimistic locking). */
public class ConflictException extends RuntimeException {
    public ConflictException(String message) {
        super(message);
    }
}

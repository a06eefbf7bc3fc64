package org.tomatic.availability;

public enum LeaveKind {
    VACATION, SICK_LEAVE, BUSINESS_TRIP, OTHER
}

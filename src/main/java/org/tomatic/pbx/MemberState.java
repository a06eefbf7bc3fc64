package org.tomatic.pbx;

/** What a member's phone is doing, from Asterisk's numeric device state. */
public enum MemberState {
    UNKNOWN, AVAILABLE, IN_CALL, BUSY, INVALID, UNAVAILABLE, RINGING;

    /**
     * Asterisk's device state: 0 unknown, 1 not in use, 2 in use, 3 busy, 4 invalid, 5 unavailable,
     * 6 ringing, 7 ringing while in use, 8 on hold.
     */
    public static MemberState ofDeviceStatus(int status) {
        return switch (status) {
            case 1 -> AVAILABLE;
            case 2, 8 -> IN_CALL;
            case 3 -> BUSY;
            case 4 -> INVALID;
            case 5 -> UNAVAILABLE;
            case 6, 7 -> RINGING;
            default -> UNKNOWN;
        };
    }

    /** The device state Asterisk would report for this one. */
    public int deviceStatus() {
        return switch (this) {
            case AVAILABLE -> 1;
            case IN_CALL -> 2;
            case BUSY -> 3;
            case INVALID -> 4;
            case UNAVAILABLE -> 5;
            case RINGING -> 6;
            case UNKNOWN -> 0;
        };
    }
}

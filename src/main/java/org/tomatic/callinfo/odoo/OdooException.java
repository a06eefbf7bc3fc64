package org.tomatic.callinfo.odoo;

/** A call to Odoo that did not give an answer; the message is meant for the person at the phone. */
final class OdooException extends RuntimeException {

    enum Kind {
        /** No JSON-RPC answer at all: timeout, refused connection, HTTP error, something else than JSON. */
        UNREACHABLE,
        /** The login was refused, or a call said the login is no longer valid (worth logging in again). */
        LOGIN,
        /** Odoo answered with an error (unknown field, missing rights…). */
        SERVER
    }

    private final Kind kind;

    OdooException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    static OdooException unreachable(String reason) {
        return new OdooException(Kind.UNREACHABLE, "ERP unreachable: " + reason);
    }

    Kind kind() {
        return kind;
    }
}

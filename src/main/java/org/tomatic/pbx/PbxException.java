package org.tomatic.pbx;

/** A PBX action failed; the message says why in words a user understands. */
public class PbxException extends RuntimeException {

    public PbxException(String message) {
        super(message);
    }

    public PbxException(String message, Throwable cause) {
        super(message, cause);
    }
}

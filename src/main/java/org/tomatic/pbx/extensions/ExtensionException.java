package org.tomatic.pbx.extensions;

/** An extension directory action was refused or failed; the message says why in words an operator understands. */
public class ExtensionException extends RuntimeException {

    public ExtensionException(String message) {
        super(message);
    }
}

package org.agora.core.sink;

/** A record read back that is not a valid event of the schema; the message says why in a few words. */
public final class MalformedEventException extends Exception {

    private static final long serialVersionUID = 1L;

    public MalformedEventException(String reason) {
        super(reason);
    }
}

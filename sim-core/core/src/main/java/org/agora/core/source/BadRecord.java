package org.agora.core.source;

/**
 * A record read back that is not a valid event: not JSON, not an object, of an unknown type or
 * another schema version, with a field missing or of the wrong type.
 *
 * @param location where it is: {@code FILE:LINE}, or {@code TOPIC-PARTITION@OFFSET}
 * @param reason why it was rejected, in a few words
 * @param text the record's text (cut to a few hundred characters)
 * @param kept whether the reader kept it all the same (an event after a gap in seq is reported, not dropped)
 */
public record BadRecord(String location, String reason, String text, boolean kept) {

    private static final int MAX_TEXT = 200;

    public BadRecord {
        if (text != null && text.length() > MAX_TEXT) {
            text = text.substring(0, MAX_TEXT) + "…";
        }
    }

    /** A record the reader skips. */
    public BadRecord(String location, String reason, String text) {
        this(location, reason, text, false);
    }

    /** One line: "location: reason". */
    public String describe() {
        return location + ": " + reason;
    }
}

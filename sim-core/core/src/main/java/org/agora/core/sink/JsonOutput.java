package org.agora.core.sink;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.CharTypes;
import com.fasterxml.jackson.core.io.NumberOutput;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;

/**
 * A growable buffer of UTF-8 JSON that the event codec writes into directly: plain ASCII strings,
 * integers, booleans and the common short decimals byte by byte, other finite decimals as Jackson's
 * shortest-double writer spells them, and everything else (strings that need escaping or are not
 * ASCII, non-finite numbers, nested values) through a Jackson generator configured as the codec's
 * mapper, so the text is the same as the generator would write.
 *
 * <p>Threading: not thread-safe; one per writing thread.
 */
final class JsonOutput {

    private static final byte[] NULL = {'n', 'u', 'l', 'l'};
    private static final byte[] TRUE = {'t', 'r', 'u', 'e'};
    private static final byte[] FALSE = {'f', 'a', 'l', 's', 'e'};
    private static final byte[] ZERO = {'0', '.', '0'};
    private static final byte[] NEGATIVE_ZERO = {'-', '0', '.', '0'};
    /** Non-zero for the ASCII characters Jackson's generator escapes inside a string. */
    private static final int[] ESCAPES = CharTypes.get7BitOutputEscapes();
    /** The most fraction digits a short decimal has. */
    private static final int MOST_FRACTION_DIGITS = 8;
    private static final long SCALE_DIGITS = 100_000_000L;
    private static final double SCALE = SCALE_DIGITS;
    /** The longest integer or long in decimal, with its sign. */
    private static final int LONGEST_INTEGER = 20;

    private byte[] bytes;
    private int size;
    /** Writes into this buffer what the direct paths do not; made on first need, dropped after a failure. */
    private JsonGenerator generator;

    JsonOutput(int capacity) {
        bytes = new byte[capacity];
    }

    /** The bytes written so far. */
    int size() {
        return size;
    }

    /** Empties the buffer. */
    void clear() {
        size = 0;
    }

    /**
     * Forgets everything written after the first {@code length} bytes by a write that failed, and
     * the generator, which may hold a half-written value.
     */
    void discardFailedWrite(int length) {
        size = length;
        generator = null;
    }

    /** A copy of the bytes written. */
    byte[] toByteArray() {
        return Arrays.copyOf(bytes, size);
    }

    /** A copy of the bytes from {@code start} to the end. */
    byte[] copyFrom(int start) {
        return Arrays.copyOfRange(bytes, start, size);
    }

    /** Writes the buffer's bytes to {@code out} and empties the buffer. */
    void drainTo(OutputStream out) throws IOException {
        out.write(bytes, 0, size);
        size = 0;
    }

    void raw(byte[] text) {
        ensure(text.length);
        System.arraycopy(text, 0, bytes, size, text.length);
        size += text.length;
    }

    void raw(byte b) {
        ensure(1);
        bytes[size++] = b;
    }

    void nullValue() {
        raw(NULL);
    }

    void bool(boolean value) {
        raw(value ? TRUE : FALSE);
    }

    void number(long value) {
        ensure(LONGEST_INTEGER);
        size = NumberOutput.outputLong(value, bytes, size);
    }

    void number(int value) {
        ensure(LONGEST_INTEGER);
        size = NumberOutput.outputInt(value, bytes, size);
    }

    /**
     * A double in the shortest text that reads back to it, as Jackson's fast double writer (and
     * Java 19's {@code Double.toString}) spells it.
     */
    void number(double value) throws IOException {
        if (value == 0) {
            raw(Double.doubleToRawLongBits(value) == 0 ? ZERO : NEGATIVE_ZERO);
        } else if (!shortDecimal(value)) {
            if (Double.isFinite(value)) {
                ascii(NumberOutput.toString(value, true));
            } else {
                generator().writeNumber(value);
                generator.flush();
            }
        }
    }

    /**
     * Writes a double between 10^-3 and 10^7 in magnitude whose shortest decimal has at most eight
     * fraction digits, as the plain digits the shortest-decimal algorithm gives; false (nothing
     * written) for any other. In that range doubles are at most 2·10^-9 apart, closer than 10^-8:
     * at most one decimal with eight fraction digits rounds to the value, the one nearest to
     * value × 10^8 (the product's error is under 0.2), and a shorter decimal that rounds to it is
     * that one with its trailing zeros dropped.
     */
    private boolean shortDecimal(double value) {
        double magnitude = Math.abs(value);
        if (!(magnitude >= 1e-3 && magnitude < 1e7)) {
            return false;
        }
        // cheaper than Math.round; a wrong neighbour near .5 is refused by the check below
        long scaled = (long) (magnitude * SCALE + 0.5);
        if (scaled / SCALE != magnitude) {
            return false;
        }
        long whole = scaled / SCALE_DIGITS;
        long fraction = scaled % SCALE_DIGITS;
        int fractionDigits = MOST_FRACTION_DIGITS;
        if (fraction == 0) {
            fractionDigits = 0;
        } else {
            while (fraction % 10 == 0) {
                fraction /= 10;
                fractionDigits--;
            }
        }
        writeDecimal(value < 0, whole, fraction, fractionDigits);
        return true;
    }

    /** {@code whole.fraction}, the fraction in {@code fractionDigits} digits; ".0" when there are none. */
    private void writeDecimal(boolean negative, long whole, long fraction, int fractionDigits) {
        ensure(LONGEST_INTEGER + MOST_FRACTION_DIGITS + 2);
        if (negative) {
            bytes[size++] = '-';
        }
        size = NumberOutput.outputLong(whole, bytes, size);
        bytes[size++] = '.';
        if (fractionDigits == 0) {
            bytes[size++] = '0';
            return;
        }
        for (int place = fractionDigits - 1; place >= 0; place--) {
            bytes[size + place] = (byte) ('0' + fraction % 10);
            fraction /= 10;
        }
        size += fractionDigits;
    }

    /** A JSON string (or {@code null}), escaped as Jackson's generator escapes it. */
    void string(String text) throws IOException {
        if (text == null) {
            raw(NULL);
            return;
        }
        int length = text.length();
        ensure(length + 2);
        byte[] out = bytes;
        int at = size;
        out[at++] = '"';
        for (int i = 0; i < length; i++) {
            char c = text.charAt(i);
            if (c >= 0x80 || ESCAPES[c] != 0) {
                generator().writeString(text);
                generator.flush();
                return;
            }
            out[at++] = (byte) c;
        }
        out[at++] = '"';
        size = at;
    }

    /** Any value the codec's mapper can write (lists, maps, nested records), as it writes it. */
    void value(Object value) throws IOException {
        EventJsonCodec.MAPPER.writeValue(generator(), value);
        generator.flush();
    }

    private void ascii(String text) {
        int length = text.length();
        ensure(length);
        for (int i = 0; i < length; i++) {
            bytes[size + i] = (byte) text.charAt(i);
        }
        size += length;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }

    private JsonGenerator generator() throws IOException {
        if (generator == null) {
            generator = EventJsonCodec.MAPPER.getFactory().createGenerator(new Appender(), JsonEncoding.UTF8);
            // each value is a root value of its own; between them the codec writes the separators
            generator.setRootValueSeparator(null);
        }
        return generator;
    }

    /** What the generator flushes lands at the end of this buffer. */
    private final class Appender extends OutputStream {
        @Override
        public void write(int b) {
            raw((byte) b);
        }

        @Override
        public void write(byte[] b, int offset, int length) {
            ensure(length);
            System.arraycopy(b, offset, bytes, size, length);
            size += length;
        }
    }
}

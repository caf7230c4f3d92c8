package org.agora.core.source;

import java.util.Objects;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * How a source treats bad records and whether it follows a run still being written.
 *
 * @param onBadRecord skip bad records (after reporting each to {@code badRecords}) or stop at the first
 * @param badRecords hears of every skipped bad record; never null, so nothing is dropped unseen
 * @param writerFinished null for a source that reads what is there and ends; otherwise the source
 *     follows the run and ends once this says the writer has finished and everything written is read
 */
public record ReadOptions(OnBadRecord onBadRecord, Consumer<BadRecord> badRecords, BooleanSupplier writerFinished) {

    /** What to do with a bad record. */
    public enum OnBadRecord {
        /** Report it and go on. */
        SKIP,
        /** Stop reading with a {@link org.agora.core.config.BadInputException} naming it. */
        FAIL
    }

    public ReadOptions {
        Objects.requireNonNull(onBadRecord, "onBadRecord");
        Objects.requireNonNull(badRecords, "badRecords: skipped records must be reported somewhere");
    }

    /** Stop at the first bad record. */
    public static ReadOptions failOnBadRecords() {
        return new ReadOptions(OnBadRecord.FAIL, record -> { }, null);
    }

    /** Report each bad record to {@code report} and skip it. */
    public static ReadOptions skipBadRecords(Consumer<BadRecord> report) {
        return new ReadOptions(OnBadRecord.SKIP, report, null);
    }

    /** The same options, following a run until {@code finished} says its writer is done. */
    public ReadOptions following(BooleanSupplier finished) {
        return new ReadOptions(onBadRecord, badRecords, Objects.requireNonNull(finished));
    }

    public boolean follows() {
        return writerFinished != null;
    }
}

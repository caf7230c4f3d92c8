package org.agora.core.source;

import java.time.Duration;
import java.util.Optional;
import org.agora.core.config.BadInputException;
import org.agora.core.event.Event;

/**
 * Checks that a source gives one run's events once each, numbered without a gap: an event of
 * another run or a {@code seq} seen already (a duplicated line, a second run with the same id in
 * one topic) is a bad record, skipped and reported or fatal as the {@link ReadOptions} say; a gap
 * in {@code seq} is reported (the events after it are kept) or fatal. An outputs filter leaves
 * gaps by design, so a filtered file reads with reports, and not at all with failOnBadRecords.
 *
 * <p>Threading: as the source it wraps.
 */
final class RunSequenceCheck implements EventSource {

    private final EventSource source;
    private final ReadOptions options;
    private String runId;
    private long lastSeq = -1;
    private long skipped;

    RunSequenceCheck(EventSource source, ReadOptions options) {
        this.source = source;
        this.options = options;
    }

    @Override
    public Optional<Event> next(Duration wait) {
        long deadline = System.nanoTime() + wait.toNanos();
        while (true) {
            Optional<Event> next = source.next(Duration.ofNanos(Math.max(0, deadline - System.nanoTime())));
            if (next.isEmpty()) {
                return next;
            }
            long seq = next.get().header().seq();
            String run = next.get().header().runId();
            if (runId == null) {
                runId = run;
            }
            if (!run.equals(runId)) {
                reject(seq, "an event of run " + run + " among the events of run " + runId, false);
            } else if (seq <= lastSeq) {
                reject(seq, "seq " + seq + " again after seq " + lastSeq + " (a repeated event; the first is kept)", false);
            } else {
                if (seq > lastSeq + 1) {
                    long missing = seq - lastSeq - 1;
                    reject(seq, String.format("seq %d follows seq %d: %,d %s missing%s", seq, lastSeq, missing,
                            missing == 1 ? "event" : "events", missing == 1 ? "" : " (seq " + (lastSeq + 1) + "–" + (seq - 1) + ")"), true);
                }
                lastSeq = seq;
                return next;
            }
        }
    }

    private void reject(long seq, String reason, boolean kept) {
        if (options.onBadRecord() == ReadOptions.OnBadRecord.FAIL) {
            throw BadInputException.at(source.location(), 0, null, reason);
        }
        if (!kept) {
            skipped++;
        }
        options.badRecords().accept(new BadRecord(source.location() + " seq " + seq, reason, null, kept));
    }

    @Override
    public boolean ended() {
        return source.ended();
    }

    @Override
    public String location() {
        return source.location();
    }

    @Override
    public long skipped() {
        return source.skipped() + skipped;
    }

    @Override
    public Optional<String> selection() {
        return source.selection();
    }

    @Override
    public void close() {
        source.close();
    }
}

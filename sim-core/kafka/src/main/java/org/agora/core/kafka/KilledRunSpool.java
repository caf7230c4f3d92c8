package org.agora.core.kafka;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.agora.core.run.HeadlessRun;

/**
 * What a run killed while it spooled left for Kafka: the events of its open spool (journaled
 * copies of records handed to Kafka, then events that waited for it), of a pending or
 * half-resent spool if there is one, and of its events file past the spool's end (events sent
 * after the spool drained). Each event once, in {@code seq} order; a torn last line (the
 * process killed in the middle of a write) is left out and counted. Every one of them may or
 * may not be in the topic: the resend looks for each there.
 *
 * @param events the events' JSON, in seq order
 * @param firstSeq the first spooled seq: every event before it was acknowledged before the spool opened
 * @param fromEventsFile how many of them only the events file held
 * @param missing the seqs between the first and the last known that no file holds, as ranges ("17–20")
 * @param torn how many torn last lines were left out
 */
record KilledRunSpool(List<byte[]> events, long firstSeq, long fromEventsFile, List<String> missing, int torn) {

    /** Spool files a killed run (or a killed resend) can leave, besides the one its metadata names. */
    static final List<String> OTHER_SPOOLS = List.of(KafkaSink.PENDING_SPOOL_FILE, SpoolResender.RESENDING_FILE);

    static KilledRunSpool read(Path runDirectory, String spoolFile, String runId) {
        TreeMap<Long, byte[]> bySeq = new TreeMap<>();
        int[] torn = new int[1];
        List<String> spools = new ArrayList<>(List.of(spoolFile));
        OTHER_SPOOLS.stream().filter(name -> !name.equals(spoolFile)).forEach(spools::add);
        for (String name : spools) {
            Path file = runDirectory.resolve(name);
            if (Files.isRegularFile(file)) {
                readLines(file, runId, bySeq, Long.MIN_VALUE, torn);
            }
        }
        long firstSeq = bySeq.isEmpty() ? 0 : bySeq.firstKey();
        long lastSpooled = bySeq.isEmpty() ? -1 : bySeq.lastKey();
        int spooled = bySeq.size();
        Path eventsFile = runDirectory.resolve(HeadlessRun.EVENTS_FILE);
        if (Files.isRegularFile(eventsFile)) {
            readLines(eventsFile, runId, bySeq, lastSpooled, torn);
        }
        List<String> missing = new ArrayList<>();
        long expected = firstSeq;
        for (long seq : bySeq.keySet()) {
            if (seq > expected) {
                missing.add(expected == seq - 1 ? Long.toString(expected) : expected + "–" + (seq - 1));
            }
            expected = seq + 1;
        }
        return new KilledRunSpool(new ArrayList<>(bySeq.values()), firstSeq, bySeq.size() - spooled, missing, torn[0]);
    }

    /** The events of {@code runId} in {@code file} with a seq after {@code after}, first copy kept. */
    private static void readLines(Path file, String runId, Map<Long, byte[]> bySeq, long after, int[] torn) {
        ByteArrayOutputStream line = new ByteArrayOutputStream(512);
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            for (int b = in.read(); b >= 0; b = in.read()) {
                if (b != '\n') {
                    line.write(b);
                    continue;
                }
                byte[] json = line.toByteArray();
                line.reset();
                EventLabel label;
                try {
                    label = EventLabel.of(json);
                } catch (IllegalArgumentException notAnEvent) {
                    torn[0]++;
                    continue;
                }
                if (label.run().equals(runId) && label.seq() > after) {
                    bySeq.putIfAbsent(label.seq(), json);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        if (line.size() > 0) {
            torn[0]++;
        }
    }
}

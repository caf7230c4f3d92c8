package org.agora.bench;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agora.core.event.Event;
import org.agora.core.sink.JsonLinesSink;

/**
 * The JSON-lines sink against the physical limit of its file: the disk's sequential write rate as
 * {@code dd if=/dev/zero of=FILE bs=1M count=1024 conv=fdatasync} measures it, in the directory the
 * sink benchmark writes to, alternating with the sink writing as many bytes of
 * {@link SinkBenchmark}'s 150-byte events and then syncing the file as dd does. Reports both in
 * bytes per second, the sink also without the final sync (what a run waits for), and the ratio.
 */
public final class SinkDiskComparison implements Comparison {

    private static final long BYTES = 1L << 30;
    private static final int ROUNDS = 3;
    private static final Pattern DD_RESULT = Pattern.compile("(\\d+) bytes .* copied, ([0-9.]+) s");

    @Override
    public String name() {
        return "SinkVsDisk";
    }

    @Override
    public List<String> run() throws Exception {
        SinkBenchmark benchmark = new SinkBenchmark();
        benchmark.makeEvents();
        Path directory = Path.of(System.getProperty("java.io.tmpdir"));
        String loadBefore = SweepComparison.loadAverage();
        double[] disk = new double[ROUNDS];
        double[] synced = new double[ROUNDS];
        double[] unsynced = new double[ROUNDS];
        double[] events = new double[ROUNDS];
        for (int round = 0; round < ROUNDS; round++) {
            disk[round] = dd(directory);
            double[] sink = sink(benchmark, directory);
            unsynced[round] = sink[0];
            synced[round] = sink[1];
            events[round] = sink[2];
        }
        double ratio = median(synced) / median(disk);
        List<String> lines = new ArrayList<>();
        lines.add("| writer (" + directory + ", 1 GiB each, " + ROUNDS + " rounds alternating) | median | min … max |");
        lines.add("|---|---|---|");
        lines.add(row("dd bs=1M conv=fdatasync (the disk's sequential write rate)", disk, "bytes/s"));
        lines.add(row("JsonLinesSink, then the file synced as dd does", synced, "bytes/s"));
        lines.add(row("JsonLinesSink, closed without a sync (what a run waits for)", unsynced, "bytes/s"));
        lines.add(row("JsonLinesSink events, without the sync", events, "events/s"));
        lines.add(String.format(Locale.ROOT, "sink (synced) / disk: %.2f; load average before: %s, after: %s", ratio,
                loadBefore, SweepComparison.loadAverage()));
        return lines;
    }

    /** One dd run: the disk's sequential write rate in bytes per second, synced. */
    private static double dd(Path directory) throws IOException, InterruptedException {
        Path file = Files.createTempFile(directory, "agora-dd", ".bin");
        try {
            Process dd = new ProcessBuilder("dd", "if=/dev/zero", "of=" + file, "bs=1M", "count=" + (BYTES >> 20),
                    "conv=fdatasync").redirectErrorStream(true).start();
            String output = new String(dd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            Matcher result = DD_RESULT.matcher(output);
            if (dd.waitFor() != 0 || !result.find()) {
                throw new IllegalStateException("dd failed:\n" + output);
            }
            return Double.parseDouble(result.group(1)) / Double.parseDouble(result.group(2));
        } finally {
            Files.deleteIfExists(file);
        }
    }

    /**
     * The sink writing at least {@link #BYTES} bytes of events: bytes per second at its close, bytes
     * per second once the file is synced, and events per second at its close.
     */
    private static double[] sink(SinkBenchmark benchmark, Path directory) throws IOException {
        Path file = Files.createTempFile(directory, "agora-sink", ".jsonl");
        try {
            long batches = (BYTES + benchmark.batchBytes - 1) / benchmark.batchBytes;
            Event[] events = benchmark.events();
            long start = System.nanoTime();
            try (JsonLinesSink sink = new JsonLinesSink(file)) {
                for (long b = 0; b < batches; b++) {
                    for (Event event : events) {
                        sink.accept(event);
                    }
                }
            }
            double closed = (System.nanoTime() - start) / 1e9;
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.force(false);
            }
            double synced = (System.nanoTime() - start) / 1e9;
            long bytes = Files.size(file);
            if (bytes != batches * benchmark.batchBytes) {
                throw new IllegalStateException("the sink wrote " + bytes + " bytes, expected " + batches * benchmark.batchBytes);
            }
            return new double[] {bytes / closed, bytes / synced, batches * events.length / closed};
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static String row(String name, double[] values, String unit) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return "| " + name + " | " + Bench.number(Bench.median(sorted)) + " " + unit + " | " + Bench.number(sorted[0])
                + " … " + Bench.number(sorted[sorted.length - 1]) + " |";
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return Bench.median(sorted);
    }
}

package org.agora.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.agora.core.kafka.KafkaSettings;
import org.agora.core.kafka.LocalBroker;
import org.agora.core.kafka.ProducerSettings;
import org.agora.core.kafka.RecordLabels;
import org.agora.core.sink.EventJsonCodec;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.record.DefaultRecord;
import org.apache.kafka.common.record.Record;

/**
 * The Kafka goal, side by side on one local broker: events per second through Agora's Kafka sink
 * ({@link KafkaSinkRun}) against Kafka's own {@code ProducerPerformance} tool (kafka-tools), each
 * in a fresh JVM, alternating which goes first. Both send the same number of records to a fresh
 * topic with the same partitions and the same producer properties (Agora's: acks=all, idempotence,
 * lz4, 256 KiB batches, 100 ms linger). The tool's payloads are a file made from the very events the
 * sink encodes. The sink's records also carry a key (the event's source) and six headers (run,
 * execution, scenario, seed, type, v): about 130 bytes beside a 210-byte value. So the headline pairs
 * are run <em>at the same record size</em>: each of the tool's payloads is an event's JSON followed by
 * the text of the key and headers the sink's record of that event carries, padded so that Kafka sizes
 * the two records alike ({@code DefaultRecord.sizeInBytes}); the bytes each side leaves in the topic's
 * log are reported to show it. A second set of pairs sends the JSON alone as the tool's payloads
 * (smaller records than the sink's), as the benchmark did before. Both JVMs get the same options
 * ({@code -Xmx2g}, the JVM's default collector), and the sink's side also makes each event in the timed
 * loop and encodes it to JSON, which the tool, sending pre-encoded payloads, does not; other options for both with
 * {@code -Dbench.kafka.jvm="..."}. One uncounted run of each side warms the broker up first. After each run
 * the topic's end offsets must count every record: nothing lost.
 * Goal: the sink ≥ 1.0 × the tool's records per second. Records per run: {@code -Dbench.kafka.records=N}
 * (on the Maven command line), 1,000,000 by default. With {@code -Dbench.kafka.launchers=true} a third
 * set of pairs (same record size) runs each side with the JVM options its own launcher gives it (Kafka's
 * {@code kafka-producer-perf-test.sh}: {@value #TOOL_HEAP} and {@code kafka-run-class.sh}'s G1
 * options; {@code ./agora}: the Parallel collector of batch commands with its young generation capped, and transparent huge
 * pages where the kernel offers them, as it does here; the JVM's default heap), reported beside the headline, which keeps the
 * same options for both.
 */
public final class KafkaComparison implements Comparison {

    /** Records per run: 1,000,000 by default; 5,000,000 shows the steady state past the warm-up. */
    private static final long RECORDS = Long.getLong("bench.kafka.records", 1_000_000);
    private static final int PAIRS = 5;
    /** Both sides' JVM options in the headline pairs: {@code -Dbench.kafka.jvm="..."}, {@code -Xmx2g} by default. */
    private static final List<String> SAME_OPTIONS = List.of(System.getProperty("bench.kafka.jvm", "-Xmx2g").trim().split("\\s+"));
    private static final boolean LAUNCHERS = Boolean.getBoolean("bench.kafka.launchers");
    private static final String TOOL_HEAP = "-Xmx512M";
    /** kafka-producer-perf-test.sh's heap and kafka-run-class.sh's performance and JMX options (Kafka 4.1). */
    private static final List<String> TOOL_LAUNCHER_OPTIONS = List.of(TOOL_HEAP, "-server", "-XX:+UseG1GC",
            "-XX:MaxGCPauseMillis=20", "-XX:InitiatingHeapOccupancyPercent=35", "-XX:+ExplicitGCInvokesConcurrent",
            "-XX:MaxInlineLevel=15", "-Djava.awt.headless=true", "-Dcom.sun.management.jmxremote",
            "-Dcom.sun.management.jmxremote.authenticate=false", "-Dcom.sun.management.jmxremote.ssl=false");
    /** What ./agora gives a batch command. */
    private static final List<String> AGORA_LAUNCHER_OPTIONS = List.of("-XX:+UseParallelGC", "-XX:MaxNewSize=256m",
            "-XX:+UseTransparentHugePages");
    private static final int PARTITIONS = 3;
    private static final Pattern TOOL_RATE = Pattern.compile("(\\d+) records sent, ([\\d.]+) records/sec");
    private static final Pattern SINK_RATE = Pattern.compile("records=(\\d+) acknowledged=(\\d+) spooled=(\\d+) seconds=([\\d.]+) rate=([\\d.]+)");

    @Override
    public String name() {
        return "KafkaVsProducerPerformance";
    }

    @Override
    public List<String> run() throws Exception {
        Path directory = Files.createTempDirectory("agora-kafka-comparison");
        try (LocalBroker broker = LocalBroker.start(directory.resolve("broker"), 0, "2g");
             Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, broker.bootstrap()))) {
            Path sized = directory.resolve("payloads-sized.txt");
            Path values = directory.resolve("payloads-values.jsonl");
            Payloads sizedPayloads = writePayloads(sized, true);
            Payloads valuePayloads = writePayloads(values, false);
            List<String> lines = new ArrayList<>();
            lines.add(String.format(java.util.Locale.ROOT, "%,d records per run, %d partitions, one local broker, each run in a"
                    + " fresh JVM; nothing lost in any run (topic end offsets checked). The sink's JSON events are %.0f bytes;"
                    + " Kafka sizes the sink's records (key and six headers included) at %.0f bytes", RECORDS, PARTITIONS,
                    valuePayloads.jsonBytes(), sizedPayloads.sinkRecordBytes()));
            lines.add("producer properties (both): " + String.join(" ", producerProperties(broker.bootstrap()))
                    + " (the sink also sets max.block.ms=1000)");
            lines.add("JVM options (both): " + String.join(" ", SAME_OPTIONS));
            lines.add(String.format(java.util.Locale.ROOT, "### At the same record size (the goal's comparison): the tool's"
                    + " payloads are the JSON and the key's and headers' text, %.0f bytes, so Kafka sizes its records at %.0f"
                    + " bytes as the sink's", sizedPayloads.payloadBytes(), sizedPayloads.toolRecordBytes()));
            lines.add(warmUp(admin, broker, sized));
            lines.addAll(pairs(admin, broker, sized, SAME_OPTIONS, SAME_OPTIONS, ""));
            lines.add(String.format(java.util.Locale.ROOT, "### The JSON alone as the tool's payloads (%.0f bytes: the tool's"
                    + " records are %.0f bytes, the sink's %.0f)", valuePayloads.payloadBytes(), valuePayloads.toolRecordBytes(),
                    valuePayloads.sinkRecordBytes()));
            lines.addAll(pairs(admin, broker, values, SAME_OPTIONS, SAME_OPTIONS, "values "));
            if (LAUNCHERS) {
                lines.add("### As each launcher runs it, at the same record size: the tool " + String.join(" ", TOOL_LAUNCHER_OPTIONS)
                        + "; the sink " + String.join(" ", AGORA_LAUNCHER_OPTIONS));
                lines.addAll(pairs(admin, broker, sized, TOOL_LAUNCHER_OPTIONS, AGORA_LAUNCHER_OPTIONS, "launchers "));
            }
            return lines;
        } finally {
            deleteTree(directory);
        }
    }

    /**
     * One run of each side, not counted, so that every counted pair meets a broker whose JIT has
     * compiled its request path: a fresh broker costs more CPU per record in its first runs
     * (twice as much for the tool's records), which favoured whichever side it served first.
     */
    private static String warmUp(Admin admin, LocalBroker broker, Path payloads) throws Exception {
        Run toolRun = runTool(admin, broker, toolCommand(broker.bootstrap(), payloads, SAME_OPTIONS), "tool-warm-up", new ArrayList<>());
        Run sinkRun = runSink(admin, broker, SAME_OPTIONS, "sink-warm-up", new ArrayList<>());
        return String.format(java.util.Locale.ROOT, "the broker warmed up by one run of each side, not counted: tool %.0f records/s,"
                + " sink %.0f events/s", toolRun.rate(), sinkRun.rate());
    }

    /** {@value #PAIRS} alternating pairs of runs with the given JVM options; the report's lines. */
    private static List<String> pairs(Admin admin, LocalBroker broker, Path payloads, List<String> toolOptions,
            List<String> sinkOptions, String label) throws Exception {
        List<String> toolCommand = toolCommand(broker.bootstrap(), payloads, toolOptions);
        double[] tool = new double[PAIRS];
        double[] sink = new double[PAIRS];
        double[] ratios = new double[PAIRS];
        List<Map<String, Double>> toolCpu = new ArrayList<>();
        List<Map<String, Double>> sinkCpu = new ArrayList<>();
        double[] toolLog = new double[PAIRS];
        double[] sinkLog = new double[PAIRS];
        for (int i = 0; i < PAIRS; i++) {
            String suffix = (label.isEmpty() ? "" : "-" + label.trim()) + "-" + i;
            Run toolRun;
            Run sinkRun;
            if (i % 2 == 0) {
                toolRun = runTool(admin, broker, toolCommand, "tool" + suffix, toolCpu);
                sinkRun = runSink(admin, broker, sinkOptions, "sink" + suffix, sinkCpu);
            } else {
                sinkRun = runSink(admin, broker, sinkOptions, "sink" + suffix, sinkCpu);
                toolRun = runTool(admin, broker, toolCommand, "tool" + suffix, toolCpu);
            }
            tool[i] = toolRun.rate();
            sink[i] = sinkRun.rate();
            toolLog[i] = toolRun.logBytesPerRecord();
            sinkLog[i] = sinkRun.logBytesPerRecord();
            ratios[i] = sink[i] / tool[i];
            System.out.printf(java.util.Locale.ROOT, "kafka %spair %d: tool %.0f records/s, sink %.0f events/s, ratio %.2f%n",
                    label, i + 1, tool[i], sink[i], ratios[i]);
        }
        SideBySide.Result result = new SideBySide.Result(label + "Kafka ProducerPerformance (kafka-tools " + kafkaVersion() + ")",
                label + "Agora KafkaSink", median(tool), median(sink), median(ratios), ratios);
        List<String> lines = new ArrayList<>(result.report("records/s", 1.0));
        lines.addAll(cpuReport(sinkCpu, toolCpu));
        lines.add(String.format(java.util.Locale.ROOT, "bytes per record in the topic's log, lz4-compressed batches (median):"
                + " tool %.1f, sink %.1f", median(toolLog), median(sinkLog)));
        return lines;
    }

    /**
     * One side's run.
     *
     * @param rate records (or events) per second
     * @param logBytesPerRecord the bytes per record the run left in its topic's log
     */
    private record Run(double rate, double logBytesPerRecord) {
    }

    private static Run runTool(Admin admin, LocalBroker broker, List<String> command, String topic,
            List<Map<String, Double>> cpu) throws Exception {
        createTopic(admin, topic);
        List<String> withTopic = new ArrayList<>(command);
        withTopic.add(withTopic.indexOf("--topic") + 1, topic);
        String output = fork(withTopic, broker.pid(), cpu);
        Matcher matcher = null;
        for (String line : output.lines().toList()) {
            Matcher candidate = TOOL_RATE.matcher(line);
            if (candidate.find()) {
                matcher = candidate;
            }
        }
        if (matcher == null || Long.parseLong(matcher.group(1)) != RECORDS) {
            throw new IllegalStateException("ProducerPerformance did not report " + RECORDS + " records:\n" + output);
        }
        return new Run(Double.parseDouble(matcher.group(2)), checkNothingLost(admin, broker, topic));
    }

    private static Run runSink(Admin admin, LocalBroker broker, List<String> options, String topic,
            List<Map<String, Double>> cpu) throws Exception {
        createTopic(admin, topic);
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"),
                KafkaSinkRun.class.getName(), broker.bootstrap(), topic, Integer.toString(PARTITIONS), Long.toString(RECORDS)));
        String output = fork(command, broker.pid(), cpu);
        Matcher matcher = SINK_RATE.matcher(output);
        if (!matcher.find() || Long.parseLong(matcher.group(2)) != RECORDS || Long.parseLong(matcher.group(3)) != 0) {
            throw new IllegalStateException("the sink did not deliver " + RECORDS + " events:\n" + output);
        }
        return new Run(Double.parseDouble(matcher.group(5)), checkNothingLost(admin, broker, topic));
    }

    private static List<String> toolCommand(String bootstrap, Path payloads, List<String> options) {
        List<String> command = new ArrayList<>(List.of(java()));
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"),
                "org.apache.kafka.tools.ProducerPerformance", "--topic", "--num-records", Long.toString(RECORDS),
                "--throughput", "-1", "--payload-file", payloads.toString(), "--producer-props"));
        command.addAll(producerProperties(bootstrap));
        return command;
    }

    /**
     * The sink's own producer properties, as the tool's --producer-props; but for max.block.ms,
     * which does not touch throughput: the sink retries a record whose topic metadata is late,
     * the tool would lose it, so the tool keeps its default.
     */
    private static List<String> producerProperties(String bootstrap) {
        List<String> properties = new ArrayList<>();
        ProducerSettings.producer(bootstrap, KafkaSettings.DEFAULT_HOLD_BYTES, Map.of()).forEach((key, value) -> {
            if (!key.equals(ProducerConfig.MAX_BLOCK_MS_CONFIG)) {
                properties.add(key + "=" + value);
            }
        });
        return properties;
    }

    /**
     * The tool's payload file: 10,000 events' JSON, one a line (the tool's payload delimiter), and
     * the sizes that Kafka gives a record of each side, means over the events.
     *
     * @param jsonBytes the JSON's size, the sink's record value
     * @param payloadBytes the tool's payload's size
     * @param sinkRecordBytes the size of the sink's record of an event: key, value and headers
     * @param toolRecordBytes the size of the tool's record: its payload, no key, no header
     */
    private record Payloads(double jsonBytes, double payloadBytes, double sinkRecordBytes, double toolRecordBytes) {
    }

    /**
     * Writes the tool's payloads. Sized like the records, a payload is the event's JSON, a space, and
     * the text of the key and the headers the sink's record of that event carries (names and values),
     * padded with spaces until Kafka sizes the tool's record of it as it sizes the sink's: the same
     * record size, and about the same bytes for lz4 to compress.
     */
    private static Payloads writePayloads(Path file, boolean sizedLikeRecords) throws IOException {
        RecordLabels labels = RecordLabels.newExecution(KafkaBenchEvents.RUN, KafkaSinkRun.SCENARIO, KafkaSinkRun.SEED);
        List<String> lines = new ArrayList<>();
        double json = 0;
        double payload = 0;
        double sinkRecord = 0;
        double toolRecord = 0;
        int count = 10_000;
        for (long seq = 0; seq < count; seq++) {
            KafkaBenchEvents.ShareAllocated event = KafkaBenchEvents.event(seq * 97);
            byte[] value = EventJsonCodec.toJson(event).getBytes(StandardCharsets.UTF_8);
            byte[] key = event.header().source().getBytes(StandardCharsets.UTF_8);
            Header[] headers = labels.headers("ShareAllocated").toArray();
            int sinkSize = DefaultRecord.sizeInBytes(0, 0, key.length, value.length, headers);
            byte[] line = value;
            if (sizedLikeRecords) {
                StringBuilder text = new StringBuilder(new String(value, StandardCharsets.UTF_8)).append(' ');
                for (Header header : headers) {
                    text.append(header.key()).append(new String(header.value(), StandardCharsets.UTF_8));
                }
                text.append(event.header().source());
                while (DefaultRecord.sizeInBytes(0, 0, -1, text.length(), Record.EMPTY_HEADERS) < sinkSize) {
                    text.append(' ');
                }
                line = text.toString().getBytes(StandardCharsets.UTF_8);
            }
            json += value.length;
            payload += line.length;
            sinkRecord += sinkSize;
            toolRecord += DefaultRecord.sizeInBytes(0, 0, -1, line.length, Record.EMPTY_HEADERS);
            lines.add(new String(line, StandardCharsets.UTF_8));
        }
        Files.write(file, lines);
        return new Payloads(json / count, payload / count, sinkRecord / count, toolRecord / count);
    }

    private static void createTopic(Admin admin, String topic) throws Exception {
        admin.createTopics(List.of(new NewTopic(topic, Optional.of(PARTITIONS), Optional.empty()))).all().get(30, TimeUnit.SECONDS);
    }

    /** Checks that the topic holds every record, deletes it, and returns the bytes per record its log held. */
    private static double checkNothingLost(Admin admin, LocalBroker broker, String topic) throws Exception {
        Map<TopicPartition, OffsetSpec> latest = new java.util.HashMap<>();
        for (int p = 0; p < PARTITIONS; p++) {
            latest.put(new TopicPartition(topic, p), OffsetSpec.latest());
        }
        long total = admin.listOffsets(latest).all().get(30, TimeUnit.SECONDS).values().stream()
                .mapToLong(info -> info.offset()).sum();
        if (total != RECORDS) {
            throw new IllegalStateException("topic " + topic + " holds " + total + " records, not " + RECORDS);
        }
        double logBytesPerRecord = (double) logBytes(broker, topic) / RECORDS;
        admin.deleteTopics(List.of(topic)).all().get(30, TimeUnit.SECONDS);
        return logBytesPerRecord;
    }

    /** The sizes of the topic's log segments, every partition: what the broker stored. */
    private static long logBytes(LocalBroker broker, String topic) throws IOException {
        long bytes = 0;
        for (int p = 0; p < PARTITIONS; p++) {
            Path partition = broker.dataDirectory().resolve("data").resolve(topic + "-" + p);
            try (Stream<Path> files = Files.list(partition)) {
                for (Path segment : files.filter(f -> f.getFileName().toString().endsWith(".log")).toList()) {
                    bytes += Files.size(segment);
                }
            }
        }
        return bytes;
    }

    /**
     * Runs a command to its end; adds to {@code cpu} the CPU-seconds of its threads by kind, and the
     * broker's CPU-seconds meanwhile (as "broker").
     */
    private static String fork(List<String> command, long brokerPid, List<Map<String, Double>> cpu)
            throws IOException, InterruptedException {
        double brokerBefore = ProcessCpu.totalSeconds(brokerPid);
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        ProcessCpu threads = ProcessCpu.watch(process.pid());
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int status = process.waitFor();
        Map<String, Double> seconds = new LinkedHashMap<>(threads.stop());
        seconds.put("broker", ProcessCpu.totalSeconds(brokerPid) - brokerBefore);
        cpu.add(seconds);
        if (status != 0) {
            throw new IllegalStateException(command.get(command.indexOf("-cp") + 2) + " failed:\n" + output);
        }
        return output;
    }

    /**
     * CPU-seconds per 1,000,000 records by kind of thread, whole JVMs (start-up included) and the
     * broker, medians over the runs: on a shared machine a steadier measure than the wall-clock
     * rates, and on two saturated cores the ratio of the totals is the ratio the rates would reach.
     */
    private static List<String> cpuReport(List<Map<String, Double>> sink, List<Map<String, Double>> tool) {
        double sinkTotal = medianTotal(sink);
        double toolTotal = medianTotal(tool);
        return List.of("CPU-seconds per 1,000,000 records by thread, whole JVM and broker (median of the runs; /proc):",
                "  sink: " + cpuLine(sink) + String.format(java.util.Locale.ROOT, "; total %.2f", sinkTotal),
                "  tool: " + cpuLine(tool) + String.format(java.util.Locale.ROOT, "; total %.2f", toolTotal),
                String.format(java.util.Locale.ROOT, "  tool total / sink total %.2f (the ratio of rates on two saturated cores)",
                        toolTotal / sinkTotal));
    }

    private static String cpuLine(List<Map<String, Double>> runs) {
        Map<String, Double> medians = new LinkedHashMap<>();
        for (Map<String, Double> run : runs) {
            for (String kind : run.keySet()) {
                medians.computeIfAbsent(kind, k -> median(runs.stream().mapToDouble(r -> r.getOrDefault(k, 0.0)).toArray()));
            }
        }
        List<String> parts = new ArrayList<>();
        medians.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .forEach(e -> parts.add(String.format(java.util.Locale.ROOT, "%s %.2f", e.getKey(), perMillion(e.getValue()))));
        return String.join(", ", parts);
    }

    private static double medianTotal(List<Map<String, Double>> runs) {
        return perMillion(median(runs.stream().mapToDouble(r -> r.values().stream().mapToDouble(Double::doubleValue).sum()).toArray()));
    }

    private static double perMillion(double seconds) {
        return seconds * 1_000_000 / RECORDS;
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    private static String kafkaVersion() {
        return org.apache.kafka.common.utils.AppInfoParser.getVersion();
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return Bench.median(sorted);
    }

    private static void deleteTree(Path directory) throws IOException {
        try (Stream<Path> files = Files.walk(directory)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(file);
            }
        }
    }
}

package org.agora.scenarios.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import java.time.Duration;
import org.agora.core.config.BadInputException;
import org.agora.core.config.ConfigNode;
import org.agora.core.config.SimTime;
import org.agora.core.kafka.KafkaSettings;
import org.agora.core.kafka.KafkaSink;
import org.agora.core.kafka.LocalBroker;
import org.agora.core.run.HeadlessRun;
import org.agora.core.run.RunResult;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * The Kafka options of {@code agora run}: stream the events to a broker (or to an embedded one
 * for the run's lifetime) beside events.jsonl. After the run, {@link #close()} stops an
 * embedded broker and removes its data.
 */
final class KafkaOptions implements AutoCloseable {

    static final String EMBEDDED = "embedded";

    @Option(names = "--kafka", paramLabel = "HOST:PORT|embedded",
            description = "also stream every event to this Kafka broker; 'embedded' starts a local broker for the run's lifetime")
    private String kafka;

    @Option(names = "--topic", paramLabel = "NAME", description = "the Kafka topic (default: agora.events); created if absent")
    private String topic;

    @Option(names = "--partitions", paramLabel = "N", description = "partitions of a topic that has to be created (default: 3)")
    private Integer partitions;

    @Mixin
    private KafkaClientOptions client = new KafkaClientOptions();

    @Option(names = "--spool-if-unreachable",
            description = "if no broker answers at the start, run anyway: spool the events to the run directory, deliver them if the broker appears")
    private boolean spoolIfUnreachable;

    @Option(names = "--kafka-wait", paramLabel = "TIME",
            description = "how long the end of the run waits for Kafka to acknowledge the events it still holds before it leaves them in the spool (default: 30 s)")
    private String wait;

    private LocalBroker embedded;
    private Path embeddedData;

    /**
     * Adds the Kafka sink to {@code run} if {@code --kafka} was given (starting an embedded broker
     * first if asked).
     *
     * @throws BadInputException if a Kafka option is given without {@code --kafka}, or is wrong
     */
    void attach(HeadlessRun run, PrintWriter out) {
        if (kafka == null) {
            if (topic != null || partitions != null || client.given() || spoolIfUnreachable
                    || wait != null) {
                throw BadInputException.at("--kafka", 0, null, "the Kafka options (--topic, --partitions, --kafka-property,"
                        + " --kafka-config, --spool-if-unreachable, --kafka-wait) need --kafka HOST:PORT");
            }
            return;
        }
        KafkaSettings settings = settings(kafka.equals(EMBEDDED) ? "127.0.0.1:9092" : kafka);
        if (kafka.equals(EMBEDDED)) {
            try {
                embeddedData = Files.createTempDirectory("agora-kafka");
            } catch (IOException e) {
                throw new UncheckedIOException("cannot make a directory for the embedded Kafka broker", e);
            }
            out.println("kafka: starting an embedded broker ...");
            out.flush();
            embedded = LocalBroker.start(embeddedData, 0);
            out.println("kafka: embedded broker at " + embedded.bootstrap() + " until the run ends (topic " + settings.topic() + ")");
            settings = settings(embedded.bootstrap());
        }
        run.withSink(KafkaSink.opener(settings));
    }

    private KafkaSettings settings(String bootstrap) {
        KafkaSettings settings = KafkaSettings.to(bootstrap).withClientProperties(client.properties())
                .withSpoolIfUnreachable(spoolIfUnreachable);
        if (topic != null) {
            settings = settings.withTopic(topic);
        }
        if (partitions != null) {
            settings = settings.withPartitions(partitions);
        }
        if (wait != null) {
            settings = settings.withLimits(settings.holdBytes(), settings.holdPatience(), settings.connectTimeout(),
                    duration(wait, "--kafka-wait"));
        }
        return settings;
    }

    /** A duration option (seconds, or a number and a unit). */
    static Duration duration(String text, String option) {
        return Duration.ofMillis(Math.round(SimTime.seconds(ConfigNode.text(text, option, "")) * 1000));
    }

    /** One line about the Kafka delivery of a run, if it streamed to Kafka. */
    void report(RunResult result, PrintWriter out) {
        Map<String, Object> report = result.manifest().sinks().get(KafkaSink.NAME);
        if (report == null) {
            return;
        }
        out.println(String.format("kafka: %,d events to topic %s at %s, %,d acknowledged, %,d spooled (execution %s)",
                report.get("produced"), report.get("topic"), report.get("bootstrap"), report.get("acknowledged"),
                report.get("spooled"), report.get("execution")));
    }

    @Override
    public void close() {
        if (embedded != null) {
            embedded.close();
            embedded = null;
            try (Stream<Path> files = Files.walk(embeddedData)) {
                for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(file);
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot remove the embedded broker's data in " + embeddedData, e);
            }
        }
    }
}

package org.agora.scenarios.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.agora.core.kafka.SpoolResender;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code agora resend RUN-DIR}: deliver the Kafka spool a run left behind. */
@Command(name = "resend", mixinStandardHelpOptions = true,
        description = {"Send the events a run could not deliver to Kafka (RUN-DIR/kafka-spool.jsonl) and complete its topic: "
                + "each event ends up in the topic exactly once. The manifest is updated.",
            "Exit status: 0 the topic is complete, 1 events are still spooled, 2 bad input (no spool, no broker)."})
final class ResendCommand implements Callable<Integer> {

    @Spec
    private CommandSpec command;

    @Parameters(paramLabel = "RUN-DIR", description = "the run directory holding kafka-spool.jsonl")
    private Path runDirectory;

    @Option(names = "--kafka", paramLabel = "HOST:PORT", description = "the broker (default: the one the run used)")
    private String kafka;

    @Option(names = "--topic", paramLabel = "NAME", description = "the topic (default: the run's)")
    private String topic;

    @Option(names = "--kafka-property", paramLabel = "KEY=VALUE", description = "a Kafka client property, for example security.protocol=SASL_SSL (repeatable)")
    private List<String> properties = new ArrayList<>();

    @Option(names = "--kafka-config", paramLabel = "FILE", description = "a properties file of Kafka client properties")
    private Path config;

    @Option(names = "--wait", paramLabel = "TIME", defaultValue = "60 s",
            description = "how long to wait for Kafka's acknowledgements (default: ${DEFAULT-VALUE})")
    private String wait;

    @Override
    public Integer call() {
        SpoolResender.Outcome outcome = SpoolResender.resend(runDirectory, kafka, topic,
                KafkaOptions.clientProperties(config, properties), KafkaOptions.duration(wait, "--wait"));
        String sent = String.format("%,d of %,d spooled events sent to topic %s (%,d were there already)",
                outcome.acknowledged(), outcome.spooled(), outcome.topic(), outcome.alreadyInTopic());
        if (outcome.killed() != null) {
            command.commandLine().getOut().println("agora resend: " + outcome.killed());
        }
        if (outcome.stillSpooled() > 0) {
            command.commandLine().getErr().println(String.format("agora resend: %s; %,d still spooled in %s", sent,
                    outcome.stillSpooled(), runDirectory));
            return Agora.FAILED;
        }
        command.commandLine().getOut().println("done: " + sent + "; the topic is complete");
        return 0;
    }
}

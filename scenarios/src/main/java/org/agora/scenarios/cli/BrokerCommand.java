package org.agora.scenarios.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.agora.core.kafka.LocalBroker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code agora broker}: a local single-node Kafka broker on 127.0.0.1 until Ctrl-C. */
@Command(name = "broker", mixinStandardHelpOptions = true,
        description = {"Start a local single-node Kafka broker (KRaft) on 127.0.0.1 and keep it until Ctrl-C.",
            "Its data stays in the data directory: starting again with the same directory finds the topics as they were."})
final class BrokerCommand implements Callable<Integer> {

    @Spec
    private CommandSpec command;

    @Option(names = "--data", paramLabel = "DIR", defaultValue = "runs/kafka-broker",
            description = "where the broker keeps its data and its log (default: ${DEFAULT-VALUE})")
    private Path data;

    @Option(names = "--port", paramLabel = "N", defaultValue = "9092", description = "the client port (default: ${DEFAULT-VALUE})")
    private int port;

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = command.commandLine().getOut();
        out.println("agora broker: starting a Kafka broker in " + data + " ...");
        out.flush();
        LocalBroker broker = LocalBroker.start(data, port);
        Thread stop = new Thread(broker::stop, "agora-broker-stop");
        Runtime.getRuntime().addShutdownHook(stop);
        out.println("Kafka broker at " + broker.bootstrap() + " (data in " + broker.dataDirectory() + ", log "
                + broker.logFile() + "); Ctrl-C stops it");
        out.println("  stream a run:  ./agora run SCENARIO --kafka " + broker.bootstrap());
        out.flush();
        int status = broker.awaitExit();
        try {
            Runtime.getRuntime().removeShutdownHook(stop);
        } catch (IllegalStateException shuttingDown) {
            return 0;
        }
        command.commandLine().getErr().println("agora broker: the broker stopped by itself (status " + status + "); see "
                + broker.logFile());
        return Agora.FAILED;
    }
}

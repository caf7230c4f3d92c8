package org.agora.core.kafka;

import java.io.IOException;
import java.io.PrintStream;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The main class of the JVM that {@link LocalBroker} forks: formats the KRaft storage on first
 * use, then runs Kafka's own broker ({@code kafka.Kafka}) until the process is stopped. It also
 * stops when its standard input closes, so a broker never outlives the JVM that started it.
 * Kafka's classes are reached by name: only this process needs the broker on its class path.
 */
public final class BrokerProcess {

    private BrokerProcess() {
    }

    /** @param args the server.properties file, the cluster id, the log directory */
    public static void main(String[] args) throws Exception {
        Path properties = Path.of(args[0]);
        String clusterId = args[1];
        Path logDirectory = Path.of(args[2]);
        exitWhenParentGoes();
        if (!Files.exists(logDirectory.resolve("meta.properties"))) {
            format(properties, clusterId);
        }
        Class.forName("kafka.Kafka").getMethod("main", String[].class).invoke(null, (Object) new String[] {properties.toString()});
    }

    private static void format(Path properties, String clusterId) throws ReflectiveOperationException {
        Method execute = Class.forName("kafka.tools.StorageTool").getMethod("execute", String[].class, PrintStream.class);
        Object status = execute.invoke(null, new String[] {"format", "-t", clusterId, "-c", properties.toString()}, System.out);
        if (!Integer.valueOf(0).equals(status)) {
            System.err.println("formatting the Kafka storage failed with status " + status);
            System.exit(1);
        }
    }

    private static void exitWhenParentGoes() {
        Thread watcher = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // the parent never writes; end of input means it has gone
                }
            } catch (IOException e) {
                // a closed pipe also means the parent has gone
            }
            System.exit(0);
        }, "agora-parent-watch");
        watcher.setDaemon(true);
        watcher.start();
    }
}

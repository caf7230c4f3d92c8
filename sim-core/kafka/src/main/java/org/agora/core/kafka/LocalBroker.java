package org.agora.core.kafka;

import com.sun.management.HotSpotDiagnosticMXBean;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.agora.core.config.BadInputException;
import org.agora.core.run.DirectoryLock;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.common.Uuid;

/**
 * A real single-node Kafka broker (KRaft, broker and controller in one process) on 127.0.0.1,
 * in a JVM of its own, with its data in a directory: what {@code agora broker},
 * {@code --kafka embedded} and the Kafka tests use. It can be stopped and started again on the
 * same port with the same data (a broker outage, for tests). The broker's classes
 * ({@code org.apache.kafka:kafka_2.13}) must be on this JVM's class path; the forked JVM gets the
 * same class path, and this JVM's transparent huge pages if it has them ({@code ./agora} gives them
 * where the kernel offers them). Its output goes to {@code broker.log} in the data directory.
 *
 * <p>Threading: not thread-safe; one owner starts and stops it.
 */
public final class LocalBroker implements AutoCloseable {

    public static final String HOST = "127.0.0.1";
    /** The lock file in the data directory that keeps a second broker off it. */
    public static final String LOCK_FILE = "agora-broker.lock";
    private static final int MAX_PORT = 65_535;
    /** A broker starts in 5–10 s on an idle 2-core machine; a loaded one has been seen to need far more. */
    private static final Duration START_TIMEOUT = Duration.ofSeconds(180);
    private static final Duration STOP_TIMEOUT = Duration.ofSeconds(30);

    private final Path dataDirectory;
    private final int port;
    private final int controllerPort;
    private final String heap;
    private final DirectoryLock lock;
    private Process process;

    private LocalBroker(Path dataDirectory, DirectoryLock lock, int port, int controllerPort, String heap) {
        this.dataDirectory = dataDirectory;
        this.lock = lock;
        this.port = port;
        this.controllerPort = controllerPort;
        this.heap = heap;
    }

    /**
     * Starts a broker and waits until it answers.
     *
     * @param dataDirectory where the broker keeps its data (created if absent; reused if it holds
     *     a broker's data already); it is locked ({@value #LOCK_FILE}) until {@link #close()}, before
     *     anything is written there, because two brokers on one directory corrupt each other's log
     * @param port the client port on 127.0.0.1, or 0 for a free one
     * @throws BadInputException if the port is out of range or taken, or the directory is a file,
     *     cannot be written or is in use by another broker
     * @throws IllegalStateException if the broker's classes are missing or it does not start
     */
    public static LocalBroker start(Path dataDirectory, int port) {
        return start(dataDirectory, port, "1g");
    }

    /** As {@link #start(Path, int)}, with the broker's maximum heap (for example "512m"). */
    public static LocalBroker start(Path dataDirectory, int port, String heap) {
        if (LocalBroker.class.getClassLoader().getResource("kafka/Kafka.class") == null) {
            throw new IllegalStateException("the Kafka broker (org.apache.kafka:kafka_2.13) is not on the class path");
        }
        if (port < 0 || port > MAX_PORT) {
            throw BadInputException.at("--port", 0, null, port + " is not a port number (0 to " + MAX_PORT + ")");
        }
        Path directory = dataDirectory.toAbsolutePath();
        DirectoryLock lock = DirectoryLock.acquire(directory, LOCK_FILE, "--data",
                directory + " is in use by another Kafka broker; stop that one, or choose another data directory");
        try {
            int clientPort = port == 0 ? freePort() : requireFree(port);
            LocalBroker broker = new LocalBroker(directory, lock, clientPort, freePort(), heap);
            broker.start();
            return broker;
        } catch (RuntimeException e) {
            lock.close();
            throw e;
        }
    }

    /** The bootstrap address, {@code 127.0.0.1:PORT}. */
    public String bootstrap() {
        return HOST + ":" + port;
    }

    public int port() {
        return port;
    }

    public Path dataDirectory() {
        return dataDirectory;
    }

    /** The broker's own log file. */
    public Path logFile() {
        return dataDirectory.resolve("broker.log");
    }

    public boolean running() {
        return process != null && process.isAlive();
    }

    /** The broker process's id, while it runs. */
    public long pid() {
        if (!running()) {
            throw new IllegalStateException("the broker is not running");
        }
        return process.pid();
    }

    /** Starts the broker (again) on the same port and data, and waits until it answers. */
    public void start() {
        if (running()) {
            return;
        }
        try {
            Files.createDirectories(dataDirectory);
            Path logDirectory = dataDirectory.resolve("data");
            Path properties = dataDirectory.resolve("server.properties");
            Files.writeString(properties, serverProperties(logDirectory), StandardCharsets.UTF_8);
            Path clusterIdFile = dataDirectory.resolve("cluster.id");
            if (!Files.exists(clusterIdFile)) {
                Files.writeString(clusterIdFile, Uuid.randomUuid().toString());
            }
            List<String> command = new ArrayList<>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            command.add("-Xmx" + heap);
            if (transparentHugePages()) {
                command.add("-XX:+UseTransparentHugePages");
            }
            command.add("-Djava.awt.headless=true");
            command.add("-cp");
            command.add(System.getProperty("java.class.path"));
            command.add(BrokerProcess.class.getName());
            command.add(properties.toString());
            command.add(Files.readString(clusterIdFile).strip());
            command.add(logDirectory.toString());
            process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(logFile().toFile()))
                    .start();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot start a Kafka broker in " + dataDirectory, e);
        }
        awaitAnswer();
    }

    /** Whether this JVM runs with transparent huge pages, which the broker's JVM then gets as well. */
    private static boolean transparentHugePages() {
        HotSpotDiagnosticMXBean hotspot = ManagementFactory.getPlatformMXBean(HotSpotDiagnosticMXBean.class);
        return hotspot != null && Boolean.parseBoolean(hotspot.getVMOption("UseTransparentHugePages").getValue());
    }

    /** Stops the broker cleanly (as Ctrl-C would) and waits for its process to end. Idempotent. */
    public void stop() {
        if (process == null) {
            return;
        }
        process.destroy();
        try {
            if (!process.waitFor(STOP_TIMEOUT.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                process.waitFor();
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
        }
        process = null;
    }

    /** Waits until the broker process ends by itself (for example on Ctrl-C). */
    public int awaitExit() throws InterruptedException {
        return process == null ? 0 : process.waitFor();
    }

    /** Stops the broker and releases its data directory. */
    @Override
    public void close() {
        stop();
        lock.close();
    }

    private void awaitAnswer() {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        Map<String, Object> config = Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap(),
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "2000",
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "2000",
                AdminClientConfig.RECONNECT_BACKOFF_MAX_MS_CONFIG, "200");
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the Kafka broker exited with status " + process.exitValue()
                        + " while starting; see " + logFile());
            }
            if (BootstrapAddress.unreachable(bootstrap(), 500) == null) {
                try (Admin admin = Admin.create(config)) {
                    admin.describeCluster().nodes().get(2, TimeUnit.SECONDS);
                    return;
                } catch (Exception notYet) {
                    // the broker is still starting
                }
            }
            sleep(200);
        }
        stop();
        throw new IllegalStateException("the Kafka broker did not answer within " + START_TIMEOUT.toSeconds() + " s; see " + logFile());
    }

    private String serverProperties(Path logDirectory) {
        return String.join("\n",
                "process.roles=broker,controller",
                "node.id=1",
                "controller.quorum.voters=1@" + HOST + ":" + controllerPort,
                "listeners=PLAINTEXT://" + HOST + ":" + port + ",CONTROLLER://" + HOST + ":" + controllerPort,
                "advertised.listeners=PLAINTEXT://" + HOST + ":" + port,
                "controller.listener.names=CONTROLLER",
                "inter.broker.listener.name=PLAINTEXT",
                "listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT",
                "log.dirs=" + logDirectory,
                "num.partitions=1",
                "auto.create.topics.enable=false",
                "offsets.topic.replication.factor=1",
                "offsets.topic.num.partitions=1",
                "transaction.state.log.replication.factor=1",
                "transaction.state.log.min.isr=1",
                "share.coordinator.state.topic.replication.factor=1",
                "share.coordinator.state.topic.min.isr=1",
                "group.initial.rebalance.delay.ms=0",
                "") ;
    }

    private static int requireFree(int port) {
        try (ServerSocket socket = new ServerSocket()) {
            socket.bind(new InetSocketAddress(InetAddress.getByName(HOST), port));
            return port;
        } catch (IOException e) {
            throw BadInputException.at("--port", 0, null, "port " + port + " on " + HOST + " is in use; choose another");
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket()) {
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getByName(HOST), 0));
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot find a free port on " + HOST, e);
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the Kafka broker", e);
        }
    }
}

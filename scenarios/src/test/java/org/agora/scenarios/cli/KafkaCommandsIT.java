package org.agora.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.agora.core.kafka.LocalBroker;
import org.agora.core.kafka.RealBroker;
import org.agora.core.kafka.TopicContents;
import org.agora.core.run.JsonFiles;
import org.agora.core.run.SmallDisk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** The Kafka options of {@code agora run}, and {@code agora resend} and {@code agora broker}, against real brokers. */
@ExtendWith(RealBroker.class)
class KafkaCommandsIT {

    @TempDir
    Path dir;

    private String out(String name) {
        return dir.resolve(name).toString();
    }

    @Test
    void aRunStreamsToTheTopicItNames(LocalBroker broker) throws Exception {
        CliRunner run = CliRunner.run("run", "test-walkers", "--set", "interval=0.05", "--until", "100", "--kafka",
                broker.bootstrap(), "--topic", "cli-run", "--partitions", "2", "--out", out("run"));

        assertThat(run.status()).as(run.err()).isZero();
        assertThat(run.out()).containsPattern("kafka: [\\d,]+ events to topic cli-run at " + broker.bootstrap()
                + ", [\\d,]+ acknowledged, 0 spooled \\(execution [0-9a-f-]{36}\\)");
        TopicContents.read(broker.bootstrap(), "cli-run").assertHoldsExactly(dir.resolve("run/events.jsonl"));
    }

    @Test
    void aWrongAddressOrABadPropertyIsOneLineAndStatusTwo(LocalBroker broker) {
        CliRunner refused = CliRunner.run("run", "test-walkers", "--kafka", "127.0.0.1:1", "--out", out("a"));
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.errLines()).containsExactly("agora run: --kafka: no Kafka broker at 127.0.0.1:1 (connection refused);"
                + " start one (./agora broker), or add --spool-if-unreachable to run and spool the events");
        assertThat(dir.resolve("a")).doesNotExist();

        CliRunner notAnAddress = CliRunner.run("run", "test-walkers", "--kafka", "localhost", "--out", out("b"));
        assertThat(notAnAddress.status()).isEqualTo(2);
        assertThat(notAnAddress.errLines()).containsExactly("agora run: --kafka: 'localhost' is not HOST:PORT");

        CliRunner misspelt = CliRunner.run("run", "test-walkers", "--kafka", broker.bootstrap(), "--kafka-property",
                "lingr.ms=5", "--out", out("c"));
        assertThat(misspelt.status()).isEqualTo(2);
        assertThat(misspelt.errLines()).containsExactly(
                "agora run: --kafka-property: lingr.ms: not a Kafka client property (did you mean 'linger.ms'?)");

        CliRunner badValue = CliRunner.run("run", "test-walkers", "--kafka", broker.bootstrap(), "--kafka-property",
                "linger.ms=soon", "--out", out("d"));
        assertThat(badValue.status()).isEqualTo(2);
        assertThat(badValue.errLines()).containsExactly("agora run: --kafka-property: Kafka property: Invalid value soon"
                + " for configuration linger.ms: Not a number of type LONG");
        assertThat(dir.resolve("c")).doesNotExist();
        assertThat(dir.resolve("d")).doesNotExist();
    }

    @Test
    void aBadPropertiesFileIsNamedWithItsLine(LocalBroker broker) throws Exception {
        Path file = dir.resolve("client.properties");
        Files.writeString(file, "# a secured cluster\nsecurity.protocol=SASL_SSL\nsasl.mechanizm=PLAIN\n");
        CliRunner run = CliRunner.run("run", "test-walkers", "--kafka", broker.bootstrap(), "--kafka-config", file.toString(),
                "--out", out("e"));
        assertThat(run.status()).isEqualTo(2);
        assertThat(run.errLines()).containsExactly("agora run: " + file
                + ":3: sasl.mechanizm: not a Kafka client property (did you mean 'sasl.mechanism'?)");
    }

    @Test
    void aRunSpooledForWantOfABrokerFailsAndResendCompletesTheTopic(LocalBroker broker) throws Exception {
        CliRunner run = CliRunner.run("run", "test-walkers", "--set", "interval=0.5", "--until", "60", "--kafka", "127.0.0.1:1",
                "--topic", "cli-resend", "--spool-if-unreachable", "--kafka-wait", "1 s", "--out", out("spooled"));
        assertThat(run.status()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString().startsWith("agora run: failed: kafka: ")
                .contains("kafka-spool.jsonl", "agora resend " + dir.resolve("spooled"));

        CliRunner resend = CliRunner.run("resend", out("spooled"), "--kafka", broker.bootstrap());
        assertThat(resend.status()).as(resend.err()).isZero();
        assertThat(resend.out()).contains("spooled events sent to topic cli-resend", "the topic is complete");
        TopicContents.read(broker.bootstrap(), "cli-resend").assertHoldsExactly(dir.resolve("spooled/events.jsonl"));
        JsonNode manifest = JsonFiles.mapper().readTree(dir.resolve("spooled/manifest.json").toFile());
        assertThat(manifest.get("status").asText()).isEqualTo("done");

        CliRunner again = CliRunner.run("resend", out("spooled"), "--kafka", broker.bootstrap());
        assertThat(again.status()).isEqualTo(2);
        assertThat(again.errLines()).containsExactly("agora resend: " + dir.resolve("spooled")
                + ": no Kafka spool here (no kafka-spool.json): nothing to resend");
    }

    @Test
    void theBrokerCommandServesUntilStoppedAndRefusesABusyPort(LocalBroker shared) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Agora.class.getName(), "broker", "--data", out("broker"),
                "--port", Integer.toString(freePort())));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        List<ProcessHandle> brokers = new ArrayList<>();
        try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            String address = null;
            for (String line = lines.readLine(); line != null && address == null; line = lines.readLine()) {
                if (line.startsWith("Kafka broker at ")) {
                    address = line.substring("Kafka broker at ".length(), line.indexOf(' ', "Kafka broker at ".length()));
                }
            }
            assertThat(address).as("the address it prints").startsWith("127.0.0.1:");
            process.descendants().forEach(brokers::add);
            assertThat(brokers).as("the broker runs in a JVM of its own").isNotEmpty().allMatch(ProcessHandle::isAlive);
            CliRunner run = CliRunner.run("run", "test-walkers", "--kafka", address, "--topic", "served", "--out", out("served"));
            assertThat(run.status()).as(run.err()).isZero();
            TopicContents.read(address, "served").assertHoldsExactly(dir.resolve("served/events.jsonl"));

            CliRunner busy = CliRunner.run("broker", "--data", out("other"), "--port", address.substring(address.indexOf(':') + 1));
            assertThat(busy.status()).isEqualTo(2);
            assertThat(busy.errLines()).containsExactly("agora broker: --port: port " + address.substring(address.indexOf(':') + 1)
                    + " on 127.0.0.1 is in use; choose another");

            CliRunner sameData = CliRunner.run("broker", "--data", out("broker"), "--port", "0");
            assertThat(sameData.status()).isEqualTo(2);
            assertThat(sameData.errLines()).containsExactly("agora broker: --data: " + dir.resolve("broker").toAbsolutePath()
                    + " is in use by another Kafka broker; stop that one, or choose another data directory");
            CliRunner stillServed = CliRunner.run("run", "test-walkers", "--kafka", address, "--topic", "served-after",
                    "--out", out("served-after"));
            assertThat(stillServed.status()).as("the first broker survives the second's attempt: " + stillServed.err()).isZero();
        } finally {
            process.destroy();
            assertThat(process.waitFor(60, TimeUnit.SECONDS)).as("the broker command ends when stopped").isTrue();
        }
        assertThat(Files.readString(dir.resolve("broker/broker.log"))).as("the broker's own log").isNotEmpty();
        for (ProcessHandle broker : brokers) {
            broker.onExit().get(30, TimeUnit.SECONDS);
        }
        assertThat(brokers).as("no broker process left behind").noneMatch(ProcessHandle::isAlive);
    }

    @Test
    void anUnusablePortOrDataDirectoryOfTheBrokerIsOneLineAndStatusTwo() throws Exception {
        for (String port : List.of("99999", "-1")) {
            CliRunner refused = CliRunner.run("broker", "--data", out("never"), "--port", port);
            assertThat(refused.status()).isEqualTo(2);
            assertThat(refused.errLines()).containsExactly("agora broker: --port: " + port + " is not a port number (0 to 65535)");
        }
        Path file = Files.writeString(dir.resolve("a-file"), "");
        CliRunner notADirectory = CliRunner.run("broker", "--data", file.toString(), "--port", "0");
        assertThat(notADirectory.status()).isEqualTo(2);
        assertThat(notADirectory.errLines()).containsExactly("agora broker: --data: " + file.toAbsolutePath()
                + " is a file, not a directory");
        assertThat(dir.resolve("never")).doesNotExist();

        try (SmallDisk disk = SmallDisk.mount(dir, "1m")) {
            disk.readOnly();
            CliRunner readOnly = CliRunner.run("broker", "--data", disk.path().resolve("data").toString(), "--port", "0");
            assertThat(readOnly.status()).isEqualTo(2);
            assertThat(readOnly.errLines()).containsExactly("agora broker: --data: cannot create the directory "
                    + disk.path().resolve("data") + " (read-only file system)");
        }
    }

    private static int freePort() throws Exception {
        try (var socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getByName("127.0.0.1"))) {
            return socket.getLocalPort();
        }
    }
}

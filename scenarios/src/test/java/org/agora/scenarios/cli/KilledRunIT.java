package org.agora.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.agora.core.kafka.LocalBroker;
import org.agora.core.kafka.RealBroker;
import org.agora.core.kafka.TopicContents;
import org.agora.core.run.JsonFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run killed (SIGKILL, as the OOM killer does) while its broker is away: its spool describes
 * itself, {@code agora resend} completes the topic from what the run left, and the manifest says
 * the run was killed.
 */
@ExtendWith(RealBroker.class)
class KilledRunIT {

    @TempDir
    Path dir;

    @Test
    void aRunKilledDuringABrokerOutageLosesNothingItAccepted(LocalBroker broker) throws Exception {
        Path out = dir.resolve("killed");
        Process run = new ProcessBuilder(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Agora.class.getName(), "run", "test-walkers",
                "--set", "interval=0.01", "--until", "1000000", "--kafka", broker.bootstrap(), "--topic", "killed-run",
                "--out", out.toString()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("run.log").toFile()).start();
        try {
            awaitSize(out.resolve("events.jsonl"), 1 << 20, run);
            broker.stop();
            awaitSize(out.resolve("kafka-spool.jsonl"), 4 << 20, run);
        } finally {
            run.destroyForcibly();
            assertThat(run.waitFor(30, TimeUnit.SECONDS)).isTrue();
            broker.start();
        }
        assertThat(out.resolve("kafka-spool.json")).as("the spool describes itself from its start").exists();

        CliRunner resend = CliRunner.run("resend", out.toString(), "--kafka", broker.bootstrap());

        assertThat(resend.status()).as(resend.out() + resend.err()).isZero();
        assertThat(resend.out()).contains("the run was killed", "the topic is complete");
        JsonNode manifest = JsonFiles.mapper().readTree(out.resolve("manifest.json").toFile());
        String runId = manifest.get("runId").asText();
        long inTopic = TopicContents.read(broker.bootstrap(), "killed-run").assertCompleteRun(runId, out.resolve("events.jsonl"));
        assertThat(manifest.get("status").asText()).isEqualTo("failed");
        assertThat(manifest.get("reason").asText()).startsWith("killed: ");
        assertThat(manifest.at("/sinks/kafka/acknowledged").asLong()).as("every event in the topic counted").isEqualTo(inTopic);
    }

    private static void awaitSize(Path file, long bytes, Process run) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
        while (!(Files.exists(file) && Files.size(file) >= bytes)) {
            assertThat(run.isAlive()).as("the run is still running").isTrue();
            assertThat(System.nanoTime()).as("%s reaching %d bytes", file, bytes).isLessThan(deadline);
            Thread.sleep(20);
        }
    }
}

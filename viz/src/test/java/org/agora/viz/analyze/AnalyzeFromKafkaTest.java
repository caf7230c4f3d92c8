package org.agora.viz.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.agora.core.kafka.LocalBroker;
import org.agora.core.kafka.RealBroker;
import org.agora.core.run.HeadlessRun;
import org.agora.core.scenario.ScenarioCatalog;
import org.agora.core.testing.WalkersScenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** {@code agora analyze kafka://…}: one run of a topic, finished or followed while it streams. A real broker. */
@ExtendWith(RealBroker.class)
class AnalyzeFromKafkaTest {

    private static final String TOPIC = "analyze-test";

    @TempDir
    Path dir;

    private static String[] walkers(long seed, String until, LocalBroker broker, Path out) {
        return new String[] {"run", WalkersScenario.ID, "--seed", Long.toString(seed), "--set", "interval=0.05", "--until",
            until, "--kafka", broker.bootstrap(), "--topic", TOPIC, "--out", out.toString()};
    }

    private static String runId(long seed, String until) {
        return ScenarioCatalog.installed().resolve(WalkersScenario.ID).withSeed(seed).withUntil(until)
                .withAssignments(List.of("interval=0.05")).runId();
    }

    @Test
    void aRunReadFromATopicGivesTheSummaryOfItsSummaryJson(LocalBroker broker) throws Exception {
        Cli first = Cli.run(walkers(1, "30", broker, dir.resolve("one")));
        Cli second = Cli.run(walkers(2, "30", broker, dir.resolve("two")));
        assertThat(first.status()).as(first.err()).isZero();
        assertThat(second.status()).as(second.err()).isZero();

        Path report = dir.resolve("report");
        Cli cli = Cli.run("analyze", "kafka://" + broker.bootstrap() + "/" + TOPIC, "--run", runId(2, "30"),
                "--out", report.toString());

        assertThat(cli.status()).as(cli.err()).isZero();
        long lines = Files.lines(dir.resolve("two").resolve(HeadlessRun.EVENTS_FILE)).count();
        assertThat(cli.out()).contains("run " + runId(2, "30")).contains(String.format("%,d events", lines));
        assertThat(Files.readAllBytes(report.resolve(HeadlessRun.SUMMARY_FILE)))
                .isEqualTo(Files.readAllBytes(dir.resolve("two").resolve(HeadlessRun.SUMMARY_FILE)));
        assertThat(report.resolve("charts/events.svg")).exists();
    }

    @Test
    void twoExecutionsOfOneRunInATopicAreToldApartAndEachCanBeAnalyzed(LocalBroker broker) throws Exception {
        Cli first = Cli.run(walkers(5, "20", broker, dir.resolve("first")));
        Cli second = Cli.run(walkers(5, "20", broker, dir.resolve("second")));
        assertThat(first.status()).as(first.err()).isZero();
        assertThat(second.status()).as(second.err()).isZero();
        String firstExecution = execution(dir.resolve("first"));
        String secondExecution = execution(dir.resolve("second"));
        assertThat(first.out()).contains("(execution " + firstExecution + ")");
        String topic = "kafka://" + broker.bootstrap() + "/" + TOPIC;
        String run = runId(5, "20");
        long lines = Files.lines(dir.resolve("first").resolve(HeadlessRun.EVENTS_FILE)).count();

        Cli last = Cli.run("analyze", topic, "--run", run, "--out", dir.resolve("last").toString());
        assertThat(last.status()).as(last.err()).isZero();
        assertThat(last.err()).as("no event reported repeated").isEmpty();
        assertThat(last.out()).contains(String.format("%,d events", lines))
                .contains("read: execution " + secondExecution + ", the last started of 2 executions of run " + run
                        + " in the topic (the other: " + firstExecution + "; pick one with --execution ID)");

        for (String execution : List.of(firstExecution, secondExecution)) {
            Cli chosen = Cli.run("analyze", topic, "--run", run, "--execution", execution, "--out",
                    dir.resolve("report-" + execution).toString());
            assertThat(chosen.status()).as(chosen.err()).isZero();
            assertThat(chosen.err()).isEmpty();
            assertThat(chosen.out()).contains(String.format("%,d events", lines))
                    .contains("read: execution " + execution + ", one of 2 executions of run " + run);
            assertThat(Files.readAllBytes(dir.resolve("report-" + execution).resolve(HeadlessRun.SUMMARY_FILE)))
                    .isEqualTo(Files.readAllBytes(dir.resolve("first").resolve(HeadlessRun.SUMMARY_FILE)));
        }

        Cli unknown = Cli.run("analyze", topic, "--run", run, "--execution", "no-such-execution");
        assertThat(unknown.status()).isEqualTo(2);
        assertThat(unknown.err().lines().toList()).containsExactly("agora analyze: " + topic
                + ": --execution: the topic holds no execution no-such-execution of run " + run + " (it holds "
                + firstExecution + ", " + secondExecution + ")");
    }

    private static String execution(Path run) throws java.io.IOException {
        return org.agora.core.run.JsonFiles.mapper().readTree(run.resolve(HeadlessRun.MANIFEST_FILE).toFile())
                .path("sinks").path("kafka").path("execution").asText();
    }

    @Test
    void followingATopicEndsAtTheRunsRunFinished(LocalBroker broker) throws Exception {
        assertThat(Cli.run(walkers(3, "5", broker, dir.resolve("earlier"))).status()).as("a run that makes the topic").isZero();
        Path report = dir.resolve("report");
        CompletableFuture<Cli> analyze = CompletableFuture.supplyAsync(() -> Cli.run("analyze",
                "kafka://" + broker.bootstrap() + "/" + TOPIC + "?run=" + runId(4, "200"), "--follow", "--out", report.toString()));
        Thread.sleep(2000);
        assertThat(analyze).as("waiting for a run that has not started").isNotDone();

        Cli run = Cli.run(walkers(4, "200", broker, dir.resolve("followed")));
        assertThat(run.status()).as(run.err()).isZero();
        Cli cli = analyze.get(120, TimeUnit.SECONDS);
        assertThat(cli.status()).as(cli.err()).isZero();
        assertThat(Files.readAllBytes(report.resolve(HeadlessRun.SUMMARY_FILE)))
                .isEqualTo(Files.readAllBytes(dir.resolve("followed").resolve(HeadlessRun.SUMMARY_FILE)));
    }
}

package org.agora.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

class SweepCommandTest {

    static final String GRID = "src/test/resources/experiments/walkers-grid.yaml";
    private static final Path BAD = Path.of("src/test/resources/bad-experiments");

    @TempDir
    Path dir;

    /** The lines of a results table without its wall-time column, the one thing that differs between sweeps. */
    static List<String> withoutWallTime(Path csv) throws IOException {
        List<String> lines = Files.readAllLines(csv);
        int column = List.of(lines.get(0).split(",")).indexOf("wallSeconds");
        List<String> stripped = new ArrayList<>();
        for (String line : lines) {
            List<String> fields = new ArrayList<>(List.of(line.split(",", -1)));
            fields.remove(column);
            stripped.add(String.join(",", fields));
        }
        return stripped;
    }

    @Test
    void aSweepWritesItsTablesAndSaysWhere() throws IOException {
        Path out = dir.resolve("grid");
        CliRunner result = CliRunner.run("sweep", GRID, "--out", out.toString(), "--threads", "2");
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.err()).isEmpty();
        assertThat(result.out()).startsWith("done: " + out + " (18 runs: 18 done, 0 failed; this start ran 18 on 2 threads in ")
                .contains("aggregate: " + out.resolve("aggregate.csv"))
                .contains("no charts: the viz module is not installed");
        assertThat(Files.readAllLines(out.resolve("results.csv"))).hasSize(19);
        assertThat(Files.readAllLines(out.resolve("results.jsonl"))).hasSize(18);
        List<String> aggregate = Files.readAllLines(out.resolve("aggregate.csv"));
        assertThat(aggregate).hasSize(7);
        assertThat(aggregate.get(1)).startsWith("0,calm,0.5,3,0,3,");
        assertThat(out.resolve("sweep.json")).content().contains("\"status\" : \"complete\"", "\"runs\" : 18");
    }

    @Test
    void oneThreadAndTwoThreadsGiveTheSameTables() throws IOException {
        Path one = dir.resolve("one");
        Path two = dir.resolve("two");
        assertThat(CliRunner.run("sweep", GRID, "--out", one.toString(), "--threads", "1").status()).isZero();
        assertThat(CliRunner.run("sweep", GRID, "--out", two.toString(), "--threads", "2").status()).isZero();
        assertThat(withoutWallTime(two.resolve("results.csv"))).isEqualTo(withoutWallTime(one.resolve("results.csv")));
        assertThat(Files.readString(two.resolve("aggregate.csv"))).isEqualTo(Files.readString(one.resolve("aggregate.csv")));
    }

    @Test
    void aDryRunShowsThePlanAndWritesNothing() {
        Path out = dir.resolve("dry");
        CliRunner result = CliRunner.run("sweep", GRID, "--dry-run", "--out", out.toString());
        assertThat(result.status()).isZero();
        assertThat(result.out()).startsWith("walkers-grid: test-walkers, 6 points × 3 replications = 18 runs → " + out)
                .contains("design: grid of mood, interval; until 10 s", "seeds: independent, from 5; metrics: steps, meanPosition",
                        "point 5: mood=restless, interval=2");
        assertThat(out).doesNotExist();
    }

    @Test
    void aPlanOfOneRunSaysRun() throws IOException {
        Path file = Files.writeString(dir.resolve("single.yaml"), "scenario: test-walkers\n");
        CliRunner result = CliRunner.run("sweep", file.toString(), "--dry-run", "--out", dir.resolve("single").toString());
        assertThat(result.out()).startsWith("single: test-walkers, 1 point × 1 replication = 1 run → ");
    }

    @Test
    void failedRunsMakeTheSweepExitWithOneAfterWritingEverything() throws IOException {
        Path file = Files.writeString(dir.resolve("failing.yaml"), "scenario: test-walkers\ngrid: {failAt: [0, 4]}\n");
        Path out = dir.resolve("failing");
        CliRunner result = CliRunner.run("sweep", file.toString(), "--out", out.toString());
        assertThat(result.status()).isEqualTo(1);
        assertThat(result.errLines()).containsExactly("agora sweep: 1 of 2 runs failed; " + out.resolve("results.csv")
                + " has their errors");
        assertThat(out.resolve("aggregate.csv")).exists();
        assertThat(out.resolve("results.csv")).content().contains("IllegalStateException: walkers told to fail at 4.0 s");
    }

    @Test
    void anOutputDirectoryOfAnotherSweepIsBadInput() throws IOException {
        Path out = dir.resolve("taken");
        assertThat(CliRunner.run("sweep", GRID, "--out", out.toString()).status()).isZero();
        Path changed = Files.writeString(dir.resolve("changed.yaml"), Files.readString(Path.of(GRID)).replace("seed: 5", "seed: 6"));
        CliRunner result = CliRunner.run("sweep", changed.toString(), "--out", out.toString());
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.errLines()).containsExactly("agora sweep: " + out + ": holds the results of another sweep (the "
                + "experiment walkers-grid with other settings); choose another output directory (--out) or remove this one");
    }

    @Test
    void zeroThreadsIsBadInput() {
        CliRunner result = CliRunner.run("sweep", GRID, "--threads", "0", "--out", dir.resolve("x").toString());
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.errLines()).containsExactly("agora sweep: --threads: must be at least 1 (was 0)");
        assertThat(dir.resolve("x")).doesNotExist();
    }

    @TestFactory
    Stream<DynamicTest> badExperimentFilesGetOneLineAndExitTwo() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(BAD)) {
            for (Path file : files.sorted().toList()) {
                String firstLine = new String(Files.readAllBytes(file), StandardCharsets.UTF_8).lines().findFirst().orElse("");
                String expected = firstLine.replaceFirst("^# expect: ", "");
                for (String mode : List.of("--dry-run", "--threads=2")) {
                    tests.add(DynamicTest.dynamicTest(file.getFileName() + " " + mode, () -> {
                        Path out = dir.resolve("out-" + file.getFileName());
                        CliRunner result = CliRunner.run("sweep", file.toString(), mode, "--out", out.toString());
                        assertThat(result.status()).as("exit status (stderr: %s)", result.err()).isEqualTo(2);
                        assertThat(result.errLines()).hasSize(1);
                        assertThat(result.err()).startsWith("agora sweep: ").contains(expected)
                                .doesNotContain("Exception").doesNotContain("\tat ");
                        assertThat(result.out()).isEmpty();
                        assertThat(out).as("no output directory for bad input").doesNotExist();
                    }));
                }
            }
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(60);
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> wrongKafkaOptionsAreBadInputBeforeAnythingIsWritten() {
        String out = dir.resolve("never").toString();
        return Stream.of(
                new Object[] {List.of("sweep", GRID, "--kafka", "127.0.0.1:9092", "--out", out),
                    "agora sweep: --kafka: the Kafka options (--kafka, --jobs-topic, --results-topic, --partitions, "
                    + "--kafka-property, --kafka-config, --republish) are for distributed sweeps: add --distributed"},
                new Object[] {List.of("sweep", GRID, "--distributed", "--out", out),
                    "agora sweep: --distributed: needs --kafka HOST:PORT, the broker the workers read from"},
                new Object[] {List.of("sweep", GRID, "--distributed", "--kafka", "nonsense", "--out", out),
                    "agora sweep: --kafka: 'nonsense' is not HOST:PORT"},
                new Object[] {List.of("sweep", GRID, "--distributed", "--kafka", "127.0.0.1:1", "--out", out),
                    "agora sweep: --kafka: no Kafka broker at 127.0.0.1:1 (connection refused)"},
                new Object[] {List.of("sweep", GRID, "--distributed", "--kafka", "127.0.0.1:1", "--threads", "2", "--out", out),
                    "agora sweep: --threads: a distributed sweep runs on its workers; give --threads to agora worker"},
                new Object[] {List.of("sweep", GRID, "--distributed", "--kafka", "127.0.0.1:1", "--jobs-topic", "my jobs", "--out", out),
                    "agora sweep: --jobs-topic: 'my jobs' is not a valid Kafka topic name"},
                new Object[] {List.of("sweep", GRID, "--distributed", "--kafka", "127.0.0.1:1", "--kafka-property", "sasl.mechanizm=PLAIN",
                    "--out", out), "agora sweep: --kafka-property: sasl.mechanizm: not a Kafka client property (did you mean 'sasl.mechanism'?)"},
                new Object[] {List.of("worker"), "agora worker: --kafka: missing: give the broker's HOST:PORT"},
                new Object[] {List.of("worker", "--kafka", "127.0.0.1:1"), "agora worker: --kafka: no Kafka broker at 127.0.0.1:1 (connection refused)"},
                new Object[] {List.of("worker", "--kafka", "127.0.0.1:1", "--threads", "0"), "agora worker: --threads: must be at least 1 (was 0)"},
                new Object[] {List.of("worker", "--kafka", "127.0.0.1:1", "--partitions", "0"), "agora worker: --partitions: must be at least 1 (was 0)"}
        ).map(c -> {
            @SuppressWarnings("unchecked")
            List<String> args = (List<String>) c[0];
            return DynamicTest.dynamicTest(String.join(" ", args).replace(dir.toString(), "DIR"), () -> {
                CliRunner result = CliRunner.run(args.toArray(String[]::new));
                assertThat(result.status()).as(result.err()).isEqualTo(2);
                assertThat(result.errLines()).hasSize(1);
                assertThat(result.err()).startsWith((String) c[1]);
                assertThat(dir.resolve("never")).doesNotExist();
            });
        });
    }
}

package org.agora.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.agora.core.run.SmallDisk;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every kind of bad input gives exactly one line on stderr naming what is wrong and where,
 * exit status 2, no stack trace, and no run directory.
 */
class BadInputTest {

    private static final Path CORPUS = Path.of("src/test/resources/bad");
    private static final String GOOD = "src/test/resources/good/walkers.yaml";

    @TempDir
    Path dir;

    private void assertRejected(List<String> args, String expected) {
        Path out = dir.resolve("out-" + Math.abs(args.hashCode()));
        List<String> withOut = new ArrayList<>(args);
        if (args.get(0).equals("run") && !args.contains("--out")) {
            withOut.add("--out");
            withOut.add(out.toString());
        }
        CliRunner result = CliRunner.run(withOut.toArray(String[]::new));
        assertThat(result.status()).as("exit status of %s (stderr: %s)", args, result.err()).isEqualTo(2);
        assertThat(result.errLines()).as("stderr of %s", args).hasSize(1);
        assertThat(result.err()).contains(expected).doesNotContain("Exception").doesNotContain("\tat ");
        assertThat(result.out()).isEmpty();
        assertThat(out).as("no run directory for bad input").doesNotExist();
    }

    @TestFactory
    Stream<DynamicTest> badScenarioFiles() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        try (Stream<Path> files = Files.list(CORPUS)) {
            for (Path file : files.sorted().toList()) {
                String firstLine = new String(Files.readAllBytes(file), StandardCharsets.ISO_8859_1).lines().findFirst().orElse("");
                String expected = firstLine.replaceFirst("^# expect: ", "");
                String name = file.getFileName().toString();
                tests.add(DynamicTest.dynamicTest("validate " + name, () -> assertRejected(List.of("validate", file.toString()), expected)));
                tests.add(DynamicTest.dynamicTest("run " + name, () -> assertRejected(List.of("run", file.toString()), expected)));
            }
        }
        assertThat(tests).hasSizeGreaterThanOrEqualTo(30);
        return tests.stream();
    }

    @TestFactory
    Stream<DynamicTest> badFlags() {
        return Stream.of(
                new Object[] {List.of("run", GOOD, "--sed", "3"), "'--sed'"},
                new Object[] {List.of("run", GOOD, "--seed", "three"), "Invalid value for option '--seed'"},
                new Object[] {List.of("run", GOOD, "--set", "nope=1"), "--set: nope: unknown parameter; known: interval, failAt, mood"},
                new Object[] {List.of("run", GOOD, "--set", "mood"), "--set: expected name=value, got 'mood'"},
                new Object[] {List.of("run", GOOD, "--set", "interval=-2"), "--set: interval: the duration must not be negative"},
                new Object[] {List.of("run", GOOD, "--until", "-5"), "--until: the duration must not be negative, got '-5'"},
                new Object[] {List.of("run", GOOD, "--until", "0"), "--until: the stop time must be greater than 0"},
                new Object[] {List.of("run", GOOD, "--until", "3 fortnights"), "--until: unknown time unit 'fortnights'"},
                new Object[] {List.of("run"), "Missing required parameter: 'SCENARIO'"},
                new Object[] {List.of("run", "no-such-scenario"), "unknown scenario 'no-such-scenario'"},
                new Object[] {List.of("run", "test-walker"), "unknown scenario 'test-walker' (did you mean 'test-walkers'?)"},
                new Object[] {List.of("run", "missing/file.yaml"), "missing/file.yaml: no such file"},
                new Object[] {List.of("validate", "src/test/resources"), "src/test/resources: cannot read (a directory, not a file)"},
                new Object[] {List.of("describe", "nothing-like-it"), "unknown scenario 'nothing-like-it'"},
                new Object[] {List.of("rnu", GOOD), "Unmatched arguments"}
        ).map(c -> {
            @SuppressWarnings("unchecked")
            List<String> args = (List<String>) c[0];
            return DynamicTest.dynamicTest(String.join(" ", args), () -> assertRejected(args, (String) c[1]));
        });
    }

    @org.junit.jupiter.api.Test
    void aRunDirectoryThatCannotBeMadeIsBadInput() throws IOException {
        Path blocker = Files.writeString(dir.resolve("a-file"), "x");
        CliRunner result = CliRunner.run("run", GOOD, "--out", blocker.resolve("sub").toString());
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.errLines()).hasSize(1);
        assertThat(result.err()).contains("--out: cannot create the directory " + blocker.resolve("sub") + " (");
    }

    @org.junit.jupiter.api.Test
    void aFileTooLargeIsRefusedBeforeItIsRead() throws IOException {
        Path huge = dir.resolve("huge.yaml");
        Files.writeString(huge, "scenario: test-walkers\nuntil: 10\nparameters: {mood: \"" + "a".repeat(10_000_000) + "\"}\n");
        long start = System.nanoTime();
        CliRunner result = CliRunner.run("validate", huge.toString());
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.errLines()).containsExactly("agora validate: " + huge
                + String.format(": %,d bytes: larger", Files.size(huge)) + " than a scenario or experiment file may be (1,048,576 bytes)");
        assertThat(System.nanoTime() - start).as("refused without reading it").isLessThan(2_000_000_000L);
    }

    @org.junit.jupiter.api.Test
    void anEmptyOrReadOnlyRunDirectoryIsBadInput() throws Exception {
        CliRunner empty = CliRunner.run("run", GOOD, "--out", "");
        assertThat(empty.status()).isEqualTo(2);
        assertThat(empty.errLines()).containsExactly("agora run: --out: an empty path: name a directory");

        try (SmallDisk disk = SmallDisk.mount(dir, "1m")) {
            disk.readOnly();
            CliRunner readOnly = CliRunner.run("run", GOOD, "--out", disk.path().toString());
            assertThat(readOnly.status()).as(readOnly.err()).isEqualTo(2);
            assertThat(readOnly.errLines()).containsExactly("agora run: --out: cannot write in the directory " + disk.path()
                    + " (read-only file system)");
        }
    }
}

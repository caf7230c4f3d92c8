package org.agora.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Assertions;

/**
 * Scenario, experiment and training files mutated at random (characters cut, tokens inserted, lines
 * repeated, numbers made huge, negative or not numbers): every one ends, within a time bound,
 * in exit status 0 or in status 2 with exactly one line, never in an internal error.
 */
class FuzzedFilesTest {

    private static final Duration BOUND = Duration.ofSeconds(20);
    private static final List<String> TOKENS = List.of(": ", "- ", "[", "]", "{", "}", "&a ", "*a", "<<: ", "\t", "\"",
            "'", "#", "\n", "  ", "~", "null", "-1", "2147483647", "1e308", "NaN", "1e-6", "0", "!!binary ", "%", "@",
            "\u00e9", "\uFFFD", ",", "? ", "|", ">");
    private static final List<Path> SEEDS = seeds("src/main/resources/catalog", "../examples/experiments");
    private static final List<Path> TRAINING_SEEDS = seeds("../examples/training");

    private static List<Path> seeds(String... directories) {
        try {
            List<Path> files = new java.util.ArrayList<>();
            for (String directory : directories) {
                try (Stream<Path> listed = Files.list(Path.of(directory))) {
                    listed.filter(p -> p.toString().endsWith(".yaml")).forEach(files::add);
                }
            }
            return files.stream().sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One change to a file's text at a relative position. */
    record Mutation(int kind, double where, double length, String token) {
        String apply(String text) {
            int at = (int) (where * text.length());
            int end = Math.min(text.length(), at + 1 + (int) (length * 40));
            return switch (kind) {
                case 0 -> text.substring(0, at) + text.substring(end);
                case 1 -> text.substring(0, at) + token + text.substring(at);
                case 2 -> text.substring(0, at) + text.substring(at, end) + text.substring(at, end) + text.substring(end);
                default -> text.substring(0, at) + text.substring(at).replaceFirst("\\d+(\\.\\d+)?", token);
            };
        }
    }

    @Provide
    Arbitrary<Mutation> mutations() {
        return Combinators.combine(Arbitraries.integers().between(0, 3), Arbitraries.doubles().between(0, 1),
                Arbitraries.doubles().between(0, 1), Arbitraries.of(TOKENS)).as(Mutation::new);
    }

    /*
     * A fixed seed keeps the build repeatable; to fuzz afresh, drop the seed locally (jqwik then draws
     * one and prints it with any failure, to be kept here as a regression case).
     */
    @Property(tries = 150, seed = "20261206")
    void everyMutatedFileEndsInStatusZeroOrOneLineAndStatusTwo(@ForAll("seedIndex") int seed,
            @ForAll @Size(min = 1, max = 4) List<@From("mutations") Mutation> changes) throws IOException {
        checkMutated(SEEDS.get(seed % SEEDS.size()), changes);
    }

    /**
     * Training files (and the sweep kept beside them) checked as {@code train --dry-run} checks
     * them: the same reading as a training's, without the training.
     */
    @Property(tries = 60, seed = "20261206")
    void everyMutatedTrainingFileEndsInStatusZeroOrOneLineAndStatusTwo(@ForAll("seedIndex") int seed,
            @ForAll @Size(min = 1, max = 4) List<@From("mutations") Mutation> changes) throws IOException {
        checkMutated(TRAINING_SEEDS.get(seed % TRAINING_SEEDS.size()), changes);
    }

    private static void checkMutated(Path original, List<Mutation> changes) throws IOException {
        String originalText = Files.readString(original, StandardCharsets.UTF_8);
        String text = originalText;
        for (Mutation change : changes) {
            text = change.apply(text);
        }
        Path directory = Files.createTempDirectory("agora-fuzz");
        Path file = Files.writeString(directory.resolve(original.getFileName()), text, StandardCharsets.UTF_8);
        String out = directory.resolve("out").toString();
        boolean catalogEntry = original.startsWith("src");
        String[] args = catalogEntry ? new String[] {"validate", file.toString()}
                : originalText.contains("\nalgorithm:") ? new String[] {"train", file.toString(), "--dry-run", "--out", out}
                : new String[] {"sweep", file.toString(), "--dry-run", "--out", out};
        CliRunner result = Assertions.assertTimeoutPreemptively(BOUND, () -> CliRunner.run(args), () -> "within "
                + BOUND.toSeconds() + " s: " + String.join(" ", args));

        assertThat(result.status()).as("status of %s:%n%s%n%s", original.getFileName(), text, result.err()).isIn(0, 2);
        if (result.status() == 2) {
            assertThat(result.errLines()).as("one line for %s:%n%s", original.getFileName(), text).hasSize(1);
        }
        assertThat(result.err()).doesNotContain("internal error").doesNotContain("\tat ");
    }

    @Provide
    Arbitrary<Integer> seedIndex() {
        return Arbitraries.integers().between(0, 10_000);
    }
}

package org.agora.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * A MAPPO-PIS training of four episodes on the easy merge through {@code agora train}, for the
 * tests of that command and of the commands that read its output.
 *
 * @param file the training file it wrote
 * @param out the training's output folder (policy.json, learning-curve.csv, ...)
 * @param result what {@code agora train} printed; its status was 0
 */
record TinyTraining(Path file, Path out, CliRunner result) {

    /** Trains in {@code dir} with training seed {@code seed}, evaluating {@code count} seeds every {@code interval} episodes. */
    static TinyTraining train(Path dir, int seed, int interval, int count) throws IOException {
        Path file = Files.writeString(dir.resolve("tiny.yaml"), """
                algorithm: mappo-pis
                scenario: {density: easy, safetyModule: false}
                episodes: 4
                seed: %d
                evaluation: {interval: %d, count: %d}
                hyperparameters: {hiddenSize: 16}
                """.formatted(seed, interval, count));
        Path out = dir.resolve("out");
        CliRunner result = CliRunner.run("train", file.toString(), "--out", out.toString());
        assertThat(result.status()).as(result.err()).isZero();
        return new TinyTraining(file, out, result);
    }
}

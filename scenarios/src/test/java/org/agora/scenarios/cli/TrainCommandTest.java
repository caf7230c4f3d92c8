package org.agora.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code agora train} end to end, and its policy in {@code agora run}. */
class TrainCommandTest {

    @TempDir
    Path dir;

    @Test
    void aTinyTrainingWritesAPolicyThatRunsAndRefusesAScenarioWithoutIntents() throws IOException {
        TinyTraining training = TinyTraining.train(dir, 3, 2, 2);
        Path out = training.out();
        CliRunner trained = training.result();
        assertThat(trained.out()).contains("episode 4/4").contains("done: ");
        for (String name : new String[] {"policy.json", "checkpoint.json", "learning-curve.csv", "events.jsonl"}) {
            assertThat(out.resolve(name)).exists();
        }
        assertThat(Files.readAllLines(out.resolve("learning-curve.csv"))).hasSize(3);

        String model = "model=" + out.resolve("policy.json");
        CliRunner run = CliRunner.run("run", "v2x-merge", "--set", "density=easy", "--set", "policy=learned", "--set", model,
                "--until", "20", "--out", dir.resolve("run").toString());
        assertThat(run.status()).as(run.err()).isZero();

        CliRunner refused = CliRunner.run("run", "v2x-merge", "--set", "policy=learned", "--set", model,
                "--set", "intentSharing=false", "--out", dir.resolve("refused").toString());
        assertThat(refused.status()).isEqualTo(2);
        assertThat(refused.errLines()).singleElement().asString()
                .contains("parameters.model").contains("intent sharing is off");
        assertThat(dir.resolve("refused")).doesNotExist();

        CliRunner again = CliRunner.run("train", training.file().toString(), "--out", out.toString());
        assertThat(again.status()).isEqualTo(2);
        assertThat(again.errLines()).singleElement().asString().contains("--resume");
    }

    @Test
    void aWrongTrainingFileIsOneLineAndStatus2() throws IOException {
        Path file = Files.writeString(dir.resolve("bad.yaml"), "algorithm: mappo\nepisodes: 3\nhyperparameters: {gamma: 2}\n");
        CliRunner result = CliRunner.run("train", file.toString(), "--out", dir.resolve("out").toString());
        assertThat(result.status()).isEqualTo(2);
        assertThat(result.errLines()).singleElement().asString().contains("bad.yaml:3: hyperparameters.gamma");
        assertThat(dir.resolve("out")).doesNotExist();
    }
}

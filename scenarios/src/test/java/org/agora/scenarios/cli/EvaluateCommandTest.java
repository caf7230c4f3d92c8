package org.agora.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code agora evaluate} on a policy trained here. */
class EvaluateCommandTest {

    @TempDir
    static Path dir;

    private static Path policy;
    private static String[] lastCurveRow;

    @BeforeAll
    static void trainATinyPolicy() throws IOException {
        Path out = TinyTraining.train(dir, 5, 4, 3).out();
        policy = out.resolve("policy.json");
        List<String> curve = Files.readAllLines(out.resolve("learning-curve.csv"));
        lastCurveRow = curve.get(curve.size() - 1).split(",");
    }

    @Test
    void theMergeOfTrainingGivesTheTrainingsOwnLastEvaluationBesideRandomActions() {
        CliRunner evaluated = CliRunner.run("evaluate", policy.toString(), "--count", "3");
        assertThat(evaluated.status()).as(evaluated.err()).isZero();
        assertThat(evaluated.out()).contains("mappo-pis (4 episodes, seed 5) on 3 test seeds")
                .contains("density easy, safety module off, sampled actions").doesNotContain("changed from training");
        String policyRow = row(evaluated, "| policy, sampled |");
        String expected = String.format(Locale.ROOT, "| policy, sampled | 3 | %.1f ± %.1f | %.2f | %.2f | %.1f |",
                Double.parseDouble(lastCurveRow[3]), Double.parseDouble(lastCurveRow[4]), Double.parseDouble(lastCurveRow[5]),
                Double.parseDouble(lastCurveRow[6]), Double.parseDouble(lastCurveRow[7]));
        assertThat(policyRow).isEqualTo(expected);
        assertThat(row(evaluated, "| uniform random |")).startsWith("| uniform random | 3 | ");

        CliRunner again = CliRunner.run("evaluate", policy.toString(), "--count", "3");
        assertThat(again.out()).isEqualTo(evaluated.out());
    }

    @Test
    void aChangedParameterIsEvaluatedAndNamed() {
        CliRunner off = CliRunner.run("evaluate", policy.toString(), "--count", "3", "--actions", "greedy");
        CliRunner on = CliRunner.run("evaluate", policy.toString(), "--count", "3", "--actions", "greedy",
                "--set", "safetyModule=true");
        assertThat(on.status()).as(on.err()).isZero();
        assertThat(on.out()).contains("safety module on (changed from training: safetyModule=true)")
                .contains("| policy, greedy | 3 | ");
        assertThat(row(on, "| uniform random |")).isNotEqualTo(row(off, "| uniform random |"));
    }

    @Test
    void badInputIsOneLineAndStatus2() {
        assertOneLine(CliRunner.run("evaluate", policy.toString(), "--set", "intentSharing=false"), "intent sharing is off");
        assertOneLine(CliRunner.run("evaluate", policy.toString(), "--set", "density=inflow"), "easy, medium or hard");
        assertOneLine(CliRunner.run("evaluate", policy.toString(), "--set", "densty=hard"), "unknown parameter");
        assertOneLine(CliRunner.run("evaluate", policy.toString(), "--actions", "best"), "greedy or sampled");
        assertOneLine(CliRunner.run("evaluate", policy.toString(), "--count", "0"), "at least 1");
        assertOneLine(CliRunner.run("evaluate", dir.resolve("tiny.yaml").toString()), "tiny.yaml");
    }

    private static void assertOneLine(CliRunner result, String text) {
        assertThat(result.status()).as(result.out()).isEqualTo(2);
        assertThat(result.errLines()).singleElement().asString().contains(text).doesNotContain("Exception");
    }

    private static String row(CliRunner result, String start) {
        return result.out().lines().filter(line -> line.startsWith(start)).findFirst().orElseThrow();
    }
}

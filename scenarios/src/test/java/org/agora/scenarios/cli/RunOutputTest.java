package org.agora.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.agora.core.config.SimTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What a researcher reads after a run: the summary with units, in the domain's words; one knob for the run's length. */
class RunOutputTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aCommonsRunSaysItsOutcomeInTheStudysWordsWithUnitsAndMonths() throws IOException {
        Path out = dir.resolve("fishery");
        CliRunner result = CliRunner.run("run", "govsim-fishery", "--out", out.toString());
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out().lines().findFirst().orElseThrow()).contains("12 months simulated").doesNotContain("28512000");
        assertThat(result.out())
                .containsPattern("outcome\\s+collapsed in month 12 of 12, the last month, which GovSim counts as survival")
                .containsPattern("survivalTime\\s+12 months")
                .containsPattern("efficiency\\s+0.55 \\(55%\\)")
                .containsPattern("gainMean\\s+66 t")
                .containsPattern("equality\\s+0.9758 \\(97.6%\\)")
                .contains("gainPerKind: conditional-cooperator 68 t, noisy-sustainable 58 t");
        JsonNode summary = JSON.readTree(out.resolve("summary.json").toFile());
        assertThat(summary.get("units").get("survivalTime").asText()).isEqualTo("months");
        assertThat(summary.get("units").get("gainMean").asText()).isEqualTo("t");
        assertThat(summary.get("units").get("efficiency").asText()).isEqualTo("fraction");
    }

    @Test
    void theRoundLimitAloneSetsTheStopTime() throws IOException {
        Path out = dir.resolve("rounds");
        CliRunner result = CliRunner.run("run", "govsim-fishery-sustainable", "--set", "rounds=24", "--out", out.toString());
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out()).containsPattern("survivalTime\\s+24 months").contains("24 months simulated");
        assertThat(JSON.readTree(out.resolve("manifest.json").toFile()).get("untilSeconds").asDouble()).isEqualTo(24 * SimTime.MONTH);
    }

    @Test
    void theStopTimeAloneSetsTheRoundLimitQuotedOrNot() throws IOException {
        for (String[] until : new String[][] {{"24months"}, {"24", "months"}}) {
            Path out = dir.resolve("until-" + until.length);
            String[] args = new String[4 + until.length];
            args[0] = "run";
            args[1] = "govsim-fishery-sustainable";
            args[2] = "--until";
            System.arraycopy(until, 0, args, 3, until.length);
            args[args.length - 1] = "--out=" + out;
            CliRunner result = CliRunner.run(args);
            assertThat(result.status()).as(result.err()).isZero();
            assertThat(result.out()).containsPattern("survivalTime\\s+24 months");
            assertThat(JSON.readTree(out.resolve("manifest.json").toFile()).get("parameters").get("rounds").asInt()).isEqualTo(24);
        }
    }

    @Test
    void aStopTimeBeforeTheRoundLimitSaysWhy() {
        CliRunner result = CliRunner.run("run", "govsim-fishery-sustainable", "--set", "rounds=24", "--until", "6 months",
                "--out", dir.resolve("both").toString());
        assertThat(result.status()).isZero();
        assertThat(result.err()).contains("--until stops the run after round 6, before the 24 rounds of --set rounds=24");
    }

    @Test
    void theSmallCellRunPrintsTheAllocatorComparisonAsATable() {
        CliRunner result = CliRunner.run("run", "smallcell-market", "--until", "20 s", "--out", dir.resolve("cells").toString());
        assertThat(result.status()).as(result.err()).isZero();
        assertThat(result.out())
                .containsPattern("\\s+market\\s+waitForHandover\\s+equalSplit\\s+optimum\\s+unit")
                .containsPattern("outageTime(\\s+[0-9.]+){4}\\s+user·s")
                .containsPattern("bitsDuringHandovers(\\s+[0-9.E]+){4}\\s+bit")
                .containsPattern("welfare(\\s+[0-9.]+){4}\\s+credits/s")
                .containsPattern("gapToOptimum(\\s+[0-9.]+){4}\\s+fraction");
    }

    @Test
    void describeShowsStopTimesInMonths() {
        CliRunner result = CliRunner.run("describe", "govsim-fishery-newcomer");
        assertThat(result.out()).contains("Stop time: 15 months (default 12 months)", "a round is 1 month", "add-agent in round 3")
                .doesNotContain("31104000");
    }
}

package org.agora.scenarios.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agora.core.run.JsonFiles;
import org.agora.core.run.SmallDisk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run or a sweep whose disk fills up: the cause named, the manifest marked failed, the events
 * file readable and counted; the sweep's next start, once there is room, redoes what is missing.
 */
class FullDiskTest {

    @TempDir
    Path dir;

    @Test
    void aFullDiskIsNamedAndTheManifestSaysWhichEventsAreWhere() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(dir, "1m")) {
            Path out = disk.path().resolve("run");
            CliRunner run = CliRunner.run("run", "test-walkers", "--set", "interval=0.01", "--until", "100000", "--out", out.toString());

            assertThat(run.status()).as(run.err()).isEqualTo(1);
            assertThat(run.errLines()).singleElement().asString()
                    .startsWith("agora run: failed: no space left on device: " + out + "; events.jsonl keeps the first ")
                    .doesNotContain("internal error");
            JsonNode manifest = JsonFiles.mapper().readTree(out.resolve("manifest.json").toFile());
            assertThat(manifest.get("status").asText()).isEqualTo("failed");
            String reason = manifest.get("reason").asText();
            Matcher kept = Pattern.compile("keeps the first ([\\d,]+) of the ([\\d,]+) events").matcher(reason);
            assertThat(kept.find()).as(reason).isTrue();
            String events = Files.readString(out.resolve("events.jsonl"));
            assertThat(events).as("whole lines only").endsWith("\n");
            assertThat(events.lines().count()).isEqualTo(Long.parseLong(kept.group(1).replace(",", "")));
            assertThat(out.resolve("manifest.json.tmp")).doesNotExist();
            try (var files = Files.list(out)) {
                assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
            }
        }
    }

    @Test
    void aSweepStartedOnAFullDiskSaysSoAndLeavesNoPartialFile() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(dir, "1m")) {
            disk.fillUp();
            Path out = disk.path().resolve("sweep");
            CliRunner full = CliRunner.run("sweep", "src/test/resources/experiments/walkers-grid.yaml", "--out", out.toString());

            assertThat(full.status()).as(full.err()).isEqualTo(1);
            assertThat(full.errLines()).singleElement().asString()
                    .isEqualTo("agora sweep: failed: no space left on device: " + out + "; make room and run the same command again");
            try (var files = Files.list(out)) {
                assertThat(files.map(p -> p.getFileName().toString())).noneMatch(name -> name.endsWith(".tmp"));
            }
        }
    }

    /**
     * A sweep of 4 runs of the walkers, {@code walk.yaml} in {@code dir}; with run events, each
     * run writes some hundreds of kB (a 1 MB disk holds one to three of them).
     */
    static Path walkingSweep(Path dir, boolean events) throws java.io.IOException {
        return Files.writeString(dir.resolve("walk.yaml"), "name: walk\nscenario: test-walkers\nuntil: 12\n"
                + (events ? "parameters: {interval: 0.01}\nevents: true\n" : "") + "replications: 4\n");
    }

    @Test
    void aSweepWhoseDiskFillsNamesTheCauseAndItsNextStartRedoesWhatIsMissing() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(dir, "1m")) {
            Path file = walkingSweep(dir, true);
            Path out = disk.path().resolve("sweep");
            CliRunner full = CliRunner.run("sweep", file.toString(), "--out", out.toString(), "--threads", "1");

            assertThat(full.status()).as(full.err()).isEqualTo(1);
            assertThat(full.errLines()).singleElement().asString()
                    .matches("agora sweep: failed: run \\d not recorded: no space left on device: \\Q" + out.resolve("runs")
                            + "\\E/000\\d; events.jsonl keeps the first .*; \\d of 4 runs recorded in \\Q" + out
                            + "\\E; make room and run the same command again to continue");
            int recordedBefore = Files.readAllLines(out.resolve("results.jsonl")).size();
            assertThat(recordedBefore).as("the runs that fitted stay recorded").isBetween(1, 3);

            disk.resize("16m");
            CliRunner resumed = CliRunner.run("sweep", file.toString(), "--out", out.toString(), "--threads", "1");
            assertThat(resumed.status()).as(resumed.err()).isZero();
            assertThat(resumed.out()).startsWith("done: " + out + " (4 runs: 4 done, 0 failed; " + recordedBefore
                    + " recorded before, this start ran " + (4 - recordedBefore) + " on 1 thread");
            for (int run = 0; run < 4; run++) {
                assertThat(JsonFiles.mapper().readTree(out.resolve("runs/000" + run + "/manifest.json").toFile())
                        .get("status").asText()).as("run %d", run).isEqualTo("done");
            }
            assertThat(out.resolve("sweep.json")).content().contains("\"status\" : \"complete\"");
        }
    }
}

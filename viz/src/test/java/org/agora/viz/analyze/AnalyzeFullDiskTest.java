package org.agora.viz.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.agora.core.run.HeadlessRun;
import org.agora.core.run.SmallDisk;
import org.agora.core.scenario.ScenarioCatalog;
import org.agora.core.testing.WalkersScenario;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code analyze --out} on a disk that is full: the cause named in one line, status 1, the run untouched. */
class AnalyzeFullDiskTest {

    @TempDir
    Path dir;

    @Test
    void aReportOnAFullDiskNamesTheCauseAndLeavesTheRunAsItWas() throws Exception {
        Path run = dir.resolve("run");
        assertThat(new HeadlessRun(ScenarioCatalog.installed().resolve(WalkersScenario.ID).withUntil(20), run).execute().done()).isTrue();
        String events = Files.readString(run.resolve("events.jsonl"));
        try (SmallDisk disk = SmallDisk.mount(dir, "1m")) {
            Path out = disk.path().resolve("analysis");
            Files.createDirectories(out);
            disk.fillUp();

            Cli cli = Cli.run("analyze", run.toString(), "--out", out.toString());

            assertThat(cli.status()).as(cli.err()).isEqualTo(1);
            assertThat(cli.err().strip()).doesNotContain("\n").doesNotContain("internal error")
                    .startsWith("agora analyze: failed: cannot write " + out)
                    .endsWith("(no space left on device); make room and run the same command again");
            assertThat(run.resolve("events.jsonl")).hasContent(events);
        }
    }
}

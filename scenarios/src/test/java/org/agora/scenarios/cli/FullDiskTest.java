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

/** A run whose disk fills up: the cause named, the manifest marked failed, the events file readable and counted. */
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
}

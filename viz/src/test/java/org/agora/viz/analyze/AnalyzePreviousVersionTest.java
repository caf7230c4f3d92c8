package org.agora.viz.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.agora.core.sink.EventJsonCodec;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code agora analyze} reads a file of the previous event schema (version 1: the golden runs as the
 * platform wrote them before units went into field names, kept in the scenarios module's
 * {@code golden/v1}) and reports exactly what it reports on the same run written under the current
 * version: the same lines, the same summary, the same charts. Headless.
 */
class AnalyzePreviousVersionTest {

    private static final Path VERSION_1 = Path.of("../scenarios/src/test/resources/golden/v1");

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource({"govsim-fishery-short, ../agents/src/test/resources/golden",
        "v2x-merge-short, ../scenarios/src/test/resources/golden",
        "smallcell-market-short, ../scenarios/src/test/resources/golden"})
    void aVersion1FileGivesTheSameReportAsTheSameRunInTheCurrentVersion(String name, Path currentGoldens)
            throws IOException {
        Path old = copy(VERSION_1.resolve(name + ".jsonl"), dir.resolve("v1/events.jsonl"));
        Path current = copy(currentGoldens.resolve(name + ".jsonl"), dir.resolve("now/events.jsonl"));
        assertThat(Files.readString(old)).contains(",\"v\":1,").doesNotContain(",\"v\":2,");
        assertThat(Files.readString(current)).contains(",\"v\":" + EventJsonCodec.SCHEMA_VERSION + ",")
                .doesNotContain(",\"v\":1,");

        Cli fromOld = Cli.run("analyze", old.toString(), "--out", dir.resolve("report-v1").toString());
        Cli fromCurrent = Cli.run("analyze", current.toString(), "--out", dir.resolve("report-now").toString());


        assertThat(fromOld.status()).as(fromOld.err()).isZero();
        assertThat(fromCurrent.status()).as(fromCurrent.err()).isZero();
        assertThat(placeless(fromOld.err(), "v1")).isEqualTo(placeless(fromCurrent.err(), "now"));
        assertThat(placeless(fromOld.out(), "v1")).isEqualTo(placeless(fromCurrent.out(), "now")).isNotBlank();
        List<Path> files = files(dir.resolve("report-v1"));
        assertThat(files).as("the report's files").isEqualTo(files(dir.resolve("report-now"))).isNotEmpty();
        for (Path file : files) {
            byte[] fromV1 = Files.readAllBytes(dir.resolve("report-v1").resolve(file));
            byte[] fromNow = Files.readAllBytes(dir.resolve("report-now").resolve(file));
            if (file.toString().endsWith(".png")) {
                assertThat(fromV1).as("%s", file).isEqualTo(fromNow);
            } else {
                assertThat(placeless(new String(fromV1, StandardCharsets.UTF_8), "v1")).as("%s", file)
                        .isEqualTo(placeless(new String(fromNow, StandardCharsets.UTF_8), "now"));
            }
        }
    }

    /** The text with the run's and the report's directories (which differ by version) replaced by words. */
    private String placeless(String text, String version) {
        return text.replace(dir.resolve(version).toString(), "RUN").replace(dir.resolve("report-" + version).toString(), "REPORT");
    }

    private static Path copy(Path from, Path to) throws IOException {
        Files.createDirectories(to.getParent());
        return Files.copy(from, to);
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }
}

package org.agora.scenarios.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.agora.core.event.Event;
import org.agora.core.sink.EventJsonCodec;
import org.agora.core.sink.MalformedEventException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The golden runs as schema version 1 wrote them ({@code golden/v1}, kept as they were), read through
 * the catalogs' field changes and written again, are the current golden files byte for byte: so the
 * move to version 2 changed names and spellings only, and a reader of version 1 files loses nothing.
 */
class PreviousSchemaGoldenTest {

    /** Each golden file of version 1 with its current counterpart. */
    enum Golden {
        COMMONS("govsim-fishery-short", Path.of("../agents/src/test/resources/golden/govsim-fishery-short.jsonl")),
        MERGE("v2x-merge-short", Path.of("src/test/resources/golden/v2x-merge-short.jsonl")),
        SMALL_CELL("smallcell-market-short", Path.of("src/test/resources/golden/smallcell-market-short.jsonl"));

        final Path version1;
        final Path current;

        Golden(String name, Path current) {
            this.version1 = Path.of("src/test/resources/golden/v1", name + ".jsonl");
            this.current = current;
        }
    }

    private final EventJsonCodec codec = EventJsonCodec.installed();

    @ParameterizedTest
    @EnumSource(Golden.class)
    void aVersion1GoldenFileReadAndWrittenAgainIsTheCurrentOne(Golden golden) throws IOException, MalformedEventException {
        List<String> old = Files.readAllLines(golden.version1, StandardCharsets.UTF_8);
        List<String> current = Files.readAllLines(golden.current, StandardCharsets.UTF_8);
        assertThat(old).as("version 1 lines").allMatch(line -> line.contains(",\"v\":1,"));
        assertThat(old).hasSameSizeAs(current);
        for (int i = 0; i < old.size(); i++) {
            Event event = codec.decode(old.get(i));
            assertThat(EventJsonCodec.toJson(event)).as("%s line %d", golden.version1, i + 1).isEqualTo(current.get(i));
        }
    }
}

package org.agora.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class GoldenEventsTest {

    private static final String STREAM = """
            {"type":"RunStarted","time":0.0,"seq":0,"run":"r","source":"run","parameters":{"rate":0.5,"lanes":[1,2]}}
            {"type":"CarMoved","time":0.1,"seq":1,"run":"r","source":"car-1","speedMps":12.5,"lane":1}
            {"type":"CarMoved","time":0.1,"seq":2,"run":"r","source":"car-2","speedMps":30.0,"lane":2}
            """;

    @Test
    void equalStreamsHaveNoDifference() {
        assertThat(GoldenEvents.firstDifference(STREAM, STREAM, 0)).isEmpty();
    }

    @Test
    void theFirstDifferingEventIsNamedByLineTypeSequenceAndField() {
        String changed = STREAM.replace("\"speedMps\":12.5", "\"speedMps\":13.0").replace("\"speedMps\":30.0", "\"speedMps\":31.0");
        assertThat(GoldenEvents.firstDifference(STREAM, changed, 1e-9)).hasValueSatisfying(difference -> {
            assertThat(difference.line()).isEqualTo(2);
            assertThat(difference.field()).isEqualTo("speedMps");
            assertThat(difference.describe()).isEqualTo("line 2 (CarMoved #1): speedMps expected 12.5 but was 13.0");
        });
    }

    @Test
    void nestedFieldsAreNamedByTheirPath() {
        String changed = STREAM.replace("\"lanes\":[1,2]", "\"lanes\":[1,3]");
        assertThat(GoldenEvents.firstDifference(STREAM, changed, 1e-9).orElseThrow().field()).isEqualTo("parameters.lanes[1]");
    }

    @Test
    void numbersWithinTheToleranceAgreeAndBeyondItDoNot() {
        String lastDigits = STREAM.replace("\"speedMps\":12.5", "\"speedMps\":12.500000000001");
        assertThat(GoldenEvents.firstDifference(STREAM, lastDigits, 1e-9)).isEmpty();
        assertThat(GoldenEvents.firstDifference(STREAM, lastDigits, 0)).isPresent();
        assertThat(GoldenEvents.firstDifference(STREAM, STREAM.replace("12.5", "12.6"), 1e-3)).isPresent();
    }

    @Test
    void aMissingOrExtraEventOrFieldIsADifference() {
        String shorter = STREAM.substring(0, STREAM.lastIndexOf("{\"type\""));
        assertThat(GoldenEvents.firstDifference(STREAM, shorter, 0).orElseThrow().describe())
                .isEqualTo("line 3 (CarMoved #2) expected this event but was the end of the stream");
        assertThat(GoldenEvents.firstDifference(shorter, STREAM, 0).orElseThrow().describe())
                .isEqualTo("line 3 (CarMoved #2) expected the end of the stream but was this event");
        assertThat(GoldenEvents.firstDifference(STREAM, STREAM.replace(",\"lane\":1}", "}"), 0).orElseThrow().describe())
                .isEqualTo("line 2 (CarMoved #1): lane expected 1 but was (none)");
        assertThat(GoldenEvents.firstDifference(STREAM, STREAM.replace(",\"lane\":1}", ",\"lane\":1,\"x\":true}"), 0)
                .orElseThrow().field()).isEqualTo("x");
    }

    @Test
    void aGoldenFileMismatchNamesTheFirstDifferenceAndWhetherOnlyTheLastDigitsMoved(@TempDir Path dir) throws IOException {
        Path golden = dir.resolve("golden.jsonl");
        Files.writeString(golden, STREAM);
        GoldenEvents.assertMatchesGolden(golden, STREAM, false);
        assertThatThrownBy(() -> GoldenEvents.assertMatchesGolden(golden, STREAM.replace("30.0", "31.0"), false))
                .hasMessageContaining("line 3 (CarMoved #2): speedMps expected 30.0 but was 31.0")
                .hasMessageNotContaining("only the last digits");
        assertThatThrownBy(() -> GoldenEvents.assertMatchesGolden(golden, STREAM.replace("30.0", "30.000000000001"), false))
                .hasMessageContaining("line 3 (CarMoved #2): speedMps")
                .hasMessageContaining("only the last digits moved");
    }
}

package org.agora.core.kafka;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** Record keys: encoded once per source while it keeps its slot, always the source's own bytes. */
class RecordKeysTest {

    private final RecordKeys keys = new RecordKeys();

    @Test
    void aSourceGetsTheSameArrayAtEachEventEvenFromAnEqualStringMadeAnew() {
        byte[] first = keys.of("walker-7");
        String again = new StringBuilder("walker-").append(7).toString();
        assertThat(keys.of(again)).isSameAs(first);
        assertThat(new String(first, StandardCharsets.UTF_8)).isEqualTo("walker-7");
    }

    @Test
    void sourcesThatShareASlotEachGetTheirOwnBytes() {
        // "Aa" and "BB" have the same hash code, so they take turns in one slot
        assertThat("Aa".hashCode()).isEqualTo("BB".hashCode());
        for (int round = 0; round < 3; round++) {
            assertThat(new String(keys.of("Aa"), StandardCharsets.UTF_8)).isEqualTo("Aa");
            assertThat(new String(keys.of("BB"), StandardCharsets.UTF_8)).isEqualTo("BB");
        }
        assertThat(new String(keys.of("fleet-é"), StandardCharsets.UTF_8)).as("UTF-8, not Latin-1").isEqualTo("fleet-é");
    }
}

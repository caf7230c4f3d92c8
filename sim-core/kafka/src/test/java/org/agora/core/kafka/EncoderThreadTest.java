package org.agora.core.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.agora.core.event.EventHeader;
import org.agora.core.sink.EventJsonCodec;
import org.agora.core.testing.WalkerStepped;
import org.junit.jupiter.api.Test;

/** The ring between the simulation thread and the encoder: order, backpressure, failures in their place. */
class EncoderThreadTest {

    private static WalkerStepped event(long seq) {
        return new WalkerStepped(new EventHeader(seq, "run-1", seq, "walker-" + seq % 7), (int) seq, seq * 0.5);
    }

    @Test
    void manyTimesTheRingsCapacityComeBackEncodedInOrderAndNoneIsDropped() {
        int count = EncoderThread.CAPACITY * 5 + 17;
        List<String> back = new ArrayList<>();
        List<Long> seqs = new ArrayList<>();
        try (EncoderThread encoding = new EncoderThread()) {
            for (long seq = 0; seq < count; seq++) {
                while (!encoding.hasRoom()) {
                    encoding.next((event, json) -> {
                        seqs.add(event.header().seq());
                        back.add(new String(json, StandardCharsets.UTF_8));
                    });
                }
                encoding.submit(event(seq));
            }
            assertThat(encoding.hasRoom()).as("the ring filled: the submitter waited for the encoder").isFalse();
            while (encoding.hasPending()) {
                encoding.next((event, json) -> {
                    seqs.add(event.header().seq());
                    back.add(new String(json, StandardCharsets.UTF_8));
                });
            }
        }
        assertThat(seqs).hasSize(count).isSorted().doesNotHaveDuplicates();
        for (int seq = 0; seq < count; seq += 997) {
            assertThat(back.get(seq)).isEqualTo(EventJsonCodec.toJson(event(seq)));
        }
    }

    @Test
    void anEventTheCodecRefusesFailsWhenItsTurnComesAfterTheOnesBeforeIt() {
        List<Long> sent = new ArrayList<>();
        try (EncoderThread encoding = new EncoderThread()) {
            encoding.submit(event(0));
            encoding.submit(new WalkerStepped(null, 1, 0.5)); // no header: the codec cannot write it
            encoding.submit(event(2));
            encoding.next((event, json) -> sent.add(event.header().seq()));
            assertThatThrownBy(() -> encoding.next((event, json) -> sent.add(event.header().seq())))
                    .isInstanceOf(RuntimeException.class);
            encoding.next((event, json) -> sent.add(event.header().seq()));
        }
        assertThat(sent).containsExactly(0L, 2L);
    }
}

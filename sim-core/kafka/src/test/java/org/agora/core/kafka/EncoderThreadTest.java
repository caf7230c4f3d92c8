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

/** The ring between the simulation thread, the encoder and the taker: order, backpressure, failures in their place. */
class EncoderThreadTest {

    private static WalkerStepped event(long seq) {
        return new WalkerStepped(new EventHeader(seq, "run-1", seq, "walker-" + seq % 7), (int) seq, seq * 0.5);
    }

    @Test
    void manyTimesTheRingsCapacityComeBackEncodedInOrderOnAnotherThreadAndNoneIsDropped() throws Exception {
        int count = EncoderThread.CAPACITY * 5 + 17;
        List<String> back = new ArrayList<>();
        List<Long> seqs = new ArrayList<>();
        boolean sawFull = false;
        try (EncoderThread encoding = new EncoderThread()) {
            Thread taker = new Thread(() -> {
                while (seqs.size() < count) {
                    if (encoding.nextReady()) {
                        encoding.next((event, json) -> {
                            seqs.add(event.header().seq());
                            back.add(new String(json, StandardCharsets.UTF_8));
                        });
                    } else {
                        Thread.onSpinWait();
                    }
                    if (seqs.size() == EncoderThread.CAPACITY) {
                        sleepQuietly(200); // the submitter meets a full ring meanwhile
                    }
                }
            });
            taker.start();
            for (long seq = 0; seq < count; seq++) {
                sawFull |= !encoding.hasRoom();
                encoding.awaitRoom();
                encoding.submit(event(seq));
            }
            taker.join(60_000);
            assertThat(taker.isAlive()).isFalse();
            assertThat(encoding.taken()).isEqualTo(count);
        }
        assertThat(sawFull).as("the ring filled: the submitter waited for the taker").isTrue();
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
            takeNext(encoding, sent);
            assertThatThrownBy(() -> takeNext(encoding, sent)).isInstanceOf(RuntimeException.class);
            takeNext(encoding, sent);
            assertThat(encoding.taken()).as("the refused event counts as taken").isEqualTo(3);
        }
        assertThat(sent).containsExactly(0L, 2L);
    }

    private static void takeNext(EncoderThread encoding, List<Long> sent) {
        while (!encoding.nextReady()) {
            Thread.onSpinWait();
        }
        encoding.next((event, json) -> sent.add(event.header().seq()));
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

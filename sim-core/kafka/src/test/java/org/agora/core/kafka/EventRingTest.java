package org.agora.core.kafka;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.agora.core.event.Event;
import org.agora.core.event.EventHeader;
import org.agora.core.testing.WalkerStepped;
import org.junit.jupiter.api.Test;

/** The ring between the simulation thread and the sender: order, backpressure, failures counted in their place. */
class EventRingTest {

    private static WalkerStepped event(long seq) {
        return new WalkerStepped(new EventHeader(seq, "run-1", seq, "walker-" + seq % 7), (int) seq, seq * 0.5);
    }

    @Test
    void manyTimesTheRingsCapacityComeBackInOrderOnAnotherThreadAndNoneIsDropped() throws Exception {
        int count = EventRing.CAPACITY * 5 + 17;
        List<Event> back = new ArrayList<>();
        boolean sawFull = false;
        try (EventRing ring = new EventRing()) {
            Thread taker = new Thread(() -> {
                while (back.size() < count) {
                    if (ring.nextReady()) {
                        ring.next(back::add);
                    } else {
                        ring.awaitSubmitted();
                    }
                    if (back.size() == EventRing.CAPACITY) {
                        sleepQuietly(200); // the submitter meets a full ring meanwhile
                    }
                }
            });
            taker.start();
            for (long seq = 0; seq < count; seq++) {
                sawFull |= !ring.hasRoom();
                ring.awaitRoom();
                ring.submit(event(seq));
            }
            taker.join(60_000);
            assertThat(taker.isAlive()).isFalse();
            assertThat(ring.taken()).isEqualTo(count);
        }
        assertThat(sawFull).as("the ring filled: the submitter waited for the taker").isTrue();
        assertThat(back).extracting(e -> e.header().seq()).hasSize(count).isSorted().doesNotHaveDuplicates();
        for (int seq = 0; seq < count; seq += 997) {
            assertThat(back.get(seq)).isEqualTo(event(seq));
        }
    }

    @Test
    void anEventWhoseHandlerFailsCountsAsTakenAndTheNextOneFollows() {
        List<Long> handled = new ArrayList<>();
        try (EventRing ring = new EventRing()) {
            ring.submit(event(0));
            ring.submit(event(1));
            ring.submit(event(2));
            ring.next(e -> handled.add(e.header().seq()));
            assertThatThrownBy(() -> ring.next(e -> {
                throw new IllegalStateException("refused");
            })).hasMessage("refused");
            ring.next(e -> handled.add(e.header().seq()));
            assertThat(ring.taken()).as("the refused event counts as taken").isEqualTo(3);
            assertThat(ring.nextReady()).isFalse();
        }
        assertThat(handled).containsExactly(0L, 2L);
    }

    @Test
    void aSubmitterThatOutrunsAFullRingIsRefusedRatherThanOverwritingAnEvent() {
        try (EventRing ring = new EventRing()) {
            for (long seq = 0; seq < EventRing.CAPACITY; seq++) {
                ring.submit(event(seq));
            }
            assertThat(ring.hasRoom()).isFalse();
            assertThatThrownBy(() -> ring.submit(event(EventRing.CAPACITY))).isInstanceOf(IllegalStateException.class);
            ring.next(e -> assertThat(e.header().seq()).isZero());
        }
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}

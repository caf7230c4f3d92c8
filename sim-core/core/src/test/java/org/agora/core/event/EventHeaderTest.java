package org.agora.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.junit.jupiter.api.Test;

/**
 * The header keeps only the lower half of its sequence number and shares the run id and the upper
 * half with the other headers of its run: what it gives back must be what it was made with.
 */
class EventHeaderTest {

    @Property
    void givesBackTheValuesItWasMadeWith(@ForAll double time, @ForAll @LongRange(min = 0, max = Long.MAX_VALUE) long seq,
            @ForAll String runId, @ForAll String source) {
        EventHeader header = new EventHeader(time, runId, seq, source);
        assertThat(header.seq()).isEqualTo(seq);
        assertThat(header.time()).isEqualTo(time);
        assertThat(header.runId()).isEqualTo(runId);
        assertThat(header.source()).isEqualTo(source);
        assertThat(header).isEqualTo(new EventHeader(time, runId, seq, source))
                .hasSameHashCodeAs(new EventHeader(time, runId, seq, source));
    }

    @Test
    void equalsComparesEveryValueAsARecordWould() {
        EventHeader header = new EventHeader(1.5, "run-1", 7, "cat");
        assertThat(header).isNotEqualTo(new EventHeader(1.5, "run-1", 7 + (1L << 32), "cat"))
                .isNotEqualTo(new EventHeader(1.5, "run-2", 7, "cat"))
                .isNotEqualTo(new EventHeader(1.5, "run-1", 7, "dog"))
                .isNotEqualTo(new EventHeader(-1.5, "run-1", 7, "cat"));
        assertThat(new EventHeader(0.0, "r", 0, "s")).isNotEqualTo(new EventHeader(-0.0, "r", 0, "s"));
        assertThat(new EventHeader(Double.NaN, "r", 0, "s")).isEqualTo(new EventHeader(Double.NaN, "r", 0, "s"));
        assertThat(header).hasToString("EventHeader[time=1.5, runId=run-1, seq=7, source=cat]");
    }

    @Test
    void theBusNumbersOnWhenTheLowerHalfWrapsAround() {
        long first = (1L << 32) - 2;
        EventBus bus = new EventBus("run-1", () -> 3.0, first);
        for (long expected = first; expected < first + 4; expected++) {
            EventHeader header = bus.stamp("cat");
            bus.publish(new EventBusTest.RainFell(header, 1));
            assertThat(header).isEqualTo(new EventHeader(3.0, "run-1", expected, "cat"));
        }
        assertThat(bus.stamp("cat").seq()).isEqualTo((1L << 32) + 2);
    }
}

package org.agora.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import org.junit.jupiter.api.Test;

/**
 * An event stamped in a statement of its own and handed to a handler that keeps nothing costs no
 * allocation once the JIT has compiled the publishing code: neither the event nor its header
 * (see {@link EventBus#stamp}). Guards the stamping code's shape, on which that depends.
 */
class EventBusAllocationTest {

    record WalkerStepped(EventHeader header, double position) implements Event {
    }

    private static final int EVENTS_PER_BATCH = 100_000;
    /** Long enough for the JIT to compile the batch on a loaded machine; a few hundred ms when idle. */
    private static final long DEADLINE_NANOS = 60_000_000_000L;

    private double now;
    private long handled;
    private final EventBus bus = new EventBus("run-1", () -> now);
    private double position;

    @Test
    void aStampedEventHandedToAHandlerThatKeepsNothingAllocatesNothingOnceCompiled() {
        bus.subscribeAll(event -> handled++);
        com.sun.management.ThreadMXBean threads = (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
        double bytesPerEvent = Double.NaN;
        long end = System.nanoTime() + DEADLINE_NANOS;
        while (System.nanoTime() < end && !(bytesPerEvent < 1)) {
            long before = threads.getCurrentThreadAllocatedBytes();
            publishBatch();
            bytesPerEvent = (threads.getCurrentThreadAllocatedBytes() - before) / (double) EVENTS_PER_BATCH;
        }
        assertThat(bytesPerEvent).as("bytes allocated per event in the last batch").isLessThan(1);
        assertThat(bus.published()).isEqualTo(handled);
    }

    private void publishBatch() {
        for (int i = 0; i < EVENTS_PER_BATCH; i++) {
            position += 0.5;
            now = i;
            EventHeader header = bus.stamp("walker");
            bus.publish(new WalkerStepped(header, position));
        }
    }
}

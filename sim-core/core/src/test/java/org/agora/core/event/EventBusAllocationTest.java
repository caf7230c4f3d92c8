package org.agora.core.event;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * An event stamped in a statement of its own and handed to a handler that keeps nothing costs no
 * allocation once the JIT has compiled the publishing code: neither the event nor its header
 * (see {@link EventBus#stamp}). Guards the stamping code's shape, on which that depends.
 *
 * <p>Measured in a JVM of its own: the JIT inlines the bus's call of a handler only while few
 * handler classes have passed there, and the other tests of this JVM publish to handlers of their
 * own.
 */
class EventBusAllocationTest {

    record WalkerStepped(EventHeader header, double position) implements Event {
    }

    @Test
    void aStampedEventHandedToAHandlerThatKeepsNothingAllocatesNothingOnceCompiled()
            throws IOException, InterruptedException {
        Process publisher = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), Publisher.class.getName())
                .redirectErrorStream(true).start();
        String output = new String(publisher.getInputStream().readAllBytes(), StandardCharsets.UTF_8).trim();
        assertThat(publisher.waitFor(Publisher.DEADLINE_SECONDS + 30, TimeUnit.SECONDS)).isTrue();
        assertThat(publisher.exitValue()).as(output).isZero();
        double bytesPerEvent = Double.parseDouble(output.substring(output.lastIndexOf('\n') + 1));
        assertThat(bytesPerEvent).as("bytes allocated per event in the last batch").isLessThan(1);
    }

    /**
     * Publishes batches of events until one allocates less than a byte per event or the deadline
     * passes, then prints the bytes per event of the last batch.
     */
    static final class Publisher {

        static final int DEADLINE_SECONDS = 60;
        private static final int EVENTS_PER_BATCH = 100_000;

        private double now;
        private long handled;
        private double position;
        private final EventBus bus = new EventBus("run-1", () -> now);

        public static void main(String[] arguments) {
            Publisher publisher = new Publisher();
            publisher.bus.subscribeAll(event -> publisher.handled++);
            com.sun.management.ThreadMXBean threads =
                    (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
            double bytesPerEvent = Double.NaN;
            long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(DEADLINE_SECONDS);
            while (System.nanoTime() < end && !(bytesPerEvent < 1)) {
                long before = threads.getCurrentThreadAllocatedBytes();
                publisher.publishBatch();
                bytesPerEvent = (threads.getCurrentThreadAllocatedBytes() - before) / (double) EVENTS_PER_BATCH;
            }
            if (publisher.handled != publisher.bus.published()) {
                throw new IllegalStateException("handled " + publisher.handled + " of " + publisher.bus.published());
            }
            System.out.println(bytesPerEvent);
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
}

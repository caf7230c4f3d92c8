package org.agora.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * The side-by-side benchmarks' CPU measure counts the CPU time of the JVM's other threads too (the
 * collector's threads work while the measuring thread waits for them).
 */
class SegmentJvmTest {

    private static final long WORK_NANOS = 50_000_000L;

    @Test
    void theCpuTimeOfAnotherThreadCounts() throws Exception {
        Map<String, Long> before = SegmentJvm.threadCpuNanos();
        AtomicBoolean stop = new AtomicBoolean();
        Thread spinner = new Thread(() -> {
            double sum = 0;
            while (!stop.get()) {
                sum += Math.sqrt(sum + 1);
            }
        });
        spinner.start();
        try {
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            while (threads.getThreadCpuTime(spinner.getId()) < WORK_NANOS) {
                Thread.sleep(5);
            }
            assertThat(SegmentJvm.cpuSince(before)).isGreaterThanOrEqualTo(WORK_NANOS);
        } finally {
            stop.set(true);
            spinner.join();
        }
    }
}

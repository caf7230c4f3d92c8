package org.agora.agents.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.hc.core5.concurrent.Cancellable;
import org.junit.jupiter.api.Test;

/** The process's watcher of call deadlines, with calls that only record when they are cancelled. */
class CallDeadlinesTest {

    /** A call that records the moment it is cancelled. */
    private static final class Call implements Cancellable {
        final AtomicLong cancelledAt = new AtomicLong();
        final CountDownLatch cancelled = new CountDownLatch(1);

        @Override
        public boolean cancel() {
            cancelledAt.set(System.nanoTime());
            cancelled.countDown();
            return true;
        }
    }

    @Test
    void aCallStillGoingAtItsDeadlineIsCancelledThenAndOneEndedBeforeIsNot() throws InterruptedException {
        Call slow = new Call();
        Call quick = new Call();
        long start = System.nanoTime();
        CallDeadlines.Watch slowWatch = CallDeadlines.watch(slow, Duration.ofMillis(300));
        CallDeadlines.Watch quickWatch = CallDeadlines.watch(quick, Duration.ofMillis(300));

        assertThat(quickWatch.end()).as("ended before its deadline").isFalse();
        assertThat(slow.cancelled.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(Duration.ofNanos(slow.cancelledAt.get() - start)).isBetween(Duration.ofMillis(300), Duration.ofSeconds(2));
        assertThat(slowWatch.end()).as("its deadline passed").isTrue();
        Thread.sleep(100);
        assertThat(quick.cancelled.getCount()).as("never cancelled").isEqualTo(1);
    }

    @Test
    void aShorterTimeoutWakesTheWatcherSleepingUntilALaterDeadline() throws InterruptedException {
        Call patient = new Call();
        Call hasty = new Call();
        CallDeadlines.Watch patientWatch = CallDeadlines.watch(patient, Duration.ofSeconds(30));
        try {
            // Let the watcher go to sleep until the 30 s deadline.
            Thread.sleep(50);
            long start = System.nanoTime();
            CallDeadlines.Watch hastyWatch = CallDeadlines.watch(hasty, Duration.ofMillis(200));

            assertThat(hasty.cancelled.await(5, TimeUnit.SECONDS)).isTrue();
            assertThat(Duration.ofNanos(hasty.cancelledAt.get() - start)).isBetween(Duration.ofMillis(200), Duration.ofSeconds(2));
            assertThat(hastyWatch.end()).isTrue();
            assertThat(patient.cancelled.getCount()).isEqualTo(1);
        } finally {
            assertThat(patientWatch.end()).isFalse();
        }
    }

    @Test
    void aCallThatFailsToCancelLeavesTheOthersWatched() throws InterruptedException {
        CallDeadlines.Watch failing = CallDeadlines.watch(() -> {
            throw new IllegalStateException("cannot cancel");
        }, Duration.ofMillis(50));
        Call call = new Call();
        CallDeadlines.Watch watch = CallDeadlines.watch(call, Duration.ofMillis(200));

        assertThat(call.cancelled.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(failing.end()).isTrue();
        assertThat(watch.end()).isTrue();
        Call later = new Call();
        CallDeadlines.watch(later, Duration.ofMillis(50));
        assertThat(later.cancelled.await(5, TimeUnit.SECONDS)).as("the watcher still runs").isTrue();
    }

    @Test
    void aCallAfterTheWatcherFoundNothingToWatchWakesIt() throws InterruptedException {
        CallDeadlines.watch(new Call(), Duration.ofMillis(10)).end();
        // Longer than the ended call's deadline: the watcher has looked, found nothing and waits until woken.
        Thread.sleep(100);
        Call call = new Call();
        long start = System.nanoTime();
        CallDeadlines.Watch watch = CallDeadlines.watch(call, Duration.ofMillis(200));

        assertThat(call.cancelled.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(Duration.ofNanos(call.cancelledAt.get() - start)).isBetween(Duration.ofMillis(200), Duration.ofSeconds(2));
        assertThat(watch.end()).isTrue();
    }
}

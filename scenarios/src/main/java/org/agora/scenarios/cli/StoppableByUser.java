package org.agora.scenarios.cli;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Work that Ctrl-C stops cleanly: a shutdown hook asks the work to stop and gives it up to ten
 * seconds to finish what it writes (a run's flushed events and manifest, a sweep's recorded runs)
 * and what it tells the user, instead of the JVM exiting in the middle. The JVM then exits with
 * the interrupt's status (130 for Ctrl-C's SIGINT), whatever the work returned.
 */
final class StoppableByUser {

    private static final long GRACE_SECONDS = 10;

    private StoppableByUser() {
    }

    /**
     * Does {@code work} on the calling thread with the hook installed, and removes the hook after.
     * The work includes reporting its outcome: once it returns, an interrupted JVM exits at once.
     *
     * @param requestStop asks the work to stop soon; called on the JVM's shutdown thread
     */
    static <T> T run(Runnable requestStop, Supplier<T> work) {
        CountDownLatch ended = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            requestStop.run();
            try {
                ended.await(GRACE_SECONDS, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }, "agora-interrupt");
        Runtime.getRuntime().addShutdownHook(hook);
        try {
            return work.get();
        } finally {
            ended.countDown();
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException shuttingDown) {
                // the JVM is exiting because of the signal; the hook has done its part
            }
        }
    }
}

package org.agora.agents.llm;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.apache.hc.core5.concurrent.Cancellable;

/**
 * The deadlines of the process's HTTP calls in flight, and the one daemon thread that cancels a call
 * still going at its deadline (Apache's {@link Cancellable#cancel()} closes the call's connection
 * under the thread reading it, which then fails at once).
 *
 * <p>A call costs no thread wake-up: it is watched and unwatched under a lock, and the watcher
 * sleeps until the earliest deadline it knows of. A new call's deadline (now + its timeout) is later
 * than that while calls with the same timeout are in flight, or were lately, so the watcher is woken
 * only for a deadline earlier than its next look (the first call after it found nothing to watch, or
 * a shorter timeout); it looks about once per timeout while calls go on.
 *
 * <p>Threading: thread-safe.
 */
final class CallDeadlines {

    private static final CallDeadlines PROCESS = new CallDeadlines();

    /** The calls watched; guarded by this. Their order does not matter: each is checked on its own. */
    private final Set<Watch> watched = new HashSet<>();
    /** Whether the watcher is waiting; guarded by this. */
    private boolean sleeping;
    /** Whether it waits until woken, having nothing to watch; guarded by this. */
    private boolean sleepingUntilWoken;
    /** When it looks next ({@link System#nanoTime()}), if it waits with something to watch; guarded by this. */
    private long nextLook;
    private Thread watcher;

    private CallDeadlines() {
    }

    /** Watches {@code call}, which is cancelled if it is still going {@code timeout} from now. */
    static Watch watch(Cancellable call, Duration timeout) {
        return PROCESS.add(new Watch(call, System.nanoTime() + timeout.toNanos()));
    }

    /** One call's deadline. */
    static final class Watch {
        private final Cancellable call;
        private final long deadline;
        private volatile boolean expired;

        private Watch(Cancellable call, long deadline) {
            this.call = call;
            this.deadline = deadline;
        }

        /** Stops watching the call, which has ended; whether its deadline had passed and it was cancelled. */
        boolean end() {
            PROCESS.remove(this);
            return expired;
        }
    }

    private synchronized Watch add(Watch watch) {
        watched.add(watch);
        if (watcher == null) {
            watcher = new Thread(this::cancelAtDeadlines, "llm-call-deadlines");
            watcher.setDaemon(true);
            watcher.start();
        } else if (sleeping && (sleepingUntilWoken || watch.deadline - nextLook < 0)) {
            sleeping = false;
            notifyAll();
        }
        return watch;
    }

    private synchronized void remove(Watch watch) {
        watched.remove(watch);
    }

    /** The watcher's loop: cancels the calls whose deadline has passed, then sleeps until the next deadline. */
    private void cancelAtDeadlines() {
        List<Watch> expired = new ArrayList<>();
        while (true) {
            synchronized (this) {
                try {
                    if (!expireAndWait(expired)) {
                        continue;
                    }
                } catch (InterruptedException e) {
                    // The process's calls depend on this thread: it goes on watching whoever interrupted it.
                    sleeping = false;
                    continue;
                }
            }
            // Outside the lock: closing a connection must not hold up the other calls.
            for (Watch watch : expired) {
                cancel(watch);
            }
            expired.clear();
        }
    }

    /** Cancels a call; a call that fails to cancel is left to its read timeout, and the others are still watched. */
    private static void cancel(Watch watch) {
        try {
            watch.call.cancel();
        } catch (RuntimeException e) {
            // Nothing more to do for it here: the thread making it sees no difference, and this thread must go on.
        }
    }

    /**
     * Moves the watched calls whose deadline has passed into {@code expired}; if there are none, waits
     * until the earliest deadline, or until woken. Whether any expired. Holds the lock.
     */
    private boolean expireAndWait(List<Watch> expired) throws InterruptedException {
        long now = System.nanoTime();
        boolean any = false;
        long earliest = 0;
        for (Iterator<Watch> each = watched.iterator(); each.hasNext();) {
            Watch watch = each.next();
            if (watch.deadline - now <= 0) {
                each.remove();
                watch.expired = true;
                expired.add(watch);
            } else if (!any || watch.deadline - earliest < 0) {
                earliest = watch.deadline;
                any = true;
            }
        }
        if (!expired.isEmpty()) {
            return true;
        }
        sleeping = true;
        sleepingUntilWoken = !any;
        nextLook = earliest;
        if (any) {
            TimeUnit.NANOSECONDS.timedWait(this, earliest - now);
        } else {
            wait();
        }
        sleeping = false;
        return false;
    }
}

package org.agora.wireless.sidelink;

import java.util.PriorityQueue;

/**
 * A time-ordered queue of deliveries for loops without a kernel: {@link #deliverUntil} runs every
 * delivery due by then, earliest first (ties in the order they were scheduled). Not thread-safe.
 */
public final class PendingDeliveries implements DeliveryScheduler {

    private record Pending(double timeS, long order, Runnable delivery) {
    }

    private final PriorityQueue<Pending> queue = new PriorityQueue<>((a, b) -> a.timeS != b.timeS
            ? Double.compare(a.timeS, b.timeS) : Long.compare(a.order, b.order));
    private long scheduled;

    @Override
    public void at(double timeS, Runnable delivery) {
        queue.add(new Pending(timeS, scheduled++, delivery));
    }

    /** Runs the deliveries due at or before {@code timeS}. */
    public void deliverUntil(double timeS) {
        while (!queue.isEmpty() && queue.peek().timeS <= timeS) {
            queue.poll().delivery.run();
        }
    }

    /** Drops every pending delivery (a new episode). */
    public void clear() {
        queue.clear();
    }

    /** How many deliveries are waiting. */
    public int size() {
        return queue.size();
    }
}

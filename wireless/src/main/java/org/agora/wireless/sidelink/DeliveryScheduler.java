package org.agora.wireless.sidelink;

import org.agora.core.kernel.Kernel;

/**
 * Where the sidelink puts a delivery that happens later: on the kernel in a simulation run, or on a
 * {@link PendingDeliveries} queue in a loop that has no kernel (the reinforcement-learning
 * environment).
 */
@FunctionalInterface
public interface DeliveryScheduler {

    /** Runs {@code delivery} at {@code timeS} seconds. */
    void at(double timeS, Runnable delivery);

    /** Deliveries as kernel actions at their arrival time, with this ordering within the instant. */
    static DeliveryScheduler on(Kernel kernel, int ordering) {
        return (timeS, delivery) -> kernel.at(timeS, ordering, delivery);
    }
}

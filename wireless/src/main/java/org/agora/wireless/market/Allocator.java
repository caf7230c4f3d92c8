package org.agora.wireless.market;

/**
 * A way to share the spare blocks of an instance among its users: the market or a baseline.
 * Implementations are stateless and thread-safe.
 */
public interface Allocator {

    /** The allocator's name in summaries: {@code market}, {@code waitForHandover}, … */
    String name();

    /** Allocates on {@code instance}. */
    Allocation allocate(MarketInstance instance);
}

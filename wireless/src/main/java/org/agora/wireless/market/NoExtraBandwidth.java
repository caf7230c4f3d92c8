package org.agora.wireless.market;

/** The first baseline: no extra blocks; the user waits for its handover. Stateless. */
public final class NoExtraBandwidth implements Allocator {

    @Override
    public String name() {
        return "waitForHandover";
    }

    @Override
    public Allocation allocate(MarketInstance instance) {
        return Allocation.empty(instance);
    }
}

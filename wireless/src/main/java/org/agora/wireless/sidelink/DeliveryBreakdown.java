package org.agora.wireless.sidelink;

/**
 * The loss terms of the Mode 4 packet delivery ratio at one distance:
 * PDR = 1 − δHD − δSEN − δPRO − δCOL. Each term is a probability; they are disjoint (a packet is
 * lost for the first reason that applies, in this order), so they add up to at most 1.
 *
 * @param halfDuplex δHD, the receiver was sending in the same subframe
 * @param sensing δSEN, the received power was below the sensing threshold
 * @param propagation δPRO, sensed but not decoded at its SINR
 * @param collision δCOL, destroyed by a simultaneous transmission
 */
public record DeliveryBreakdown(double halfDuplex, double sensing, double propagation, double collision) {

    /** The packet delivery ratio, 1 − the four terms. */
    public double deliveryRatio() {
        return Math.max(0, 1 - halfDuplex - sensing - propagation - collision);
    }

    /** The loss cause a uniform draw {@code u} in [0, 1) falls into, or null if the packet is delivered. */
    public LossCause causeOf(double u) {
        double edge = halfDuplex;
        if (u < edge) {
            return LossCause.HALF_DUPLEX;
        }
        edge += sensing;
        if (u < edge) {
            return LossCause.BELOW_SENSING;
        }
        edge += propagation;
        if (u < edge) {
            return LossCause.PROPAGATION;
        }
        edge += collision;
        if (u < edge) {
            return LossCause.COLLISION;
        }
        return null;
    }
}

package org.agora.wireless.sidelink;

/** Why a sidelink message did not reach a receiver: the four loss terms of the Mode 4 model. */
public enum LossCause {
    /** The receiver was transmitting in the same subframe (it cannot receive while sending). */
    HALF_DUPLEX,
    /** The received power was below the sensing threshold. */
    BELOW_SENSING,
    /** Received above the threshold but not decoded: the SINR was too low for the packet. */
    PROPAGATION,
    /** Destroyed by another transmission on the same resources. */
    COLLISION
}

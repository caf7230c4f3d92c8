package org.agora.wireless.smallcell.events;

import org.agora.core.event.Event;
import org.agora.core.event.EventHeader;
import org.agora.wireless.handover.HandoverProcess.Phase;

/**
 * A user's periodic measurement report (every {@code reportInterval}, not every measurement).
 * Source: the user. Powers are received powers over the carrier after layer-3 filtering.
 *
 * @param xM east coordinate, metres
 * @param yM north coordinate, metres
 * @param cell the serving cell
 * @param cellDbm the serving cell's filtered received power, dBm
 * @param sinrDb the serving link's SINR (this measurement, unfiltered), dB
 * @param neighbour the strongest other cell
 * @param neighbourDbm its filtered received power, dBm
 * @param phase where the user's handover procedure is
 * @param rateBps the user's bit rate now, serving link plus extra blocks (of the published allocator), bit/s
 * @param extraBlocks extra blocks the user holds
 */
public record MeasurementReported(EventHeader header, double xM, double yM, String cell, double cellDbm, double sinrDb,
        String neighbour, double neighbourDbm, Phase phase, double rateBps, int extraBlocks) implements Event {
}

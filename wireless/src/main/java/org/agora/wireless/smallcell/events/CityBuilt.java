package org.agora.wireless.smallcell.events;

import java.util.List;
import org.agora.core.event.Event;
import org.agora.core.event.EventHeader;

/**
 * The city of a small-cell run, published once at time 0 (source "run"): its blocks, its cells
 * and their CoMP clusters, and its users' kinds. Positions in metres, x east and y north.
 *
 * @param columns blocks west to east
 * @param rows blocks south to north
 * @param blockSizeM side of a block
 * @param streetWidthM width of a street
 * @param buildingHeightsM roof heights, row by row from the south-west
 * @param cells the small cells
 * @param userKinds each user's kind, by user number ("ue-N" is entry N): pedestrian or vehicle
 */
public record CityBuilt(EventHeader header, int columns, int rows, double blockSizeM, double streetWidthM,
        List<Double> buildingHeightsM, List<CellSite> cells, List<UserKind> userKinds) implements Event {

    /**
     * One small cell.
     *
     * @param id its id ("bs-N")
     * @param xM east coordinate, metres
     * @param yM north coordinate, metres
     * @param cluster its CoMP cluster's id ("cluster-N")
     */
    public record CellSite(String id, double xM, double yM, String cluster) {
    }
}

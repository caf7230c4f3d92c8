package org.agora.wireless.smallcell;

import java.util.List;
import org.agora.core.kernel.RandomStream;
import org.agora.wireless.channel.Decibels;
import org.agora.wireless.channel.LinkTable;
import org.agora.wireless.channel.RateModel;
import org.agora.wireless.channel.UmiStreetCanyon;
import org.agora.wireless.city.ManhattanGrid;
import org.agora.wireless.city.SiteSelection;
import org.agora.wireless.comp.CompClusters;
import org.agora.wireless.handover.HandoverProcess;

/**
 * The radio side of a small-cell run: the city, the cells on its lamp posts and their CoMP
 * clusters, every user's links to every cell (the SINR map), and how many users each cell
 * serves, from which the blocks it schedules and can lend follow. Rates in bit/s, positions in
 * metres. Draws nothing itself (the city's heights come from the stream it is given). Belongs to
 * the simulation thread.
 */
final class SmallCellNetwork {

    /** A lamp post stands this far from the building walls at a corner, metres. */
    private static final double KERB_M = 1.0;

    private final SmallCellConfig.Radio radio;
    private final ManhattanGrid grid;
    private final double[] cellX;
    private final double[] cellY;
    private final String[] cellIds;
    private final CompClusters clusters;
    private final String[] clusterIds;
    private final LinkTable links;
    private final RateModel rateModel;
    /** Users attached to each cell (not counting those in their user-plane interruption). */
    private final int[] served;

    /**
     * @param config the run's settings
     * @param grid the city (see {@link #city})
     * @param users how many users have links
     */
    SmallCellNetwork(SmallCellConfig config, ManhattanGrid grid, int users) {
        this.radio = config.radio();
        this.grid = grid;
        List<SiteSelection.Site> sites = SiteSelection.choose(grid, radio.cells(), KERB_M);
        int cells = sites.size();
        cellX = new double[cells];
        cellY = new double[cells];
        cellIds = new String[cells];
        for (int b = 0; b < cells; b++) {
            cellX[b] = sites.get(b).x();
            cellY[b] = sites.get(b).y();
            cellIds[b] = "bs-" + b;
        }
        clusters = CompClusters.of(cellX, cellY, radio.clusterSize(), radio.clustering(), grid.widthM(), grid.heightM());
        clusterIds = new String[clusters.count()];
        for (int c = 0; c < clusterIds.length; c++) {
            clusterIds[c] = "cluster-" + c;
        }
        UmiStreetCanyon pathLoss = new UmiStreetCanyon(radio.carrierGHz(), radio.cellHeightM(), radio.userHeightM());
        double noiseDbm = Decibels.thermalNoiseDbm(radio.blocksPerCell() * radio.blockBandwidthHz(), radio.noiseFigureDb());
        this.rateModel = radio.rateModel();
        this.links = new LinkTable(grid, pathLoss, cellX, cellY, radio.txPowerDbm(), noiseDbm, radio.shadowing(), users);
        this.served = new int[cells];
    }

    /** A city of this layout with building heights drawn from {@code heights}. */
    static ManhattanGrid city(SmallCellConfig.City city, RandomStream heights) {
        return ManhattanGrid.random(city.columns(), city.rows(), city.blockSizeM(), city.streetWidthM(),
                city.minBuildingHeightM(), city.minBuildingHeightM() + city.buildingHeightRangeM(), heights);
    }

    /** How many lamp posts a city of this layout has for cells (building heights do not matter). */
    static int lampPosts(SmallCellConfig.City city) {
        ManhattanGrid layout = new ManhattanGrid(city.columns(), city.rows(), city.blockSizeM(), city.streetWidthM(),
                new double[city.columns() * city.rows()]);
        return SiteSelection.candidates(layout, KERB_M).size();
    }

    ManhattanGrid grid() {
        return grid;
    }

    LinkTable links() {
        return links;
    }

    CompClusters clusters() {
        return clusters;
    }

    int cells() {
        return cellX.length;
    }

    double cellX(int cell) {
        return cellX[cell];
    }

    double cellY(int cell) {
        return cellY[cell];
    }

    String cellId(int cell) {
        return cellIds[cell];
    }

    String clusterId(int cluster) {
        return clusterIds[cluster];
    }

    /** A user attached to {@code cell}. */
    void attach(int cell) {
        served[cell]++;
    }

    /** A user detached from {@code cell}. */
    void detach(int cell) {
        served[cell]--;
    }

    /**
     * The cell, other than the serving one, with the strongest filtered received power, or -1 if
     * there is no other cell.
     */
    int strongestNeighbour(HandoverProcess handover) {
        int serving = handover.serving();
        int best = -1;
        for (int b = 0; b < cellX.length; b++) {
            if (b != serving && (best < 0 || handover.filteredDbm(b) > handover.filteredDbm(best))) {
                best = b;
            }
        }
        return best;
    }

    /** Blocks a cell schedules to each user it serves, given the blocks it has lent. */
    int primaryBlocks(int cell, int lentBlocks) {
        int users = served[cell];
        if (users == 0) {
            return 0;
        }
        return Math.min(radio.blocksPerUser(), (radio.blocksPerCell() - lentBlocks) / users);
    }

    /** Blocks a cell can lend now: those beyond its full share for every user it serves and those already lent. */
    int spareBlocks(int cell, int lentBlocks) {
        return Math.max(0, radio.blocksPerCell() - served[cell] * radio.blocksPerUser() - lentBlocks);
    }

    /** The bit rate one block of {@code cell} gives {@code user} now, bit/s. */
    double ratePerBlockBps(int user, int cell) {
        return rateModel.rateBps(links.sinr(user, cell), radio.blockBandwidthHz());
    }

    /** The bit rate one block of the user's serving cell gives it now (0 in its user-plane interruption), bit/s. */
    double servingRatePerBlockBps(UserEquipment user) {
        HandoverProcess handover = user.handover;
        return handover.interrupted() ? 0 : ratePerBlockBps(user.index, handover.serving());
    }
}

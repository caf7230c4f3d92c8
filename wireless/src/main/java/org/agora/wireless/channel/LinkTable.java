package org.agora.wireless.channel;

import org.agora.core.kernel.RandomStream;
import org.agora.wireless.city.ManhattanGrid;

/**
 * The downlink from every cell to every user: line of sight (decided by the buildings), path
 * loss, correlated shadowing, blockage, and the received powers from which SINRs follow. Every
 * cell transmits on the whole carrier all the time (full-buffer interference), so a user's SINR
 * from cell b is P_b / (N + Σ_{c≠b} P_c), the same on every resource block.
 *
 * <p>A user's links are recomputed by {@link #update} (the caller decides when: after it moved
 * far enough); a blockage changes one link at once. Powers in dBm and mW, distances in metres.
 * Not thread-safe: it belongs to the simulation thread.
 */
public final class LinkTable {

    private final ManhattanGrid grid;
    private final UmiStreetCanyon pathLoss;
    private final double[] cellX;
    private final double[] cellY;
    private final double txPowerDbm;
    private final double noiseMw;
    private final boolean shadowing;
    private final int cells;
    private final int users;
    private final boolean[] lineOfSight;
    private final double[] shadowZ;
    private final double[] lossDb;
    private final double[] blockageDb;
    private final double[] receivedDbm;
    private final double[] receivedMw;
    private final double[] totalMw;
    private final boolean[] measured;

    /**
     * @param cellX cells' east coordinates, metres
     * @param cellY cells' north coordinates, metres
     * @param txPowerDbm each cell's transmit power over the carrier, dBm
     * @param noiseDbm thermal noise over the carrier at the receiver (noise figure included), dBm
     * @param shadowing whether links have correlated shadow fading
     * @param users the number of users
     */
    public LinkTable(ManhattanGrid grid, UmiStreetCanyon pathLoss, double[] cellX, double[] cellY, double txPowerDbm,
            double noiseDbm, boolean shadowing, int users) {
        this.grid = grid;
        this.pathLoss = pathLoss;
        this.cellX = cellX.clone();
        this.cellY = cellY.clone();
        this.txPowerDbm = txPowerDbm;
        this.noiseMw = Decibels.dbmToMilliwatts(noiseDbm);
        this.shadowing = shadowing;
        this.cells = cellX.length;
        this.users = users;
        int links = cells * users;
        this.lineOfSight = new boolean[links];
        this.shadowZ = new double[links];
        this.lossDb = new double[links];
        this.blockageDb = new double[links];
        this.receivedDbm = new double[links];
        this.receivedMw = new double[links];
        this.totalMw = new double[users];
        this.measured = new boolean[users];
    }

    public int cells() {
        return cells;
    }

    public int users() {
        return users;
    }

    /**
     * Recomputes every link of {@code user}, now at (x, y), after moving {@code movedM} metres since
     * its last update (the first update draws the shadowing afresh). Shadowing draws come from
     * {@code random}, one per link, in cell order.
     */
    public void update(int user, double x, double y, double movedM, RandomStream random) {
        int base = user * cells;
        double total = 0;
        for (int b = 0; b < cells; b++) {
            int link = base + b;
            double dx = cellX[b] - x;
            double dy = cellY[b] - y;
            double distance = Math.sqrt(dx * dx + dy * dy);
            boolean los = grid.lineOfSight(cellX[b], cellY[b], pathLoss.bsHeightM(), x, y, pathLoss.ueHeightM());
            lineOfSight[link] = los;
            double shadowDb = 0;
            if (shadowing) {
                shadowZ[link] = measured[user] ? ShadowFading.next(shadowZ[link], movedM, los, random) : random.gaussian();
                shadowDb = ShadowFading.db(shadowZ[link], los);
            }
            lossDb[link] = pathLoss.pathLossDb(distance, los) + shadowDb;
            double dbm = txPowerDbm - lossDb[link] - blockageDb[link];
            receivedDbm[link] = dbm;
            double mw = Decibels.dbmToMilliwatts(dbm);
            receivedMw[link] = mw;
            total += mw;
        }
        totalMw[user] = total;
        measured[user] = true;
    }

    /** Sets the extra loss of one link (0 when unblocked), dB, and recomputes its received power. */
    public void setBlockage(int user, int cell, double extraDb) {
        int link = user * cells + cell;
        blockageDb[link] = extraDb;
        if (!measured[user]) {
            return;
        }
        double dbm = txPowerDbm - lossDb[link] - extraDb;
        receivedDbm[link] = dbm;
        receivedMw[link] = Decibels.dbmToMilliwatts(dbm);
        // A fresh sum rather than an increment, so that blocking and unblocking leave no rounding drift.
        double total = 0;
        for (int b = 0; b < cells; b++) {
            total += receivedMw[user * cells + b];
        }
        totalMw[user] = total;
    }

    /** The extra loss on a link, dB. */
    public double blockageDb(int user, int cell) {
        return blockageDb[user * cells + cell];
    }

    /** Whether the link is in line of sight. */
    public boolean lineOfSight(int user, int cell) {
        return lineOfSight[user * cells + cell];
    }

    /** Path loss plus shadowing of the link, dB (blockage not included). */
    public double lossDb(int user, int cell) {
        return lossDb[user * cells + cell];
    }

    /** Power received from {@code cell} over the carrier, dBm. */
    public double receivedDbm(int user, int cell) {
        return receivedDbm[user * cells + cell];
    }

    /** Copies the user's received powers (dBm, by cell) into {@code into}. */
    public void receivedDbm(int user, double[] into) {
        System.arraycopy(receivedDbm, user * cells, into, 0, cells);
    }

    /** The SINR of the link from {@code cell} (linear), every other cell interfering. */
    public double sinr(int user, int cell) {
        double signal = receivedMw[user * cells + cell];
        double interference = Math.max(0, totalMw[user] - signal);
        return signal / (noiseMw + interference);
    }

    /** The SINR of the link from {@code cell}, dB. */
    public double sinrDb(int user, int cell) {
        return Decibels.fromLinear(sinr(user, cell));
    }

    /**
     * The best SINR a user standing at (x, y) would have from any cell over the median channel
     * (path loss by line of sight, no shadowing or blockage), dB: for coverage maps.
     */
    public double medianBestSinrDb(double x, double y) {
        double total = 0;
        double best = 0;
        for (int b = 0; b < cells; b++) {
            double dx = cellX[b] - x;
            double dy = cellY[b] - y;
            boolean los = grid.lineOfSight(cellX[b], cellY[b], pathLoss.bsHeightM(), x, y, pathLoss.ueHeightM());
            double mw = Decibels.dbmToMilliwatts(txPowerDbm - pathLoss.pathLossDb(Math.sqrt(dx * dx + dy * dy), los));
            total += mw;
            best = Math.max(best, mw);
        }
        return Decibels.fromLinear(best / (noiseMw + Math.max(0, total - best)));
    }

    /** The cell received strongest by {@code user}. */
    public int strongest(int user) {
        int base = user * cells;
        int best = 0;
        for (int b = 1; b < cells; b++) {
            if (receivedMw[base + b] > receivedMw[base + best]) {
                best = b;
            }
        }
        return best;
    }
}

package org.agora.wireless.smallcell;

import java.util.Arrays;

/**
 * What a degraded user asks its nearest cluster for, as measured when it sends the request: the
 * blocks it needs to reach its target rate and, for each cell of the cluster, the rate one block
 * would give it and what that is worth to it. The same request goes to every allocator.
 *
 * @param user the user's number
 * @param sentAt when it was sent, seconds
 * @param cluster the cluster asked
 * @param need blocks needed
 * @param budget credits per second it can spend
 * @param cells the cluster's cells that would serve it (rate above 0)
 * @param ratePerBlockBps bit/s one block of each of those cells gives
 * @param valuePerBlock credits per block per second for each
 * @param primaryBps the rate its serving link gives with the nominal blocks per user, bit/s
 */
record BandwidthRequest(int user, double sentAt, int cluster, int need, double budget, int[] cells,
        double[] ratePerBlockBps, double[] valuePerBlock, double primaryBps) {

    /**
     * The request a degraded user would send now to its nearest cluster: blocks enough to restore
     * the target rate from the cells of the cluster that can serve it, or null if it needs nothing
     * the cluster can give.
     */
    static BandwidthRequest of(UserEquipment user, double now, SmallCellNetwork network, SmallCellConfig config) {
        SmallCellConfig.Radio radio = config.radio();
        SmallCellConfig.Market market = config.market();
        double primary = radio.blocksPerUser() * network.ratePerBlockBps(user.index, user.handover.serving());
        double deficit = market.targetRateBps() - primary;
        int[] members = network.clusters().members(user.cluster);
        int count = 0;
        int[] cells = new int[members.length];
        double[] rate = new double[members.length];
        double[] value = new double[members.length];
        double best = 0;
        for (int cell : members) {
            double perBlock = network.ratePerBlockBps(user.index, cell);
            if (perBlock > 0) {
                cells[count] = cell;
                rate[count] = perBlock;
                value[count] = user.valuePerMbit * perBlock / 1e6;
                best = Math.max(best, perBlock);
                count++;
            }
        }
        if (deficit <= 0 || count == 0) {
            return null;
        }
        int need = (int) Math.min(market.maxExtraBlocks(), Math.ceil(deficit / best));
        return new BandwidthRequest(user.index, now, user.cluster, need, user.budget, Arrays.copyOf(cells, count),
                Arrays.copyOf(rate, count), Arrays.copyOf(value, count), primary);
    }
}

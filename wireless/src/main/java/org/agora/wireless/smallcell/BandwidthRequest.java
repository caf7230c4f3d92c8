package org.agora.wireless.smallcell;

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
}

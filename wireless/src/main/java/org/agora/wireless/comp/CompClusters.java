package org.agora.wireless.comp;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * A partition of base stations into Coordinated Multi-Point clusters. Cells are numbered 0 … n−1
 * and clusters 0 … k−1; each cell is in exactly one cluster. Positions in metres. Immutable.
 */
public final class CompClusters {

    private final int[] clusterOf;
    private final int[][] members;
    private final double[] centroidX;
    private final double[] centroidY;

    private CompClusters(int[] clusterOf, double[] x, double[] y) {
        int count = 0;
        for (int c : clusterOf) {
            count = Math.max(count, c + 1);
        }
        int[] sizes = new int[count];
        for (int c : clusterOf) {
            sizes[c]++;
        }
        members = new int[count][];
        for (int c = 0; c < count; c++) {
            members[c] = new int[sizes[c]];
        }
        int[] filled = new int[count];
        centroidX = new double[count];
        centroidY = new double[count];
        for (int b = 0; b < clusterOf.length; b++) {
            int c = clusterOf[b];
            members[c][filled[c]++] = b;
            centroidX[c] += x[b] / sizes[c];
            centroidY[c] += y[b] / sizes[c];
        }
        this.clusterOf = clusterOf;
    }

    /**
     * Clusters cells at positions (x[b], y[b]) by {@code rule}, aiming at {@code clusterSize} cells
     * per cluster, in a city of {@code widthM × heightM}.
     */
    public static CompClusters of(double[] x, double[] y, int clusterSize, ClusteringRule rule, double widthM,
            double heightM) {
        if (x.length != y.length || x.length == 0 || clusterSize < 1) {
            throw new IllegalArgumentException("need at least one cell and a cluster size of at least 1");
        }
        int[] clusterOf = switch (rule) {
            case GRID -> byGrid(x, y, clusterSize, widthM, heightM);
            case NEAREST -> byNearest(x, y, clusterSize);
        };
        return new CompClusters(clusterOf, x, y);
    }

    private static int[] byGrid(double[] x, double[] y, int clusterSize, double widthM, double heightM) {
        double tile = Math.sqrt(widthM * heightM * clusterSize / x.length);
        int tilesX = Math.max(1, (int) Math.ceil(widthM / tile));
        int[] tileOf = new int[x.length];
        for (int b = 0; b < x.length; b++) {
            int tx = Math.min(tilesX - 1, Math.max(0, (int) (x[b] / tile)));
            int ty = Math.max(0, (int) (y[b] / tile));
            tileOf[b] = ty * tilesX + tx;
        }
        // Number the non-empty tiles in order, so cluster ids are dense.
        int[] sorted = Arrays.stream(tileOf).distinct().sorted().toArray();
        int[] clusterOf = new int[x.length];
        for (int b = 0; b < x.length; b++) {
            clusterOf[b] = Arrays.binarySearch(sorted, tileOf[b]);
        }
        return clusterOf;
    }

    private static int[] byNearest(double[] x, double[] y, int clusterSize) {
        int[] clusterOf = new int[x.length];
        Arrays.fill(clusterOf, -1);
        int next = 0;
        for (int seed = 0; seed < x.length; seed++) {
            if (clusterOf[seed] >= 0) {
                continue;
            }
            clusterOf[seed] = next;
            List<Integer> free = new ArrayList<>();
            for (int b = 0; b < x.length; b++) {
                if (clusterOf[b] < 0) {
                    free.add(b);
                }
            }
            int seedCell = seed;
            free.sort((a, b) -> {
                int byDistance = Double.compare(distanceSquared(x, y, seedCell, a), distanceSquared(x, y, seedCell, b));
                return byDistance != 0 ? byDistance : Integer.compare(a, b);
            });
            for (int k = 0; k < clusterSize - 1 && k < free.size(); k++) {
                clusterOf[free.get(k)] = next;
            }
            next++;
        }
        return clusterOf;
    }

    private static double distanceSquared(double[] x, double[] y, int a, int b) {
        double dx = x[a] - x[b];
        double dy = y[a] - y[b];
        return dx * dx + dy * dy;
    }

    /** The number of clusters. */
    public int count() {
        return members.length;
    }

    /** The cluster of cell {@code b}. */
    public int clusterOf(int b) {
        return clusterOf[b];
    }

    /** The cells of cluster {@code c}, ascending. Do not modify. */
    public int[] members(int c) {
        return members[c];
    }

    /** The centroid of cluster {@code c}, east coordinate in metres. */
    public double centroidX(int c) {
        return centroidX[c];
    }

    /** The centroid of cluster {@code c}, north coordinate in metres. */
    public double centroidY(int c) {
        return centroidY[c];
    }

    /** The cluster whose centroid is nearest to (x, y) metres (ties to the lower id). */
    public int nearest(double x, double y) {
        int best = 0;
        double bestDistance = Double.POSITIVE_INFINITY;
        for (int c = 0; c < members.length; c++) {
            double dx = centroidX[c] - x;
            double dy = centroidY[c] - y;
            double d = dx * dx + dy * dy;
            if (d < bestDistance) {
                bestDistance = d;
                best = c;
            }
        }
        return best;
    }
}

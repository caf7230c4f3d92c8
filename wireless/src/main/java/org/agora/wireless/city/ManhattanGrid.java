package org.agora.wireless.city;

import java.util.ArrayList;
import java.util.List;
import org.agora.core.kernel.RandomStream;

/**
 * A Manhattan city: {@code columns × rows} square blocks, each filled by one building, separated
 * by streets. Coordinates in metres, x east and y north, origin at the south-west corner of the
 * city. With pitch P = block size + street width, vertical street k (k = 0 … columns) covers
 * x ∈ [k·P, k·P + streetWidth], and block (i, j) covers
 * [i·P + streetWidth, (i + 1)·P] × [j·P + streetWidth, (j + 1)·P]. Intersection (k, l) is centred on
 * (k·P + streetWidth/2, l·P + streetWidth/2).
 *
 * <p>Line of sight is decided by the buildings: a straight segment between two antennas is
 * blocked by a building when it crosses the footprint lower than the roof. Immutable and
 * thread-safe.
 */
public final class ManhattanGrid {

    private final int columns;
    private final int rows;
    private final double blockSizeM;
    private final double streetWidthM;
    private final double pitchM;
    private final double[] heightsM;

    /**
     * @param columns blocks west to east (≥ 1)
     * @param rows blocks south to north (≥ 1)
     * @param blockSizeM side of a block in metres
     * @param streetWidthM width of a street in metres, wall to wall
     * @param heightsM roof heights in metres, row-major: block (i, j) at j·columns + i
     */
    public ManhattanGrid(int columns, int rows, double blockSizeM, double streetWidthM, double[] heightsM) {
        if (columns < 1 || rows < 1 || !(blockSizeM > 0) || !(streetWidthM > 0)) {
            throw new IllegalArgumentException("a city needs at least one block and positive sizes");
        }
        if (heightsM.length != columns * rows) {
            throw new IllegalArgumentException("need " + columns * rows + " building heights, got " + heightsM.length);
        }
        this.columns = columns;
        this.rows = rows;
        this.blockSizeM = blockSizeM;
        this.streetWidthM = streetWidthM;
        this.pitchM = blockSizeM + streetWidthM;
        this.heightsM = heightsM.clone();
    }

    /** A city whose building heights are drawn uniformly in [minHeightM, maxHeightM] from {@code random}. */
    public static ManhattanGrid random(int columns, int rows, double blockSizeM, double streetWidthM, double minHeightM,
            double maxHeightM, RandomStream random) {
        double[] heights = new double[columns * rows];
        for (int i = 0; i < heights.length; i++) {
            heights[i] = random.uniform(minHeightM, maxHeightM);
        }
        return new ManhattanGrid(columns, rows, blockSizeM, streetWidthM, heights);
    }

    public int columns() {
        return columns;
    }

    public int rows() {
        return rows;
    }

    public double blockSizeM() {
        return blockSizeM;
    }

    public double streetWidthM() {
        return streetWidthM;
    }

    /** Block size plus street width, metres. */
    public double pitchM() {
        return pitchM;
    }

    /** The city's extent west to east, metres (street to street). */
    public double widthM() {
        return columns * pitchM + streetWidthM;
    }

    /** The city's extent south to north, metres. */
    public double heightM() {
        return rows * pitchM + streetWidthM;
    }

    /** The x of the centre of vertical street (or intersection column) {@code k}, 0 ≤ k ≤ columns. */
    public double streetX(int k) {
        return k * pitchM + streetWidthM / 2;
    }

    /** The y of the centre of horizontal street (or intersection row) {@code l}, 0 ≤ l ≤ rows. */
    public double streetY(int l) {
        return l * pitchM + streetWidthM / 2;
    }

    /** The roof height of block (i, j) in metres. */
    public double heightOf(int column, int row) {
        return heightsM[row * columns + column];
    }

    /** Every building, row by row from the south-west. */
    public List<Building> buildings() {
        List<Building> buildings = new ArrayList<>(columns * rows);
        for (int j = 0; j < rows; j++) {
            for (int i = 0; i < columns; i++) {
                buildings.add(new Building(i, j, i * pitchM + streetWidthM, j * pitchM + streetWidthM, (i + 1) * pitchM,
                        (j + 1) * pitchM, heightOf(i, j)));
            }
        }
        return buildings;
    }

    /** True if the point is inside a building's footprint (not on a street). */
    public boolean insideBuilding(double x, double y) {
        int i = (int) Math.floor(x / pitchM);
        int j = (int) Math.floor(y / pitchM);
        if (i < 0 || j < 0 || i >= columns || j >= rows) {
            return false;
        }
        return x - i * pitchM > streetWidthM && y - j * pitchM > streetWidthM;
    }

    /**
     * True if nothing blocks the straight path between antenna a at (ax, ay, heightA) and antenna
     * b at (bx, by, heightB), metres. A building blocks it when the segment crosses the inside of
     * its footprint at or below its roof; grazing a wall or a corner does not block.
     */
    public boolean lineOfSight(double ax, double ay, double heightA, double bx, double by, double heightB) {
        double dx = bx - ax;
        double dy = by - ay;
        // Walk the cells of the pitch lattice the segment crosses (Amanatides–Woo); each cell holds
        // at most one building, in its north-east part.
        int i = (int) Math.floor(ax / pitchM);
        int j = (int) Math.floor(ay / pitchM);
        int iEnd = (int) Math.floor(bx / pitchM);
        int jEnd = (int) Math.floor(by / pitchM);
        int stepI = dx > 0 ? 1 : -1;
        int stepJ = dy > 0 ? 1 : -1;
        double tDeltaX = dx == 0 ? Double.POSITIVE_INFINITY : pitchM / Math.abs(dx);
        double tDeltaY = dy == 0 ? Double.POSITIVE_INFINITY : pitchM / Math.abs(dy);
        double tMaxX = dx == 0 ? Double.POSITIVE_INFINITY : ((dx > 0 ? (i + 1) * pitchM : i * pitchM) - ax) / dx;
        double tMaxY = dy == 0 ? Double.POSITIVE_INFINITY : ((dy > 0 ? (j + 1) * pitchM : j * pitchM) - ay) / dy;
        int guard = Math.abs(iEnd - i) + Math.abs(jEnd - j) + 2;
        for (int visited = 0; visited <= guard; visited++) {
            if (i >= 0 && j >= 0 && i < columns && j < rows && blocks(i, j, ax, ay, heightA, dx, dy, heightB - heightA)) {
                return false;
            }
            if (i == iEnd && j == jEnd) {
                return true;
            }
            if (tMaxX < tMaxY) {
                if (tMaxX > 1) {
                    return true;
                }
                i += stepI;
                tMaxX += tDeltaX;
            } else {
                if (tMaxY > 1) {
                    return true;
                }
                j += stepJ;
                tMaxY += tDeltaY;
            }
        }
        return true;
    }

    /** Whether building (i, j) blocks the segment a + t·(dx, dy), t ∈ [0, 1], whose height is ha + t·dh. */
    private boolean blocks(int i, int j, double ax, double ay, double ha, double dx, double dy, double dh) {
        double minX = i * pitchM + streetWidthM;
        double maxX = (i + 1) * pitchM;
        double minY = j * pitchM + streetWidthM;
        double maxY = (j + 1) * pitchM;
        double tEnter = 0;
        double tExit = 1;
        if (dx == 0) {
            if (ax <= minX || ax >= maxX) {
                return false;
            }
        } else {
            double t1 = (minX - ax) / dx;
            double t2 = (maxX - ax) / dx;
            tEnter = Math.max(tEnter, Math.min(t1, t2));
            tExit = Math.min(tExit, Math.max(t1, t2));
        }
        if (dy == 0) {
            if (ay <= minY || ay >= maxY) {
                return false;
            }
        } else {
            double t1 = (minY - ay) / dy;
            double t2 = (maxY - ay) / dy;
            tEnter = Math.max(tEnter, Math.min(t1, t2));
            tExit = Math.min(tExit, Math.max(t1, t2));
        }
        // A crossing of zero length (a corner or a wall grazed) leaves the path open.
        double lengthSquared = dx * dx + dy * dy;
        if ((tExit - tEnter) * Math.sqrt(lengthSquared) <= 1e-9) {
            return false;
        }
        // The segment is straight, so its lowest point over the footprint is at one end of the crossing.
        double lowest = Math.min(ha + tEnter * dh, ha + tExit * dh);
        return lowest <= heightsM[j * columns + i];
    }
}

package org.agora.wireless.city;

import org.agora.core.kernel.RandomStream;

/**
 * A user moving along the streets of a {@link ManhattanGrid}: it follows a path parallel to the
 * street axis, {@code offset} metres to the right of its heading (on the sidewalk or in a lane),
 * and at each intersection it goes straight on or turns, choosing at random among the ways that
 * stay inside the city. A turn happens where the two offset paths cross, so a pedestrian turns
 * the corner hugging the building wall.
 *
 * <p>Position along the path is kept relative to the centre C of the intersection ahead: the user
 * is at C + offset·right(heading) + s·heading, with s &lt; 0 before the centre. Not thread-safe;
 * one instance per user, advanced on the simulation thread.
 */
public final class StreetMover {

    /** The ways through an intersection. */
    public enum Turn { STRAIGHT, LEFT, RIGHT }

    private final ManhattanGrid grid;
    private final MoverProfile profile;
    private final double offsetM;
    private final double speedMps;
    private Heading heading;
    private int column;
    private int row;
    private double s;
    private Turn turn;
    private double waitS;
    private double x;
    private double y;

    /**
     * A user approaching intersection (column, row) with the given heading, {@code s} metres
     * before its centre along the path (s &lt; 0), planning {@code turn} there.
     */
    public StreetMover(ManhattanGrid grid, MoverProfile profile, double speedMps, Heading heading, int column, int row,
            double s, Turn turn) {
        this.grid = grid;
        this.profile = profile;
        this.offsetM = grid.streetWidthM() / 2 - profile.wallDistanceM();
        this.speedMps = speedMps;
        this.heading = heading;
        this.column = column;
        this.row = row;
        this.s = s;
        this.turn = turn;
        if (offsetM < 0) {
            throw new IllegalArgumentException("wall distance " + profile.wallDistanceM() + " m is wider than half the street");
        }
        updatePosition();
    }

    /** A user placed at random on a street of the city, moving with a speed drawn from its profile. */
    public static StreetMover random(ManhattanGrid grid, MoverProfile profile, RandomStream random) {
        double speed = profile.meanSpeedMps() + random.uniform(-profile.speedSpreadMps(), profile.speedSpreadMps());
        while (true) {
            Heading heading = Heading.values()[random.nextInt(4)];
            int column = random.nextInt(grid.columns() + 1);
            int row = random.nextInt(grid.rows() + 1);
            int fromColumn = column - heading.dx();
            int fromRow = row - heading.dy();
            if (fromColumn < 0 || fromRow < 0 || fromColumn > grid.columns() || fromRow > grid.rows()) {
                continue;
            }
            Turn turn = chooseTurn(grid, profile, heading, column, row, random);
            double offset = grid.streetWidthM() / 2 - profile.wallDistanceM();
            double end = turnPoint(turn, offset);
            double start = -grid.pitchM() + grid.streetWidthM();
            double s = random.uniform(start, end);
            return new StreetMover(grid, profile, speed, heading, column, row, s, turn);
        }
    }

    /** Where along the path (s, relative to the intersection's centre) a turn is taken. */
    static double turnPoint(Turn turn, double offset) {
        return switch (turn) {
            case STRAIGHT -> 0.0;
            case RIGHT -> -offset;
            case LEFT -> offset;
        };
    }

    /**
     * Moves the user for {@code dt} seconds, turning and stopping at intersections as drawn from
     * {@code random}; returns the distance covered in metres.
     */
    public double advance(double dt, RandomStream random) {
        double remaining = dt;
        double covered = 0;
        while (remaining > 0) {
            if (waitS > 0) {
                double waited = Math.min(waitS, remaining);
                waitS -= waited;
                remaining -= waited;
                continue;
            }
            double toTurn = turnPoint(turn, offsetM) - s;
            double reach = speedMps * remaining;
            if (reach < toTurn) {
                s += reach;
                covered += reach;
                break;
            }
            covered += toTurn;
            remaining -= toTurn / speedMps;
            passIntersection(random);
        }
        updatePosition();
        return covered;
    }

    private void passIntersection(RandomStream random) {
        Heading next = switch (turn) {
            case STRAIGHT -> heading;
            case LEFT -> heading.left();
            case RIGHT -> heading.right();
        };
        // Position relative to the new path: see the class comment; t is s on the new path
        // measured from the same centre, then re-based on the next intersection.
        double t = switch (turn) {
            case STRAIGHT -> 0.0;
            case RIGHT -> offsetM;
            case LEFT -> -offsetM;
        };
        heading = next;
        column += heading.dx();
        row += heading.dy();
        s = t - grid.pitchM();
        turn = chooseTurn(grid, profile, heading, column, row, random);
        if (profile.stopProbability() > 0 && random.chance(profile.stopProbability())) {
            waitS = random.exponential(profile.meanStopS());
        }
    }

    private static Turn chooseTurn(ManhattanGrid grid, MoverProfile profile, Heading heading, int column, int row,
            RandomStream random) {
        boolean straight = inside(grid, column + heading.dx(), row + heading.dy());
        boolean left = inside(grid, column + heading.left().dx(), row + heading.left().dy());
        boolean right = inside(grid, column + heading.right().dx(), row + heading.right().dy());
        double pStraight = straight ? profile.straightProbability() : 0;
        double pSide = (1 - profile.straightProbability()) / 2;
        double pLeft = left ? pSide : 0;
        double pRight = right ? pSide : 0;
        double total = pStraight + pLeft + pRight;
        if (total <= 0) {
            // Only possible with straightProbability 1 at the city's edge: take any way that stays inside.
            return left ? Turn.LEFT : Turn.RIGHT;
        }
        double draw = random.nextDouble() * total;
        if (draw < pStraight) {
            return Turn.STRAIGHT;
        }
        return draw < pStraight + pLeft ? Turn.LEFT : Turn.RIGHT;
    }

    private static boolean inside(ManhattanGrid grid, int column, int row) {
        return column >= 0 && row >= 0 && column <= grid.columns() && row <= grid.rows();
    }

    private void updatePosition() {
        double cx = grid.streetX(column);
        double cy = grid.streetY(row);
        Heading right = heading.right();
        x = cx + offsetM * right.dx() + s * heading.dx();
        y = cy + offsetM * right.dy() + s * heading.dy();
    }

    /** East coordinate in metres. */
    public double x() {
        return x;
    }

    /** North coordinate in metres. */
    public double y() {
        return y;
    }

    public Heading heading() {
        return heading;
    }

    /** The user's speed when moving, m/s. */
    public double speedMps() {
        return speedMps;
    }

    /** True while stopped at an intersection. */
    public boolean stopped() {
        return waitS > 0;
    }
}

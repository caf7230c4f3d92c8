package org.agora.vehicles.road;

/**
 * One lane: a longitudinal extent [startX, endX] in the road's coordinate x (metres, along the
 * main road), a {@link Centreline}, a width, a role and what is at its end. Immutable.
 *
 * <p>All lanes share the longitudinal coordinate x: a ramp vehicle at x = 300 is beside the main
 * road's point x = 300. On the converging section x is the projection on the main road's axis
 * (Agora's simplification; the curve makes the ramp about 1% longer than its projection).
 */
public final class Lane {

    /** Half the length of the obstacle closing a lane, in metres (a 2 m × 2 m block centred on the lane's end). */
    public static final double OBSTACLE_HALF_LENGTH = 1.0;

    private final int index;
    private final String name;
    private final LaneRole role;
    private final double startX;
    private final double endX;
    private final LaneEnd end;
    private final Centreline centre;
    private final double width;

    public Lane(int index, String name, LaneRole role, double startX, double endX, LaneEnd end, Centreline centre,
            double width) {
        if (!(endX > startX)) {
            throw new IllegalArgumentException("lane " + name + " must end after it starts");
        }
        this.index = index;
        this.name = name;
        this.role = role;
        this.startX = startX;
        this.endX = endX;
        this.end = end;
        this.centre = centre;
        this.width = width;
    }

    /** Its position in {@link Road#lanes()}. */
    public int index() {
        return index;
    }

    public String name() {
        return name;
    }

    public LaneRole role() {
        return role;
    }

    public double startX() {
        return startX;
    }

    public double endX() {
        return endX;
    }

    public LaneEnd end() {
        return end;
    }

    public double width() {
        return width;
    }

    /** The x of the obstacle's centre, or +∞ if the lane ends in an exit. */
    public double obstacleX() {
        return end == LaneEnd.OBSTACLE ? endX : Double.POSITIVE_INFINITY;
    }

    /** The centre's lateral position at {@code x}, in metres. */
    public double y(double x) {
        return centre.y(x);
    }

    /** The centre's heading at {@code x}, in radians. */
    public double heading(double x) {
        return centre.heading(x);
    }

    /** True where the lane is straight at {@code x}. */
    public boolean straightAt(double x) {
        return centre.straightAt(x);
    }

    @Override
    public String toString() {
        return name;
    }
}

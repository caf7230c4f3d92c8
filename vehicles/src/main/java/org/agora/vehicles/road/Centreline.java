package org.agora.vehicles.road;

/**
 * The shape of a lane: its centre's lateral position y (metres) as a function of the longitudinal
 * coordinate x (metres). Either straight, or a ramp that runs straight at one offset, converges
 * along half a cosine period and runs straight at the merge offset (the sine-shaped converging
 * section of highway-env and MAPPO-PIS). Immutable.
 */
public final class Centreline {

    private final double farY;
    private final double convergeStartX;
    private final double convergeLength;
    private final double nearY;

    private Centreline(double farY, double convergeStartX, double convergeLength, double nearY) {
        this.farY = farY;
        this.convergeStartX = convergeStartX;
        this.convergeLength = convergeLength;
        this.nearY = nearY;
    }

    /** A straight lane at lateral position {@code y}. */
    public static Centreline straight(double y) {
        return new Centreline(y, Double.POSITIVE_INFINITY, 1, y);
    }

    /**
     * A ramp: at {@code farY} before {@code convergeStartX}, converging over {@code convergeLength}
     * metres (y = nearY + (farY − nearY)·(1 + cos(π·s/length))/2, s the distance into the section),
     * at {@code nearY} after it.
     */
    public static Centreline converging(double farY, double convergeStartX, double convergeLength, double nearY) {
        if (!(convergeLength > 0)) {
            throw new IllegalArgumentException("converging section must be longer than 0 m");
        }
        return new Centreline(farY, convergeStartX, convergeLength, nearY);
    }

    /** The centre's lateral position at {@code x}, in metres. */
    public double y(double x) {
        if (x <= convergeStartX) {
            return farY;
        }
        double s = x - convergeStartX;
        if (s >= convergeLength) {
            return nearY;
        }
        return nearY + (farY - nearY) * 0.5 * (1 + Math.cos(Math.PI * s / convergeLength));
    }

    /** The centre's heading at {@code x}, in radians (0 along the road). */
    public double heading(double x) {
        double s = x - convergeStartX;
        if (s <= 0 || s >= convergeLength) {
            return 0;
        }
        double slope = -(farY - nearY) * 0.5 * Math.PI / convergeLength * Math.sin(Math.PI * s / convergeLength);
        return Math.atan(slope);
    }

    /** True where the lane runs straight along the road at {@code x}. */
    public boolean straightAt(double x) {
        return x <= convergeStartX || x >= convergeStartX + convergeLength;
    }
}

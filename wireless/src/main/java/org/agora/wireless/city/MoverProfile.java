package org.agora.wireless.city;

/**
 * How a kind of user moves along the streets.
 *
 * @param meanSpeedMps mean speed in m/s
 * @param speedSpreadMps half-width of the uniform spread of each user's speed around the mean, m/s
 * @param wallDistanceM distance of the user's path from the building walls, metres (a pedestrian
 *     on the sidewalk ≈ 1.5 m; a car in the near lane ≈ a quarter of the street width)
 * @param straightProbability at an intersection, the chance to go straight on (the rest is split
 *     evenly between left and right; turns leaving the city are not taken)
 * @param stopProbability at an intersection, the chance to stop (a red light, a knot of traffic)
 * @param meanStopS mean length of a stop in seconds (exponential)
 */
public record MoverProfile(double meanSpeedMps, double speedSpreadMps, double wallDistanceM, double straightProbability,
        double stopProbability, double meanStopS) {

    public MoverProfile {
        if (!(meanSpeedMps > 0) || speedSpreadMps < 0 || speedSpreadMps >= meanSpeedMps || wallDistanceM < 0
                || straightProbability < 0 || straightProbability > 1 || stopProbability < 0 || stopProbability > 1
                || meanStopS < 0) {
            throw new IllegalArgumentException("invalid mover profile " + this);
        }
    }

    /** A pedestrian on the sidewalk: 1.4 m/s ± 0.4, 1.5 m from the walls, no stops. */
    public static MoverProfile pedestrian() {
        return new MoverProfile(1.4, 0.4, 1.5, 0.5, 0.0, 0.0);
    }

    /** A car in the near lane of a 20 m street: 10 m/s ± 3, stopping at a third of the intersections for 8 s on average. */
    public static MoverProfile vehicle() {
        return new MoverProfile(10.0, 3.0, 5.0, 0.5, 0.3, 8.0);
    }
}

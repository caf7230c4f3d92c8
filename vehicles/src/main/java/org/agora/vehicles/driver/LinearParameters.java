package org.agora.vehicles.driver;

/**
 * A linear car-following law (highway-env's LinearVehicle):
 * a = kSpeed·(v0 − v) + kApproach·min(0, vLeader − v) + kGap·min(0, s − (s0 + v·T)), and at
 * most −{@link #STANDSTILL_BRAKING} when the gap s is below s0.
 *
 * @param kSpeed gain on the speed error, 1/s
 * @param kApproach gain on the closing speed, 1/s
 * @param kGap gain on the missing gap, 1/s²
 * @param jamGap s0, bumper to bumper, metres
 * @param timeGap T, seconds
 * @param minLaneChangeGain the MOBIL threshold this driver uses instead of the set's, m/s²
 */
public record LinearParameters(double kSpeed, double kApproach, double kGap, double jamGap, double timeGap,
        double minLaneChangeGain) {

    /**
     * Braking below the jam gap, m/s². The linear law alone keeps creeping towards a standing
     * leader (its speed term outweighs its gap term near standstill); Agora makes it brake there.
     */
    public static final double STANDSTILL_BRAKING = 5.0;

    /**
     * The aggressive driver: accepts smaller gaps (a weak gap gain of 0.5) and reacts to speed with
     * the gains of a 0.8 m/s² merge at 30 m/s (0.8/(0.25·30), 0.8/(0.75·30)); 2.5 s time gap, 1.0 m/s² lane-change gain.
     */
    public static LinearParameters aggressive() {
        return new LinearParameters(0.8 / (0.25 * 30), 0.8 / (0.75 * 30), 0.5, 5.0, 2.5, 1.0);
    }

    /** The defensive driver: gains of a 1.2 m/s² merge at 30 m/s and a strong gap gain of 2.0; 2.5 s, 1.0 m/s². */
    public static LinearParameters defensive() {
        return new LinearParameters(1.2 / (0.25 * 30), 1.2 / (0.75 * 30), 2.0, 5.0, 2.5, 1.0);
    }

    /** The acceleration in m/s² (unclipped); {@code gap} is +∞ on a free road. */
    public double acceleration(double speed, double desiredSpeed, double gap, double leaderSpeed) {
        double a = kSpeed * (desiredSpeed - speed);
        if (gap < Double.POSITIVE_INFINITY) {
            a += kApproach * Math.min(0, leaderSpeed - speed);
            a += kGap * Math.min(0, gap - (jamGap + Math.max(speed, 0) * timeGap));
            if (gap < jamGap) {
                a = Math.min(a, -STANDSTILL_BRAKING);
            }
        }
        return a;
    }
}

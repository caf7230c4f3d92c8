package org.agora.vehicles.traffic;

/**
 * The low-level controllers shared by every vehicle model (highway-env's ControlledVehicle): a
 * proportional speed controller and a lateral controller that steers towards a lane's centre.
 * Stateless and thread-safe.
 */
public final class Controllers {

    /** Speed tracking gain, 1/s (time constant 0.6 s). */
    public static final double SPEED_GAIN = 1 / 0.6;
    /** Lateral position gain, 1/s (time constant 0.6 s). */
    public static final double LATERAL_GAIN = 1 / 0.6;
    /** Heading gain, 1/s (time constant 0.2 s). */
    public static final double HEADING_GAIN = 1 / 0.2;
    /** The largest heading relative to the lane during a lane change, radians. */
    public static final double MAX_RELATIVE_HEADING = Math.PI / 4;
    /** The largest acceleration magnitude of a CAV, m/s² (the HDVs' clip; Agora's choice). */
    public static final double CAV_ACCELERATION_LIMIT = 6.0;

    private Controllers() {
    }

    /** The hardest braking of an emergency stop, m/s² (a dry-road maximum; Agora's choice). */
    public static final double EMERGENCY_BRAKING = 9.0;

    /**
     * The acceleration tracking {@code targetSpeed}, clipped to ±{@link #CAV_ACCELERATION_LIMIT};
     * tracking 0 (the safety module's emergency stop) brakes at up to {@link #EMERGENCY_BRAKING}.
     */
    public static double speedControl(double speed, double targetSpeed) {
        double a = SPEED_GAIN * (targetSpeed - speed);
        if (targetSpeed == 0) {
            return a < -EMERGENCY_BRAKING ? -EMERGENCY_BRAKING : (a > CAV_ACCELERATION_LIMIT ? CAV_ACCELERATION_LIMIT : a);
        }
        return clip(a, CAV_ACCELERATION_LIMIT);
    }

    /**
     * The heading rate (rad/s) that steers a vehicle at lateral position {@code y} with heading
     * {@code heading} towards a lane centre at {@code laneY} with heading {@code laneHeading}.
     */
    public static double headingRate(double y, double heading, double speed, double laneY, double laneHeading) {
        double lateralSpeed = LATERAL_GAIN * (laneY - y);
        double relative = Math.asin(clip(lateralSpeed / Math.max(speed, 1.0), 1.0));
        relative = clip(relative, MAX_RELATIVE_HEADING);
        return HEADING_GAIN * (laneHeading + relative - heading);
    }

    static double clip(double value, double limit) {
        return value > limit ? limit : (value < -limit ? -limit : value);
    }
}

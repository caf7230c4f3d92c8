package org.agora.vehicles.driver;

/**
 * The Intelligent Driver Model's parameters.
 *
 * @param maxAcceleration a, in m/s²
 * @param comfortableDeceleration b, in m/s² (positive)
 * @param jamGap s0, the bumper-to-bumper gap at standstill, in metres
 * @param timeGap T, in seconds
 * @param delta δ, the free-road exponent
 * @param accelerationLimit the magnitude the applied acceleration is clipped to, in m/s²
 */
public record IdmParameters(double maxAcceleration, double comfortableDeceleration, double jamGap, double timeGap,
        double delta, double accelerationLimit) {

    public IdmParameters {
        if (!(maxAcceleration > 0) || !(comfortableDeceleration > 0) || !(jamGap >= 0) || !(timeGap >= 0)
                || !(delta > 0) || !(accelerationLimit > 0)) {
            throw new IllegalArgumentException("IDM parameters out of range: " + maxAcceleration + ", "
                    + comfortableDeceleration + ", " + jamGap + ", " + timeGap + ", " + delta + ", " + accelerationLimit);
        }
    }

    /**
     * The reference's values (MAPPO-PIS and highway-env alike): a = 3, b = 5 m/s², s0 = 5 m bumper to
     * bumper (10 m centre to centre for 5 m cars), T = 1.5 s, δ = 4, clipped to ±6 m/s².
     */
    public static IdmParameters reference() {
        return new IdmParameters(3.0, 5.0, 5.0, 1.5, 4.0, 6.0);
    }

    /** The equilibrium bumper-to-bumper gap at speed {@code v} for desired speed {@code v0}: (s0 + v·T)/√(1 − (v/v0)^δ). */
    public double equilibriumGap(double v, double v0) {
        return (jamGap + v * timeGap) / Math.sqrt(1 - Math.pow(v / v0, delta));
    }
}

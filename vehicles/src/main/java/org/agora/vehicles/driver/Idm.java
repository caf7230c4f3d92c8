package org.agora.vehicles.driver;

/**
 * The Intelligent Driver Model: a·[1 − (v/v0)^δ − (s* / s)²] with
 * s* = s0 + max(0, v·T + v·Δv/(2·√(a·b))), s the bumper-to-bumper gap and Δv the approach rate.
 * The result is not clipped (MOBIL judges raw accelerations); vehicles clip what they apply.
 * These are the one car-following law of the traffic, the safety module's predictions and the
 * intent predictor alike; {@link GapForm} chooses how the gap is measured.
 * Stateless and thread-safe.
 */
public final class Idm {

    /** Gaps are floored at this many metres, so that a touching leader gives a huge finite braking. */
    private static final double MIN_GAP = 1e-3;

    private Idm() {
    }

    /**
     * The acceleration in m/s² of a vehicle at {@code speed} (m/s) wanting {@code desiredSpeed}
     * behind a leader {@code gap} metres ahead (bumper to bumper; +∞ for a free road) driving at
     * {@code leaderSpeed}.
     */
    public static double acceleration(IdmParameters p, double speed, double desiredSpeed, double gap, double leaderSpeed) {
        return acceleration(p, brakingScale(p), speed, desiredSpeed, gap, leaderSpeed);
    }

    /** 2·√(a·b), m/s², the denominator of the IDM's approach term (constant per parameter set). */
    public static double brakingScale(IdmParameters p) {
        return 2 * Math.sqrt(p.maxAcceleration() * p.comfortableDeceleration());
    }

    /**
     * The same with {@code brakingScale} = {@link #brakingScale(IdmParameters) brakingScale(p)}
     * computed beforehand, for callers that evaluate one driver many times.
     */
    public static double acceleration(IdmParameters p, double brakingScale, double speed, double desiredSpeed, double gap,
            double leaderSpeed) {
        return acceleration(p, brakingScale, GapForm.BUMPER, speed, desiredSpeed, gap, leaderSpeed);
    }

    /**
     * The acceleration in m/s² with the gap measured as {@code form} says; {@code gap} is always passed
     * bumper to bumper (+∞ for a free road) and converted here.
     */
    public static double acceleration(IdmParameters p, double brakingScale, GapForm form, double speed,
            double desiredSpeed, double gap, double leaderSpeed) {
        double ratio = speed / Math.max(desiredSpeed, 1e-6);
        double free = p.delta() == 4.0 ? ratio * ratio * ratio * ratio : Math.pow(ratio, p.delta());
        double a = p.maxAcceleration() * (1 - free);
        if (gap < Double.POSITIVE_INFINITY) {
            double approach = speed - leaderSpeed;
            double dynamic = speed * p.timeGap() + speed * approach / brakingScale;
            double q = form == GapForm.BUMPER
                    ? (p.jamGap() + Math.max(0, dynamic)) / Math.max(gap, MIN_GAP)
                    : (p.jamGap() + GapForm.VEHICLE_LENGTH + dynamic) / Math.max(gap + GapForm.VEHICLE_LENGTH, MIN_GAP);
            a -= p.maxAcceleration() * q * q;
        }
        return a;
    }
}

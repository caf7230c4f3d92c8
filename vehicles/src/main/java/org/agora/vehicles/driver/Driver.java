package org.agora.vehicles.driver;

/**
 * A human driver: how it follows (IDM, or a linear law) and how it changes lanes (MOBIL).
 * Other vehicles' reactions are judged with the IDM parameters, as highway-env's MOBIL does.
 * Immutable.
 *
 * @param kind which law it follows
 * @param idm the IDM parameters (also used to judge others' reactions)
 * @param linear the linear law for AGGRESSIVE and DEFENSIVE drivers, else null
 * @param mobil lane changing (its minimum gain is replaced by the linear law's for those drivers)
 */
public record Driver(DriverKind kind, IdmParameters idm, LinearParameters linear, MobilParameters mobil) {

    public Driver {
        if ((kind == DriverKind.IDM) != (linear == null)) {
            throw new IllegalArgumentException("a " + kind + " driver " + (linear == null ? "needs" : "has no") + " linear law");
        }
    }

    /** This driver's own acceleration in m/s² (unclipped); {@code gap} is +∞ on a free road. */
    public double acceleration(double speed, double desiredSpeed, double gap, double leaderSpeed) {
        return linear == null ? Idm.acceleration(idm, speed, desiredSpeed, gap, leaderSpeed)
                : linear.acceleration(speed, desiredSpeed, gap, leaderSpeed);
    }

    /** The same with the IDM's gap measured as {@code form} says (the linear laws have one form). */
    public double acceleration(GapForm form, double speed, double desiredSpeed, double gap, double leaderSpeed) {
        return linear == null ? Idm.acceleration(idm, Idm.brakingScale(idm), form, speed, desiredSpeed, gap, leaderSpeed)
                : linear.acceleration(speed, desiredSpeed, gap, leaderSpeed);
    }

    /** The MOBIL gain threshold this driver applies, m/s². */
    public double minLaneChangeGain() {
        return linear == null ? mobil.minGain() : linear.minLaneChangeGain();
    }

    /** The largest acceleration magnitude it applies, m/s². */
    public double accelerationLimit() {
        return idm.accelerationLimit();
    }
}

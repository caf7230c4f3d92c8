package org.agora.vehicles.driver;

/**
 * The two parameter sets of the reference: MAPPO-PIS's and highway-env merge-v0's. They share the
 * IDM and differ in MOBIL and in the desired speed.
 */
public enum DriverSet {

    /** MAPPO-PIS: MOBIL gain 0.1 m/s², imposed braking up to 9 m/s²; desired speed = spawn speed. */
    MAPPO_PIS(new MobilParameters(0, 0.1, 9.0, 1.0), Double.NaN),

    /** highway-env merge-v0: MOBIL gain 0.2 m/s², imposed braking up to 2 m/s²; desired speed 20 m/s (the lane limit). */
    HIGHWAY_ENV(new MobilParameters(0, 0.2, 2.0, 1.0), 20.0);

    private final MobilParameters mobil;
    private final double fixedDesiredSpeed;

    DriverSet(MobilParameters mobil, double fixedDesiredSpeed) {
        this.mobil = mobil;
        this.fixedDesiredSpeed = fixedDesiredSpeed;
    }

    public MobilParameters mobil() {
        return mobil;
    }

    /** The desired speed of a driver who enters at {@code spawnSpeed} m/s. */
    public double desiredSpeed(double spawnSpeed) {
        return Double.isNaN(fixedDesiredSpeed) ? spawnSpeed : fixedDesiredSpeed;
    }

    /** A driver of {@code kind} in this set. */
    public Driver driver(DriverKind kind) {
        IdmParameters idm = IdmParameters.reference();
        return switch (kind) {
            case IDM -> new Driver(kind, idm, null, mobil);
            case AGGRESSIVE -> new Driver(kind, idm, LinearParameters.aggressive(), mobil);
            case DEFENSIVE -> new Driver(kind, idm, LinearParameters.defensive(), mobil);
        };
    }
}

package org.agora.vehicles.driver;

/**
 * MOBIL's two criteria (Kesting, Treiber and Helbing) as pure functions of the accelerations a
 * caller computed with the IDM: the one rule of the traffic and of the safety module's predictions.
 * Accelerations are in m/s², unclipped. Stateless and thread-safe.
 */
public final class Mobil {

    private Mobil() {
    }

    /** Safety: the new follower's acceleration behind the changing vehicle is at least −(max imposed braking). */
    public static boolean safe(Driver driver, double newFollowerAfter) {
        return !(newFollowerAfter < -driver.mobil().maxImposedBraking());
    }

    /**
     * Incentive: the driver's own gain plus politeness × the followers' gains reaches its minimum gain.
     *
     * @param selfBefore its acceleration in its lane now
     * @param selfAfter its acceleration in the target lane
     * @param newFollowerGain the new follower's acceleration after minus before (0 without one)
     * @param oldFollowerGain the old follower's acceleration after minus before (0 without one, or
     *     when politeness is 0: callers may skip computing it then)
     */
    public static boolean worthwhile(Driver driver, double selfBefore, double selfAfter, double newFollowerGain,
            double oldFollowerGain) {
        double gain = selfAfter - selfBefore + driver.mobil().politeness() * (newFollowerGain + oldFollowerGain);
        return gain >= driver.minLaneChangeGain();
    }
}

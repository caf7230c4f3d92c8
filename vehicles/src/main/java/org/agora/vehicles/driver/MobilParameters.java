package org.agora.vehicles.driver;

/**
 * MOBIL lane changing: change when own gain + politeness·(the followers' gains) is at least
 * {@code minGain}, unless the new follower would have to brake harder than {@code maxImposedBraking}.
 *
 * @param politeness p, in [0, 1]
 * @param minGain the acceleration gain threshold, m/s²
 * @param maxImposedBraking the largest braking imposed on the new follower, m/s² (positive)
 * @param decisionPeriod how often a driver considers changing lanes, seconds
 */
public record MobilParameters(double politeness, double minGain, double maxImposedBraking, double decisionPeriod) {

    public MobilParameters {
        if (!(politeness >= 0 && politeness <= 1) || !(maxImposedBraking > 0) || !(decisionPeriod > 0)) {
            throw new IllegalArgumentException("MOBIL parameters out of range");
        }
    }
}

package org.agora.wireless.channel;

/** Conversions between decibels and linear quantities, and thermal noise. Stateless. */
public final class Decibels {

    /** Thermal noise power spectral density at 290 K, in dBm/Hz. */
    public static final double THERMAL_NOISE_DBM_PER_HZ = -174.0;

    private Decibels() {
    }

    /** A power ratio in dB as a linear ratio. */
    public static double toLinear(double db) {
        return Math.pow(10.0, db / 10.0);
    }

    /** A linear power ratio in dB. */
    public static double fromLinear(double linear) {
        return 10.0 * Math.log10(linear);
    }

    /** A power in dBm as milliwatts. */
    public static double dbmToMilliwatts(double dbm) {
        return toLinear(dbm);
    }

    /**
     * Thermal noise power in dBm over a bandwidth, seen through a receiver with a noise figure:
     * −174 dBm/Hz + 10·log10(bandwidthHz) + noiseFigureDb.
     */
    public static double thermalNoiseDbm(double bandwidthHz, double noiseFigureDb) {
        return THERMAL_NOISE_DBM_PER_HZ + 10.0 * Math.log10(bandwidthHz) + noiseFigureDb;
    }
}

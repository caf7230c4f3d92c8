package org.agora.wireless.handover;

/**
 * Event A3 of 3GPP TS 38.331 (a neighbour becomes offset-better than the serving cell), with the
 * cell-specific offsets at 0: it is entered when Mn − hysteresis &gt; Mp + offset, left when
 * Mn + hysteresis &lt; Mp + offset, and reported when entered for a whole time-to-trigger.
 * Measurements in dBm (L3-filtered RSRP).
 *
 * <p>3GPP allows only some time-to-trigger values (0, 40, 64, 80, 100, 128, 160, 256, 320, 480,
 * 512, 640, 1024, 1280, 2560, 5120 ms); Agora accepts any non-negative value, so that sweeps can
 * go between them.
 *
 * @param offsetDb a3-Offset in dB
 * @param hysteresisDb hysteresis in dB
 * @param timeToTriggerS time-to-trigger in seconds
 */
public record A3Rule(double offsetDb, double hysteresisDb, double timeToTriggerS) {

    public A3Rule {
        if (hysteresisDb < 0 || timeToTriggerS < 0) {
            throw new IllegalArgumentException("hysteresis and time-to-trigger must be >= 0");
        }
    }

    /** Whether the entering condition holds. */
    public boolean entering(double neighbourDbm, double servingDbm) {
        return neighbourDbm - hysteresisDb > servingDbm + offsetDb;
    }

    /** Whether the leaving condition holds. */
    public boolean leaving(double neighbourDbm, double servingDbm) {
        return neighbourDbm + hysteresisDb < servingDbm + offsetDb;
    }
}

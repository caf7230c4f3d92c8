package org.agora.vehicles.driver;

/**
 * How the IDM measures the gap to the leader. Both give the same standstill distance for 5 m cars
 * (5 m bumper to bumper = 10 m centre to centre) and differ in motion.
 */
public enum GapForm {

    /**
     * Agora's: s is the bumper-to-bumper gap and s* = s0 + max(0, v·T + v·Δv/(2·√(a·b))), with s0 the
     * parameters' jam gap (5 m): the textbook IDM (Treiber et al.), whose desired gap never drops
     * below s0 when the leader pulls away.
     */
    BUMPER,

    /**
     * The study's (highway-env's): s is the centre-to-centre distance and
     * s* = (s0 + L) + v·T + v·Δv/(2·√(a·b)) without the max(0, ·), with L = {@link #VEHICLE_LENGTH}
     * (s0 + L = 10 m for the reference's parameters).
     */
    CENTRE;

    /** The length of every vehicle, metres (the traffic's vehicles are all this long). */
    public static final double VEHICLE_LENGTH = 5.0;

    /** The parameter word for this form: {@code bumper} or {@code centre}. */
    public String word() {
        return this == BUMPER ? "bumper" : "centre";
    }

    /** The form called {@code word}. */
    public static GapForm of(String word) {
        for (GapForm form : values()) {
            if (form.word().equals(word)) {
                return form;
            }
        }
        throw new IllegalArgumentException("unknown IDM gap form '" + word + "'");
    }
}

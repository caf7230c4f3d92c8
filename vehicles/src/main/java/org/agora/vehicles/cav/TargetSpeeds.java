package org.agora.vehicles.cav;

/** The speeds a CAV's controller can track: 10, 15, 20, 25 and 30 m/s. */
public final class TargetSpeeds {

    private static final double[] SPEEDS = {10, 15, 20, 25, 30};

    private TargetSpeeds() {
    }

    public static int count() {
        return SPEEDS.length;
    }

    /** The speed of step {@code index}, m/s. */
    public static double speed(int index) {
        return SPEEDS[index];
    }

    /** The index of the step nearest to {@code speed} (the lower one on a tie). */
    public static int nearest(double speed) {
        int best = 0;
        for (int i = 1; i < SPEEDS.length; i++) {
            if (Math.abs(SPEEDS[i] - speed) < Math.abs(SPEEDS[best] - speed)) {
                best = i;
            }
        }
        return best;
    }
}

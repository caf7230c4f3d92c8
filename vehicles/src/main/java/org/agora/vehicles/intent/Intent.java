package org.agora.vehicles.intent;

import org.agora.vehicles.cav.MetaAction;

/**
 * A CAV's intended trajectory, as it predicts it at a decision step under the action it takes:
 * points one simulation step apart, the first one step after {@code generatedAt}. Immutable
 * (the arrays are never changed after construction).
 *
 * @param sender the CAV's id
 * @param senderNumber the CAV's number (see {@link org.agora.vehicles.traffic.Vehicle#number()})
 * @param message the sender's message counter
 * @param generatedAt when it was predicted, seconds
 * @param step the time between points, seconds
 * @param action the action it predicts under
 * @param x positions along the road, metres
 * @param y lateral positions, metres
 * @param heading headings, radians
 * @param speed speeds, m/s
 */
public record Intent(String sender, int senderNumber, long message, double generatedAt, double step, MetaAction action,
        double[] x, double[] y, double[] heading, double[] speed) {

    /** How many points it has. */
    public int points() {
        return x.length;
    }

    /** The time of point {@code i}, seconds. */
    public double timeOf(int i) {
        return generatedAt + (i + 1) * step;
    }

    /** The time of its last point, seconds. */
    public double endTime() {
        return timeOf(x.length - 1);
    }

    /** The index of the point nearest to time {@code t}, clamped to the horizon. */
    public int pointAt(double t) {
        int i = (int) Math.round((t - generatedAt) / step) - 1;
        return Math.max(0, Math.min(x.length - 1, i));
    }

    /** The predicted x at time {@code t}: interpolated inside the horizon, extrapolated at the last speed after it. */
    public double xAt(double t) {
        if (t >= endTime()) {
            int last = x.length - 1;
            return x[last] + speed[last] * Math.cos(heading[last]) * (t - endTime());
        }
        double position = (t - generatedAt) / step - 1;
        if (position <= 0) {
            return x[0] + (position) * speed[0] * step;
        }
        int i = (int) position;
        double f = position - i;
        return x[i] + f * (x[i + 1] - x[i]);
    }
}

package org.agora.vehicles.rl;

import org.agora.vehicles.intent.IntentTable;
import org.agora.vehicles.merge.ObservationLayout;
import org.agora.vehicles.road.Road;
import org.agora.vehicles.traffic.Traffic;
import org.agora.vehicles.traffic.Vehicle;

/**
 * The kinematics observation of a CAV (highway-env's Kinematics with five rows of
 * [presence, x, y, vx, vy], as MAPPO-PIS uses it): row 0 is the ego, rows 1–4 its nearest
 * neighbours within 180 m, nearest first, relative to the ego; x is scaled by 150 m, y by 12 m,
 * speeds by 45 m/s, each clipped to [−1, 1]; missing rows are zeros. The ego's own x is its
 * position relative to the end of the merge lane (Agora's choice: highway-env's absolute x is
 * clipped away on a 520 m road). With intent features, 16 more numbers follow: for each neighbour
 * row, [held, dx, dy, age] of the ego's latest intent from that neighbour at the end of its
 * horizon (dx/150 m, dy/12 m, age/1 s), zeros when the ego holds none.
 *
 * <p>With the study's layout ({@link ObservationLayout#STUDY}) the ego's x is its absolute x / 150 m,
 * no number is clipped, and the neighbours are the nearest by distance along the road (|Δx| within
 * 180 m), as the study's highway-env fork computes them. The layout changes values, never the size.
 * Stateless.
 */
public final class Observations {

    /** Rows of the kinematics observation. */
    public static final int ROWS = 5;
    /** Numbers per row. */
    public static final int FEATURES = 5;
    /** The kinematics observation's length. */
    public static final int KINEMATICS = ROWS * FEATURES;
    /** Numbers of the intent features. */
    public static final int INTENT_FEATURES = (ROWS - 1) * 4;

    private static final double RANGE = 180;
    private static final double X_SCALE = 150;
    private static final double Y_SCALE = 12;
    private static final double V_SCALE = 45;

    private final boolean withIntents;
    private final boolean study;
    private final Vehicle[] nearest = new Vehicle[ROWS - 1];
    private final double[] distances = new double[ROWS - 1];

    /** Agora's layout, with or without the intent features. */
    public Observations(boolean withIntents) {
        this(withIntents, ObservationLayout.AGORA);
    }

    /** The given layout, with or without the intent features. */
    public Observations(boolean withIntents, ObservationLayout layout) {
        this.withIntents = withIntents;
        this.study = layout == ObservationLayout.STUDY;
    }

    /** The observation's length. */
    public int size() {
        return withIntents ? KINEMATICS + INTENT_FEATURES : KINEMATICS;
    }

    /** Writes the observation of {@code ego} into {@code out} (of length {@link #size()}). */
    public void observe(Vehicle ego, Traffic traffic, IntentTable intents, double now, float[] out) {
        java.util.Arrays.fill(out, 0f);
        Road road = traffic.road();
        out[0] = 1;
        out[1] = clip((study ? ego.x() : ego.x() - road.mergeEndX()) / X_SCALE);
        out[2] = clip(ego.y() / Y_SCALE);
        out[3] = clip(ego.vx() / V_SCALE);
        out[4] = clip(ego.vy() / V_SCALE);
        int found = 0;
        for (Vehicle other : traffic.vehicles()) {
            if (other == ego) {
                continue;
            }
            double dx = other.x() - ego.x();
            if (dx > RANGE || dx < -RANGE) {
                continue;
            }
            double d = study ? Math.abs(dx) : Math.hypot(dx, other.y() - ego.y());
            if (d > RANGE) {
                continue;
            }
            int at = found < nearest.length ? found++ : nearest.length;
            if (at == nearest.length) {
                if (d >= distances[nearest.length - 1]) {
                    continue;
                }
                at = nearest.length - 1;
            }
            while (at > 0 && distances[at - 1] > d) {
                nearest[at] = nearest[at - 1];
                distances[at] = distances[at - 1];
                at--;
            }
            nearest[at] = other;
            distances[at] = d;
        }
        for (int r = 0; r < found; r++) {
            Vehicle other = nearest[r];
            int base = (r + 1) * FEATURES;
            out[base] = 1;
            out[base + 1] = clip((other.x() - ego.x()) / X_SCALE);
            out[base + 2] = clip((other.y() - ego.y()) / Y_SCALE);
            out[base + 3] = clip((other.vx() - ego.vx()) / V_SCALE);
            out[base + 4] = clip((other.vy() - ego.vy()) / V_SCALE);
            if (withIntents && other.isCav()) {
                IntentTable.Received received = intents.latest(other.number());
                if (received != null) {
                    int i = KINEMATICS + r * 4;
                    int last = received.intent().points() - 1;
                    out[i] = 1;
                    out[i + 1] = clip((received.intent().x()[last] - ego.x()) / X_SCALE);
                    out[i + 2] = clip((received.intent().y()[last] - ego.y()) / Y_SCALE);
                    out[i + 3] = clip(received.ageAt(now));
                }
            }
        }
        java.util.Arrays.fill(nearest, null);
    }

    private float clip(double value) {
        if (study) {
            return (float) value;
        }
        return (float) (value > 1 ? 1 : (value < -1 ? -1 : value));
    }
}

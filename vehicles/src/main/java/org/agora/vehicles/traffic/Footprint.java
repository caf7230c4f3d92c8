package org.agora.vehicles.traffic;

/**
 * Whether two rectangles (centre, heading, length, width; metres and radians) overlap, by the
 * separating-axis test. Stateless and thread-safe.
 */
public final class Footprint {

    private Footprint() {
    }

    public static boolean overlap(double x1, double y1, double h1, double l1, double w1, double x2, double y2, double h2,
            double l2, double w2) {
        double dx = x2 - x1;
        double dy = y2 - y1;
        double reach = 0.5 * (Math.hypot(l1, w1) + Math.hypot(l2, w2));
        if (Math.abs(dx) > reach || Math.abs(dy) > reach) {
            return false;
        }
        if (h1 == 0 && h2 == 0) {
            return Math.abs(dx) < 0.5 * (l1 + l2) && Math.abs(dy) < 0.5 * (w1 + w2);
        }
        double c1 = Math.cos(h1);
        double s1 = Math.sin(h1);
        double c2 = Math.cos(h2);
        double s2 = Math.sin(h2);
        return !separates(c1, s1, dx, dy, c1, s1, l1, w1, c2, s2, l2, w2)
                && !separates(-s1, c1, dx, dy, c1, s1, l1, w1, c2, s2, l2, w2)
                && !separates(c2, s2, dx, dy, c1, s1, l1, w1, c2, s2, l2, w2)
                && !separates(-s2, c2, dx, dy, c1, s1, l1, w1, c2, s2, l2, w2);
    }

    /** Whether the axis (ux, uy) separates the two rectangles (their projections do not overlap). */
    private static boolean separates(double ux, double uy, double dx, double dy, double c1, double s1, double l1,
            double w1, double c2, double s2, double l2, double w2) {
        double r1 = 0.5 * l1 * Math.abs(ux * c1 + uy * s1) + 0.5 * w1 * Math.abs(-ux * s1 + uy * c1);
        double r2 = 0.5 * l2 * Math.abs(ux * c2 + uy * s2) + 0.5 * w2 * Math.abs(-ux * s2 + uy * c2);
        return Math.abs(ux * dx + uy * dy) >= r1 + r2;
    }
}

package org.agora.wireless.city;

import java.util.ArrayList;
import java.util.List;

/**
 * Places small cells on street furniture: candidate sites are lamp posts at the four corners of
 * every intersection and in the middle of every block face, {@code kerbM} metres from the building
 * walls; {@code count} of them are chosen by farthest-point sampling (start nearest the city
 * centre, then repeatedly the candidate farthest from every site chosen so far, ties to the first
 * candidate), which spreads cells evenly without drawing random numbers. Stateless.
 */
public final class SiteSelection {

    private SiteSelection() {
    }

    /** A chosen site: a position in metres. */
    public record Site(double x, double y) {
    }

    /** The candidate sites of a city, in a fixed order. */
    public static List<Site> candidates(ManhattanGrid grid, double kerbM) {
        List<Site> sites = new ArrayList<>();
        double corner = grid.streetWidthM() / 2 - kerbM;
        double half = grid.pitchM() / 2;
        for (int l = 0; l <= grid.rows(); l++) {
            for (int k = 0; k <= grid.columns(); k++) {
                double cx = grid.streetX(k);
                double cy = grid.streetY(l);
                for (int sx = -1; sx <= 1; sx += 2) {
                    for (int sy = -1; sy <= 1; sy += 2) {
                        addIfInside(grid, sites, cx + sx * corner, cy + sy * corner);
                    }
                }
                // Mid-block lamp posts on the east and north streets leaving this intersection.
                addIfInside(grid, sites, cx + half, cy + corner);
                addIfInside(grid, sites, cx + corner, cy + half);
            }
        }
        return sites;
    }

    private static void addIfInside(ManhattanGrid grid, List<Site> sites, double x, double y) {
        if (x >= 0 && y >= 0 && x <= grid.widthM() && y <= grid.heightM() && !grid.insideBuilding(x, y)) {
            sites.add(new Site(x, y));
        }
    }

    /** {@code count} evenly spread sites (at most the number of candidates). */
    public static List<Site> choose(ManhattanGrid grid, int count, double kerbM) {
        List<Site> candidates = candidates(grid, kerbM);
        if (count > candidates.size()) {
            throw new IllegalArgumentException("this city has room for " + candidates.size() + " cells, not " + count);
        }
        double[] nearest = new double[candidates.size()];
        java.util.Arrays.fill(nearest, Double.POSITIVE_INFINITY);
        double cx = grid.widthM() / 2;
        double cy = grid.heightM() / 2;
        int first = 0;
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < candidates.size(); i++) {
            double d = distanceSquared(candidates.get(i), cx, cy);
            if (d < best) {
                best = d;
                first = i;
            }
        }
        List<Site> chosen = new ArrayList<>(count);
        int next = first;
        while (chosen.size() < count) {
            Site site = candidates.get(next);
            chosen.add(site);
            nearest[next] = -1;
            double farthest = -1;
            for (int i = 0; i < candidates.size(); i++) {
                if (nearest[i] >= 0) {
                    nearest[i] = Math.min(nearest[i], distanceSquared(candidates.get(i), site.x(), site.y()));
                    if (nearest[i] > farthest) {
                        farthest = nearest[i];
                        next = i;
                    }
                }
            }
        }
        return chosen;
    }

    private static double distanceSquared(Site site, double x, double y) {
        double dx = site.x() - x;
        double dy = site.y() - y;
        return dx * dx + dy * dy;
    }
}

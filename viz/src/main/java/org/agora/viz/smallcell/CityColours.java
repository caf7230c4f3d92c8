package org.agora.viz.smallcell;

import java.awt.Color;

/** The small-cell display's colours (tests look for them on the screen). */
public final class CityColours {

    /** A user holding extra blocks (whatever else holds). */
    public static final Color HOLDING = new Color(0x1B9E3A);
    /** A user in a handover (preparing, executing or interrupted), without extra blocks. */
    public static final Color HANDOVER = new Color(0xFF9F1C);
    /** A degraded user, without extra blocks and not in a handover. */
    public static final Color DEGRADED = new Color(0xD62728);
    /** Any other user. */
    public static final Color CONNECTED = new Color(0xFFFFFF);
    /** Users' outlines. */
    public static final Color OUTLINE = new Color(0x111111);
    /** A serving link. */
    public static final Color SERVING_LINK = new Color(255, 255, 255, 110);
    /** The link to a handover's target. */
    public static final Color TARGET_LINK = new Color(0xFF9F1C);
    /** Extra blocks lent: a link from the user to the lending cell. */
    public static final Color GRANT_LINK = new Color(0x1B9E3A);
    /** Labels. */
    public static final Color TEXT = new Color(0x111111);

    /** Clusters' colours, in cluster order (repeating): none of the users' state colours. */
    private static final Color[] CLUSTERS = {
        new Color(0x6A3D9A), new Color(0x1F78B4), new Color(0x8C564B), new Color(0xE377C2), new Color(0x17BECF),
        new Color(0xBCBD22), new Color(0x7F7F7F), new Color(0xCAB2D6), new Color(0x393B79), new Color(0xAD494A)};

    /** The coverage map's range, dB: below it the darkest colour, above it the lightest. */
    public static final double SINR_LOW_DB = -10;
    public static final double SINR_HIGH_DB = 30;

    private CityColours() {
    }

    /** The colour of cluster {@code cluster}. */
    public static Color cluster(int cluster) {
        return CLUSTERS[cluster % CLUSTERS.length];
    }

    /** A building's grey: the taller, the darker. */
    public static Color building(double heightM, double lowestM, double highestM) {
        double share = highestM > lowestM ? (heightM - lowestM) / (highestM - lowestM) : 0.5;
        int grey = (int) Math.round(200 - 80 * share);
        return new Color(grey, grey, grey);
    }

    /** The coverage map's colour of an SINR (dB): deep blue through teal and green to yellow. */
    public static Color sinr(double sinrDb) {
        double t = Math.max(0, Math.min(1, (sinrDb - SINR_LOW_DB) / (SINR_HIGH_DB - SINR_LOW_DB)));
        float[][] stops = {{0.17f, 0.11f, 0.38f}, {0.13f, 0.45f, 0.56f}, {0.20f, 0.71f, 0.47f}, {0.99f, 0.91f, 0.15f}};
        double position = t * (stops.length - 1);
        int i = Math.min(stops.length - 2, (int) Math.floor(position));
        double f = position - i;
        return new Color((float) (stops[i][0] + f * (stops[i + 1][0] - stops[i][0])),
                (float) (stops[i][1] + f * (stops[i + 1][1] - stops[i][1])),
                (float) (stops[i][2] + f * (stops[i + 1][2] - stops[i][2])));
    }
}

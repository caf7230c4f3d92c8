package org.agora.core.experiment;

import java.util.Locale;

/** How an experiment chooses its parameter points: the key of the experiment file that lists them. */
public enum Design {

    /** Every combination of the values given for each parameter ({@code grid:}); one point if none vary. */
    GRID,

    /** An explicit list of points ({@code points:}). */
    POINTS,

    /** Points drawn at random from ranges and lists, seeded by the experiment's seed ({@code sample:}). */
    SAMPLE;

    /** The key of the experiment file. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}

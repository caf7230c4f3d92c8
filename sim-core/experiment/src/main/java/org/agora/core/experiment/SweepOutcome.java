package org.agora.core.experiment;

import java.nio.file.Path;

/**
 * How a sweep ended.
 *
 * @param directory the output directory
 * @param runs the experiment's number of runs
 * @param recordedBefore runs recorded by earlier starts
 * @param ranNow runs recorded by this start
 * @param failed recorded runs that failed, over all starts
 * @param complete whether every run is recorded, the aggregate written and the charts drawn; false
 *     if the sweep was stopped first (in its runs, or while it drew its charts)
 * @param wallSeconds how long this start took
 * @param charts the charts drawn, or why none were
 */
public record SweepOutcome(Path directory, int runs, int recordedBefore, int ranNow, int failed, boolean complete,
        double wallSeconds, ChartFiles charts) {

    /** How many runs are recorded. */
    public int recorded() {
        return recordedBefore + ranNow;
    }
}

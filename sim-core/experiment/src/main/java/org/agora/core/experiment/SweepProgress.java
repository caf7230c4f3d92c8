package org.agora.core.experiment;

/**
 * Hears how a sweep advances: a progress bar on a terminal, a test. Calls come one at a time
 * (never concurrently), but from the threads that run or collect the runs; keep them cheap.
 */
public interface SweepProgress {

    SweepProgress NONE = new SweepProgress() {
        @Override
        public void started(int runs, int recorded) {
        }

        @Override
        public void recorded(RunRecord record, int recorded, int failed) {
        }
    };

    /** The sweep starts with {@code runs} runs in all, {@code recorded} of them recorded by an earlier start. */
    void started(int runs, int recorded);

    /** {@code record} was recorded; {@code recorded} and {@code failed} count every recorded run so far. */
    void recorded(RunRecord record, int recorded, int failed);

    /** The sweep has ended, however it ended. */
    default void ended() {
    }
}

package org.agora.core.run;

/**
 * Hears how a headless run advances, a few times a second, on the simulation thread. Keep it
 * cheap: a progress line on a terminal, a sweep's counter.
 */
public interface RunProgress {

    RunProgress NONE = new RunProgress() {
        @Override
        public void advanced(double simulatedSeconds, double untilSeconds, long events) {
        }
    };

    /** The run has reached {@code simulatedSeconds} of {@code untilSeconds}, with {@code events} published. */
    void advanced(double simulatedSeconds, double untilSeconds, long events);

    /** The run has ended, however it ended. */
    default void ended() {
    }
}

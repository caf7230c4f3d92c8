package org.agora.scenarios.cli;

import java.io.PrintStream;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.agora.core.run.RunProgress;

/**
 * A progress line on the terminal (stderr) for runs longer than a moment: simulated time against
 * the stop time, events, and an estimate of the time left. Shows nothing for runs under a second,
 * and nothing at all when stderr is not a terminal.
 */
final class TerminalProgress implements RunProgress {

    private static final long DELAY_NANOS = 1_000_000_000L;
    private static final long SCALE = 1000;

    private final String task;
    private final long startNanos = System.nanoTime();
    private ProgressBar bar;

    private TerminalProgress(String task) {
        this.task = task;
    }

    /** A progress line if the process has a terminal, else nothing. */
    static RunProgress forTerminal(String task) {
        return System.console() == null ? RunProgress.NONE : new TerminalProgress(task);
    }

    @Override
    public void advanced(double simulatedSeconds, double untilSeconds, long events) {
        if (bar == null) {
            if (System.nanoTime() - startNanos < DELAY_NANOS) {
                return;
            }
            bar = new ProgressBarBuilder()
                    .setTaskName(task)
                    .setInitialMax(SCALE)
                    .setStyle(ProgressBarStyle.ASCII)
                    .setUpdateIntervalMillis(250)
                    .setConsumer(new ConsoleProgressBarConsumer(new PrintStream(System.err, true)))
                    .hideEta()
                    .build();
        }
        bar.stepTo(Math.min(SCALE, Math.round(SCALE * simulatedSeconds / untilSeconds)));
        bar.setExtraMessage(String.format(" t=%.0f s, %,d events", simulatedSeconds, events));
    }

    @Override
    public void ended() {
        if (bar != null) {
            bar.close();
        }
    }
}

package org.agora.scenarios.cli;

import java.io.PrintStream;
import java.time.Duration;
import me.tongfei.progressbar.ConsoleProgressBarConsumer;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.agora.core.experiment.RunRecord;
import org.agora.core.experiment.SweepProgress;

/**
 * A progress bar of a sweep on the terminal (stderr): runs recorded out of all, failures, and
 * the time left, estimated from the pace of the runs done by this start (runs recorded by an
 * earlier start count as done but not in the pace). Nothing when stderr is not a terminal.
 */
final class TerminalSweepProgress implements SweepProgress {

    private final String task;
    private ProgressBar bar;

    private TerminalSweepProgress(String task) {
        this.task = task;
    }

    /** A progress bar if the process has a terminal, else nothing. */
    static SweepProgress forTerminal(String task) {
        return System.console() == null ? SweepProgress.NONE : new TerminalSweepProgress(task);
    }

    @Override
    public void started(int runs, int recorded) {
        bar = new ProgressBarBuilder()
                .setTaskName(task)
                .setInitialMax(runs)
                .setStyle(ProgressBarStyle.ASCII)
                .setUpdateIntervalMillis(250)
                .setUnit(" runs", 1)
                .startsFrom(recorded, Duration.ZERO)
                .setConsumer(new ConsoleProgressBarConsumer(new PrintStream(System.err, true)))
                .build();
    }

    @Override
    public void recorded(RunRecord record, int recorded, int failed) {
        bar.stepTo(recorded);
        if (failed > 0) {
            bar.setExtraMessage(" " + failed + " failed");
        }
    }

    @Override
    public void ended() {
        if (bar != null) {
            bar.close();
        }
    }
}

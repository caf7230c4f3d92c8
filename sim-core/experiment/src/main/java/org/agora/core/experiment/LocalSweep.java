package org.agora.core.experiment;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Runs a sweep on this machine, on a pool of threads: each thread takes the next run that is not
 * yet recorded, runs it in isolation ({@link RunExecutor}) and records it in the output directory
 * ({@link SweepDirectory}). Runs already recorded by an earlier start are skipped. When every run
 * is recorded, the results are sorted, the aggregate written and the charts drawn.
 *
 * <p>Threading: {@link #run} blocks the calling thread until the sweep ends;
 * {@link #requestStop} may be called from any thread (a signal handler) and makes the runs in
 * progress stop without being recorded, so that the next start redoes them.
 */
public final class LocalSweep {

    private final Experiment experiment;
    private final int threads;
    private final RunExecutor executor;
    private final Object progressLock = new Object();

    /**
     * @param experiment what to run
     * @param threads how many runs at once (&ge; 1)
     */
    public LocalSweep(Experiment experiment, int threads) {
        if (threads < 1) {
            throw new IllegalArgumentException("threads must be at least 1, was " + threads);
        }
        this.experiment = experiment;
        this.threads = threads;
        this.executor = RunExecutor.of(experiment);
    }

    /** Asks the sweep to stop soon; runs in progress are abandoned and not recorded. Thread-safe. */
    public void requestStop() {
        executor.stop();
    }

    /**
     * Runs every run not recorded yet, then completes the sweep if all are recorded.
     *
     * @throws org.agora.core.config.BadInputException if the output directory holds another sweep
     *     or cannot be made (before any run)
     */
    public SweepOutcome run(SweepProgress progress) {
        long start = System.nanoTime();
        try (SweepDirectory directory = SweepDirectory.open(experiment)) {
            int[] pending = directory.pending();
            progress.started(experiment.runCount(), directory.recordedCount());
            AtomicInteger next = new AtomicInteger();
            AtomicInteger ranNow = new AtomicInteger();
            AtomicReference<Throwable> failure = new AtomicReference<>();
            List<Thread> pool = new ArrayList<>();
            for (int t = 0; t < Math.min(threads, pending.length); t++) {
                Thread thread = new Thread(() -> {
                    try {
                        for (int i = next.getAndIncrement(); i < pending.length && !executor.stopping(); i = next.getAndIncrement()) {
                            Optional<RunRecord> record = executor.execute(experiment.run(pending[i]));
                            if (record.isPresent()) {
                                synchronized (progressLock) {
                                    directory.record(record.get());
                                    ranNow.incrementAndGet();
                                    progress.recorded(record.get(), directory.recordedCount(), directory.failedCount());
                                }
                            }
                        }
                    } catch (RuntimeException | Error e) {
                        // a results file that cannot be written: stop every thread, report after
                        failure.compareAndSet(null, e);
                        executor.stop();
                    }
                }, "agora-sweep-" + (t + 1));
                pool.add(thread);
                thread.start();
            }
            joinAll(pool);
            progress.ended();
            if (failure.get() instanceof RuntimeException e) {
                throw directory.stoppedByAFullDisk(e);
            } else if (failure.get() instanceof Error e) {
                throw e;
            }
            return finish(directory, ranNow.get(), start);
        }
    }

    private SweepOutcome finish(SweepDirectory directory, int ranNow, long start) {
        try {
            ChartFiles charts = ChartFiles.none("no charts: the sweep is not complete");
            if (!executor.stopping() && directory.complete()) {
                List<RunRecord> records = directory.finish();
                charts = SweepCharts.draw(experiment, records, directory.path().resolve(SweepDirectory.CHARTS), executor::stopping);
            }
            boolean complete = directory.complete() && !executor.stopping();
            if (complete) {
                directory.markComplete();
            } else if (executor.stopping()) {
                directory.markInterrupted();
            }
            return new SweepOutcome(directory.path(), experiment.runCount(), directory.recordedBefore(), ranNow,
                    directory.failedCount(), complete, (System.nanoTime() - start) / 1e9, charts);
        } catch (RuntimeException e) {
            throw directory.stoppedByAFullDisk(e);
        }
    }

    private void joinAll(List<Thread> pool) {
        boolean interrupted = false;
        for (Thread thread : pool) {
            while (thread.isAlive()) {
                try {
                    thread.join();
                } catch (InterruptedException e) {
                    interrupted = true;
                    requestStop();
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
    }
}

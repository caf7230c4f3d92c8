package org.agora.scenarios.cli;

import java.io.PrintWriter;
import java.nio.file.Path;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import org.agora.core.config.BadInputException;
import org.agora.core.experiment.ChartFiles;
import org.agora.core.run.OutputDirectory;
import org.agora.vehicles.learning.PolicyEvaluated;
import org.agora.vehicles.learning.TrainerState;
import org.agora.vehicles.learning.TrainingFile;
import org.agora.vehicles.learning.TrainingIterationCompleted;
import org.agora.vehicles.learning.TrainingRun;
import org.agora.vehicles.learning.TrainingSettings;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code agora train}: trains a learned CAV policy (MAPPO or MAPPO-PIS) from a training file. */
@Command(name = "train", mixinStandardHelpOptions = true,
        description = {"Train a learned CAV policy (MAPPO, MAPPO-PIS) on the v2x-merge scenario.",
            "Writes OUT/policy.json, OUT/checkpoint.json, OUT/learning-curve.csv, OUT/events.jsonl and OUT/charts/.",
            "Exit status: 0 done, 1 failed, 2 bad input, 130 stopped by Ctrl-C (after a checkpoint; continue with --resume)."})
final class TrainCommand implements Callable<Integer> {

    /** Seconds between progress lines (an evaluation always prints one). */
    private static final double PROGRESS_SECONDS = 2.0;

    @Spec
    private CommandSpec command;

    @Parameters(paramLabel = "TRAINING", description = "a training file (YAML); see examples/training/")
    private Path file;

    @Option(names = "--resume", description = "continue the training in the output directory from its checkpoint")
    private boolean resume;

    @Option(names = "--episodes", paramLabel = "N", description = "train this many episodes in all (overrides the file)")
    private Integer episodes;

    @Option(names = "--out", paramLabel = "DIR", description = "the output directory (overrides the file's out)")
    private Path out;

    @Option(names = "--dry-run", description = "check the file and show what would be trained; write nothing")
    private boolean dryRun;

    @Override
    public Integer call() {
        TrainingSettings settings = TrainingFile.read(file);
        if (episodes != null) {
            if (episodes < 1) {
                throw new BadInputException("--episodes: must be at least 1 (was " + episodes + ")");
            }
            settings = settings.withEpisodes(episodes);
        }
        if (out != null) {
            settings = settings.withOut(out);
        }
        PrintWriter stdout = command.commandLine().getOut();
        String outWhere = out != null ? "--out" : file + ": out";
        OutputDirectory.checkPath(settings.out(), outWhere);
        if (dryRun) {
            stdout.println("would train " + plan(settings) + ", evaluating every " + settings.evaluationInterval()
                    + " episodes on " + settings.evaluationSeeds().size() + " seeds");
            return 0;
        }
        OutputDirectory.create(settings.out(), outWhere);
        stdout.println("training " + plan(settings));
        AtomicBoolean stop = new AtomicBoolean();
        TrainingSettings training = settings;
        return StoppableByUser.run(() -> stop.set(true), () -> {
            Progress progress = new Progress(stdout);
            TrainerState state = new TrainingRun(training).execute(resume, progress, stop::get);
            if (stop.get()) {
                stdout.println("stopped after episode " + state.episode() + "; continue with: agora train " + file + " --resume");
                return 130;
            }
            ChartFiles charts = TrainingCharts.draw(state.curve(), training, training.out().resolve("charts"));
            stdout.println("done: " + training.out().resolve(TrainingRun.POLICY_FILE) + " (" + state.episode()
                    + " episodes, " + String.format("%.1f", progress.elapsedSeconds()) + " s)");
            stdout.println(charts.note() == null ? "  charts: " + charts.files().size() + " files in "
                    + training.out().resolve("charts") : "  " + charts.note());
            return 0;
        });
    }

    private static String plan(TrainingSettings settings) {
        return settings.algorithm() + " on v2x-merge (" + settings.training().density().word() + ", safety module "
                + (settings.training().safetyModule() ? "on" : "off") + ") for " + settings.episodes() + " episodes, seed "
                + settings.seed() + " -> " + settings.out();
    }

    /** Prints a progress line every few seconds and at each evaluation. */
    private static final class Progress implements TrainingRun.Progress {

        private final PrintWriter out;
        private final long started = System.nanoTime();
        private long lastLine = started;
        private int firstEpisode = -1;
        private double rewardSum;
        private int collided;
        private int count;

        Progress(PrintWriter out) {
            this.out = out;
        }

        double elapsedSeconds() {
            return (System.nanoTime() - started) / 1e9;
        }

        @Override
        public void episode(TrainingIterationCompleted completed, PolicyEvaluated evaluated, int episodes) {
            if (firstEpisode < 0) {
                firstEpisode = completed.episode() - 1;
            }
            rewardSum += completed.reward();
            collided += completed.collided() ? 1 : 0;
            count++;
            long now = System.nanoTime();
            if (evaluated == null && (now - lastLine) / 1e9 < PROGRESS_SECONDS && completed.episode() < episodes) {
                return;
            }
            lastLine = now;
            double perEpisode = elapsedSeconds() / (completed.episode() - firstEpisode);
            StringBuilder line = new StringBuilder(String.format("episode %d/%d  reward %.2f  collisions %.0f%%",
                    completed.episode(), episodes, rewardSum / count, 100.0 * collided / count));
            if (evaluated != null) {
                line.append(String.format("  | evaluation: reward %.2f ± %.2f, collisions %.0f%%, speed %.1f m/s",
                        evaluated.meanReward(), evaluated.rewardStandardError(), 100 * evaluated.collisionShare(),
                        evaluated.meanSpeedMps()));
            }
            line.append("  ETA ").append(duration(perEpisode * (episodes - completed.episode())));
            out.println(line);
            rewardSum = 0;
            collided = 0;
            count = 0;
        }

        private static String duration(double seconds) {
            long s = Math.round(seconds);
            return s >= 3600 ? String.format("%dh%02dm", s / 3600, s / 60 % 60)
                    : s >= 60 ? String.format("%dm%02ds", s / 60, s % 60) : s + "s";
        }
    }

}

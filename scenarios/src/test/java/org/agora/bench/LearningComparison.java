package org.agora.bench;

import java.io.IOException;
import java.io.InputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agora.core.config.ConfigNode;
import org.agora.vehicles.learning.MappoTrainer;
import org.agora.vehicles.learning.TrainerState;
import org.agora.vehicles.learning.TrainingFile;
import org.agora.vehicles.learning.TrainingSettings;
import org.agora.vehicles.rl.Observations;

/**
 * The training goal, side by side with the study's own training loop: MAPPO with the study's
 * settings on the easy density, safety module off, counted in environment decision steps per
 * second of acting, stepping and learning together. The study's side is its published code
 * (A-MAPPO-PIS at 2ff8fb8, MAPPO_pis.py and its highway-env fork, configs_ppo.ini) run by
 * {@code peer/study_training_loop.py} with Debian's python3-torch on one thread, its loop timed by
 * the script after an untimed warm-up (the interpreter's start and imports are not counted); see
 * the script for the run-time patches the published code needs to start. Agora's side is
 * {@link MappoTrainer} on this thread (PyTorch through DJL on one thread), warmed up, then timed
 * in segments of about 10 s. The two alternate (A B B A …); each pair gives a ratio of wall-clock
 * rates and one of CPU-time rates (Agora: this thread's CPU time; the study: its process's), and
 * the report gives their medians. Goal: Agora ≥ 20 × the study's decision steps per second
 * (judged on wall-clock rates measured side by side).
 *
 * <p>Needs the environment variable {@code AGORA_STUDY_DIR}, a checkout of
 * github.com/CCCC1dhcgd/A-MAPPO-PIS (commit 2ff8fb8), and Debian's {@code python3-torch
 * python3-numpy python3-pandas python3-matplotlib} for {@code /usr/bin/python3}
 * ({@code AGORA_STUDY_PYTHON} names another interpreter); without them it says what is missing and
 * is skipped. {@code AGORA_STUDY_PAIRS} (default 3) and {@code AGORA_STUDY_STEPS} (the study's timed
 * decision steps per run, default 300) size it. (Environment variables: the benchmarks' JVM is
 * started by Maven, which does not pass its own system properties on.)
 */
public final class LearningComparison implements Comparison {

    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final long AGORA_SEGMENT_NANOS = 10_000_000_000L;
    private static final long AGORA_WARM_UP_NANOS = 20_000_000_000L;
    private static final Pattern STUDY_LINE = Pattern.compile(
            "study-loop steps=(\\d+) episodes=(\\d+) seconds=([0-9.]+) cpu_seconds=([0-9.]+)");

    @Override
    public String name() {
        return "LearningVsStudy";
    }

    @Override
    public List<String> run() throws Exception {
        String python = PeerPython.env("AGORA_STUDY_PYTHON", "/usr/bin/python3");
        String missing = PeerPython.missing(python, "torch", "numpy", "pandas", "matplotlib");
        if (missing != null) {
            return List.of("the study's training loop needs " + missing + " (`apt-get install -y python3-torch python3-numpy "
                    + "python3-pandas python3-matplotlib`): comparison skipped");
        }
        String studyDir = System.getenv("AGORA_STUDY_DIR");
        if (studyDir == null || !Files.isRegularFile(Path.of(studyDir, "MARL_baselines", "MAPPO_pis.py"))) {
            return List.of("the study's code is not given: AGORA_STUDY_DIR must name a checkout of "
                    + "https://github.com/CCCC1dhcgd/A-MAPPO-PIS (commit 2ff8fb8); comparison skipped");
        }
        int pairs = Integer.parseInt(PeerPython.env("AGORA_STUDY_PAIRS", "3"));
        int studySteps = Integer.parseInt(PeerPython.env("AGORA_STUDY_STEPS", "300"));
        Path script = Files.createTempFile("study_training_loop", ".py");
        try (InputStream in = LearningComparison.class.getResourceAsStream("/peer/study_training_loop.py")) {
            Files.write(script, in.readAllBytes());
        }
        try {
            AgoraLoop agora = new AgoraLoop();
            agora.segment(AGORA_WARM_UP_NANOS);
            double[][] agoraRates = new double[2][pairs];
            double[][] studyRates = new double[2][pairs];
            for (int i = 0; i < pairs; i++) {
                double[] a;
                double[] b;
                if (i % 2 == 0) {
                    a = agora.segment(AGORA_SEGMENT_NANOS);
                    b = study(python, script, Path.of(studyDir), studySteps);
                } else {
                    b = study(python, script, Path.of(studyDir), studySteps);
                    a = agora.segment(AGORA_SEGMENT_NANOS);
                }
                agoraRates[0][i] = a[0];
                agoraRates[1][i] = a[1];
                studyRates[0][i] = b[0];
                studyRates[1][i] = b[1];
            }
            return report(agoraRates, studyRates, studySteps);
        } finally {
            Files.deleteIfExists(script);
        }
    }

    private static List<String> report(double[][] agora, double[][] study, int studySteps) {
        int pairs = agora[0].length;
        double[] wallRatios = new double[pairs];
        double[] cpuRatios = new double[pairs];
        for (int i = 0; i < pairs; i++) {
            wallRatios[i] = agora[0][i] / study[0][i];
            cpuRatios[i] = agora[1][i] / study[1][i];
        }
        double wall = Bench.medianOf(wallRatios);
        List<String> lines = new ArrayList<>();
        lines.add("MAPPO, the study's settings, easy density, safety module off; " + pairs + " pairs, the study "
                + studySteps + " timed decision steps per run, Agora about 10 s per segment");
        lines.add("| training loop | decision steps/s (wall), per run | median | decision steps per CPU-second, per run | median |");
        lines.add("|---|---|---|---|---|");
        lines.add(row("the study (Python, PyTorch 1.13, highway-env fork)", study));
        lines.add(row("Agora (Java, DJL + PyTorch 2.7)", agora));
        lines.add(String.format(Locale.ROOT, "ratio Agora / study: wall %.1f (pairs %s), CPU %.1f (pairs %s); goal ≥ 20 on wall: %s",
                wall, Arrays.toString(Bench.rounded(wallRatios)), Bench.medianOf(cpuRatios), Arrays.toString(Bench.rounded(cpuRatios)),
                wall >= 20 ? "met" : "MISSED"));
        return lines;
    }

    private static String row(String name, double[][] rates) {
        return "| " + name + " | " + Arrays.toString(Bench.rounded(rates[0])) + " | " + Bench.number(Bench.medianOf(rates[0])) + " | "
                + Arrays.toString(Bench.rounded(rates[1])) + " | " + Bench.number(Bench.medianOf(rates[1])) + " |";
    }

    /** One run of the study's loop; [0] decision steps per wall-second, [1] per CPU-second of its process. */
    private static double[] study(String python, Path script, Path studyDir, int steps) throws IOException, InterruptedException {
        List<String> command = List.of(python, "-W", "ignore", script.toString(), "--study", studyDir.toString(),
                "--steps", Integer.toString(steps), "--warmup-steps", "100", "--density", "1");
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int status = process.waitFor();
        Matcher line = STUDY_LINE.matcher(output);
        if (status != 0 || !line.find()) {
            throw new IllegalStateException("the study's loop failed (exit " + status + "): " + output);
        }
        double taken = Double.parseDouble(line.group(1));
        return new double[] {taken / Double.parseDouble(line.group(3)), taken / Double.parseDouble(line.group(4))};
    }



    /** Agora's training loop with the study's settings, on the calling thread. */
    private static final class AgoraLoop {

        private final MappoTrainer trainer;

        AgoraLoop() {
            String yaml = "algorithm: mappo\nscenario: {density: easy, safetyModule: false}\n"
                    + "episodes: 1000000000\nseed: 1\nevaluation: {interval: 1000000000, count: 1}\n";
            TrainingSettings settings = TrainingFile.parse(ConfigNode.parseYaml(yaml, "bench"), "bench");
            trainer = new MappoTrainer(settings, TrainerState.fresh(settings, new Observations(false).size()), event -> { });
        }

        /** Trains whole episodes for about {@code nanos}; [0] decision steps per wall-second, [1] per CPU-second. */
        double[] segment(long nanos) {
            long wallStart = System.nanoTime();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long steps = 0;
            do {
                steps += trainer.trainEpisode().decisions();
            } while (System.nanoTime() - wallStart < nanos);
            double wall = (System.nanoTime() - wallStart) / 1e9;
            double cpu = (THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9;
            return new double[] {steps / wall, steps / cpu};
        }
    }
}

package org.agora.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import org.agora.vehicles.event.Density;
import org.agora.vehicles.merge.MergeConfig;
import org.agora.vehicles.rl.MergeEnvironment;

/**
 * The RL environment's goal per core, on a shared machine: decision steps per second of the
 * stepping thread's CPU time, the workload of {@link MergeBenchmark} (hard density, random actions,
 * a new seed per episode) with intent sharing and the safety module on. {@link MergeBenchmark}'s
 * wall-clock rates fall with the machine's load (with the load at 4 to 10 on 2 cores, the benchmark
 * thread gets a third to a half of a core); CPU time does not, though contention for caches and
 * for the core's other hardware thread still slows it. The platform's compiler threads are not
 * counted: a long warm-up (40 s) lets them finish first. Measured in a JVM of its own
 * ({@link OwnJvm}), not in the Bench JVM after the JMH runs. Goal: ≥ 14,000 decision steps per
 * CPU-second (100 × highway-env merge-v0's quoted ~140 per second).
 */
public final class MergeCpuComparison implements Comparison {

    private static final long WARM_UP_NANOS = 40_000_000_000L;
    private static final long SEGMENT_NANOS = 1_000_000_000L;
    private static final int SEGMENTS = 15;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

    @Override
    public String name() {
        return "MergePerCore";
    }

    @Override
    public List<String> run() throws Exception {
        String[] fields = OwnJvm.run(MergeCpuComparison.class, List.of());
        double[] cpu = OwnJvm.rates(fields[0]);
        double[] wall = OwnJvm.rates(fields[1]);
        Arrays.sort(cpu);
        Arrays.sort(wall);
        double median = Bench.median(cpu);
        List<String> lines = new ArrayList<>();
        lines.add("| modules | decision steps per CPU-second: median (min … max) | µs per decision step "
                + "| decision steps per wall-second | goal |");
        lines.add("|---|---|---|---|---|");
        lines.add(String.format(Locale.ROOT, "| both (sharing and safety) | %s (%s … %s) | %.1f | %s | ≥ 14,000/s: %s |",
                Bench.number(median), Bench.number(cpu[0]), Bench.number(cpu[SEGMENTS - 1]), 1e6 / median,
                Bench.number(Bench.median(wall)), median >= 14_000 ? "met" : "MISSED"));
        return lines;
    }

    /** In the measuring JVM: warms up, then prints the decision steps per CPU-second and per wall-second of each segment. */
    public static void main(String[] arguments) {
        Stepper stepper = new Stepper(MergeConfig.defaults().withDensity(Density.HARD));
        for (long end = System.nanoTime() + WARM_UP_NANOS; System.nanoTime() < end;) {
            stepper.steps(1000);
        }
        double[] cpu = new double[SEGMENTS];
        double[] wall = new double[SEGMENTS];
        for (int s = 0; s < SEGMENTS; s++) {
            long wallStart = System.nanoTime();
            long cpuStart = THREADS.getCurrentThreadCpuTime();
            long steps = 0;
            do {
                stepper.steps(200);
                steps += 200;
            } while (System.nanoTime() - wallStart < SEGMENT_NANOS);
            wall[s] = steps / ((System.nanoTime() - wallStart) / 1e9);
            cpu[s] = steps / ((THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9);
        }
        OwnJvm.print(OwnJvm.joined(cpu), OwnJvm.joined(wall));
    }

    /** The benchmark's loop: random actions, a reset with the next seed whenever an episode ends. */
    private static final class Stepper {

        private final MergeEnvironment environment;
        private final SplittableRandom random = new SplittableRandom(42);
        private long seed;
        private int[] actions;

        Stepper(MergeConfig config) {
            environment = new MergeEnvironment(config, true);
            reset();
        }

        private void reset() {
            environment.reset(++seed);
            actions = new int[environment.agents()];
        }

        void steps(int count) {
            for (int s = 0; s < count; s++) {
                for (int i = 0; i < actions.length; i++) {
                    actions[i] = random.nextInt(5);
                }
                if (environment.step(actions).episodeDone()) {
                    reset();
                }
            }
        }
    }
}

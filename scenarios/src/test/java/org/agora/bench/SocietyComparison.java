package org.agora.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.agora.core.config.SimTime;
import org.agora.core.event.Event;
import org.agora.core.event.EventBus;
import org.agora.core.event.EventHeader;
import org.agora.core.run.Simulation;
import org.agora.core.scenario.Metric;
import org.agora.core.scenario.Model;
import org.agora.core.scenario.ParameterSet;
import org.agora.core.scenario.RunContext;
import org.agora.core.scenario.Scenario;
import org.agora.core.scenario.ScenarioCatalog;
import org.agora.core.scenario.ScenarioSpec;
import org.agora.core.sink.NullSink;

/**
 * The societies goal per core, on a shared machine: episodes per second of the benchmark
 * thread's CPU time (wall-clock rates, which {@link SocietyBenchmark} reports, fall with the
 * machine's load; CPU time does not, though cache contention still shows). Beside each society,
 * the platform alone: a 12-month episode with one kernel action a month publishing as many
 * events, to a no-op sink, as the society's episode (the floor the model adds to).
 * Goal: ≥ 100,000 twelve-month, five-agent episodes per CPU-second.
 *
 * <p>Each society, and each floor, is measured in a JVM of its own ({@link OwnJvm}), as a run or
 * a sweep of one scenario runs: a JVM that ran other societies first (more policy classes at the
 * same call sites) runs slower. The last row measures that case: govsim-fishery after the two
 * other societies in the same JVM.
 */
public final class SocietyComparison implements Comparison {

    private static final long WARM_UP_NANOS = 3_000_000_000L;
    private static final long SEGMENT_NANOS = 300_000_000L;
    private static final int SEGMENTS = 24;
    private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();
    private static final String FLOOR = "--floor";

    @Override
    public String name() {
        return "SocietyPerCore";
    }

    @Override
    public List<String> run() throws Exception {
        List<String> lines = new ArrayList<>();
        lines.add("| society | episodes per CPU-second: median (min … max) | µs per episode | events per episode "
                + "| platform alone, same events: µs per episode | society / platform | episodes per wall-second | goal |");
        lines.add("|---|---|---|---|---|---|---|---|");
        List<String> societies = List.of("govsim-fishery-sustainable", "govsim-fishery", "govsim-fishery-no-communication");
        for (String society : societies) {
            lines.add(row(society, List.of(society)));
        }
        lines.add(row("govsim-fishery, after the two others in the same JVM",
                List.of("govsim-fishery-sustainable", "govsim-fishery-no-communication", "govsim-fishery")));
        return lines;
    }

    private static String row(String name, List<String> societies) throws IOException, InterruptedException {
        Measured society = inOwnJvm(societies);
        Measured platform = inOwnJvm(List.of(FLOOR, Long.toString(society.events)));
        double median = median(society.cpuRates);
        double platformMedian = median(platform.cpuRates);
        return String.format(Locale.ROOT, "| %s | %s (%s … %s) | %.1f | %d | %.1f | %.2f | %s | ≥ 100,000/s: %s |", name,
                Bench.number(median), Bench.number(min(society.cpuRates)), Bench.number(max(society.cpuRates)), 1e6 / median,
                society.events, 1e6 / platformMedian, platformMedian / median, Bench.number(median(society.wallRates)),
                median >= 100_000 ? "met" : "MISSED");
    }

    /** Rates per segment: episodes per CPU-second and per wall-second; events per episode. */
    private record Measured(double[] cpuRates, double[] wallRates, long events) {
    }

    private static Measured inOwnJvm(List<String> arguments) throws IOException, InterruptedException {
        String[] fields = OwnJvm.run(SocietyComparison.class, arguments);
        return new Measured(OwnJvm.rates(fields[0]), OwnJvm.rates(fields[1]), Long.parseLong(fields[2]));
    }

    /**
     * In a measuring JVM: {@code SOCIETY…} runs each society but the last for a few seconds, then
     * measures the last; {@code --floor EVENTS} measures the platform alone. Prints one line:
     * {@code result CPU-RATES WALL-RATES EVENTS-PER-EPISODE}.
     */
    public static void main(String[] arguments) {
        Runnable episode;
        long events;
        if (arguments[0].equals(FLOOR)) {
            events = Long.parseLong(arguments[1]);
            Simulation simulation = Simulation.of(ScenarioSpec.defaults(new Floor((int) events)), new NullSink());
            episode = simulation::runToEnd;
        } else {
            ScenarioCatalog catalog = ScenarioCatalog.installed();
            Simulation simulation = null;
            long[] seed = {0};
            long published = 0;
            long episodes = 0;
            for (String society : arguments) {
                simulation = Simulation.of(catalog.resolve(society), new NullSink());
                published = 0;
                episodes = 0;
                for (long end = System.nanoTime() + WARM_UP_NANOS; System.nanoTime() < end; episodes++) {
                    simulation.state().setSeed(++seed[0]);
                    simulation.runToEnd();
                    published += simulation.bus().published();
                }
            }
            Simulation measured = simulation;
            episode = () -> {
                measured.state().setSeed(++seed[0]);
                measured.runToEnd();
            };
            events = Math.round((double) published / episodes);
        }
        for (long end = System.nanoTime() + WARM_UP_NANOS; System.nanoTime() < end;) {
            episode.run();
        }
        double[] cpuRates = new double[SEGMENTS];
        double[] wallRates = new double[SEGMENTS];
        for (int s = 0; s < SEGMENTS; s++) {
            double[] wall = new double[1];
            cpuRates[s] = cpuRate(episode, wall);
            wallRates[s] = wall[0];
        }
        OwnJvm.print(OwnJvm.joined(cpuRates), OwnJvm.joined(wallRates), events);
    }

    /** Episodes per second of this thread's CPU time over one segment; {@code wall} receives the wall-clock rate. */
    private static double cpuRate(Runnable episode, double[] wall) {
        long wallStart = System.nanoTime();
        long cpuStart = THREADS.getCurrentThreadCpuTime();
        long episodes = 0;
        do {
            episode.run();
            episodes++;
        } while (System.nanoTime() - wallStart < SEGMENT_NANOS);
        wall[0] = episodes / ((System.nanoTime() - wallStart) / 1e9);
        return episodes / ((THREADS.getCurrentThreadCpuTime() - cpuStart) / 1e9);
    }

    private static double median(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return Bench.median(sorted);
    }

    private static double min(double[] values) {
        return Arrays.stream(values).min().orElse(0);
    }

    private static double max(double[] values) {
        return Arrays.stream(values).max().orElse(0);
    }

    /** One kernel action a month for 12 months, publishing about {@code eventsPerEpisode} events in all. */
    record Floor(int eventsPerEpisode) implements Scenario {

        /** A small event, like a society's. */
        public record Counted(EventHeader header, int round, int amount) implements Event {
        }

        @Override
        public String id() {
            return "bench-floor";
        }

        @Override
        public String summary() {
            return "societies benchmark: the platform alone";
        }

        @Override
        public ParameterSet parameters() {
            return ParameterSet.empty();
        }

        @Override
        public double defaultUntil() {
            return 12 * SimTime.MONTH;
        }

        @Override
        public List<Class<? extends Event>> events() {
            return List.of(Counted.class);
        }

        @Override
        public List<Metric> metrics() {
            return List.of();
        }

        @Override
        public Model create(RunContext context) {
            EventBus bus = context.events();
            int perMonth = Math.max(0, eventsPerEpisode - 2) / 12;
            return new Model() {
                @Override
                public void start() {
                    for (int month = 0; month < 12; month++) {
                        int round = month + 1;
                        context.kernel().at(month * SimTime.MONTH, 0, () -> {
                            for (int e = 0; e < perMonth; e++) {
                                bus.publish(new Counted(bus.stamp("agent"), round, e));
                            }
                        });
                    }
                }

                @Override
                public Map<String, Object> summary() {
                    return Map.of();
                }
            };
        }
    }
}

package org.agora.bench;

import ec.util.MersenneTwisterFast;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.agora.core.event.Event;
import org.agora.core.event.EventBus;
import org.agora.core.event.EventHeader;
import org.agora.core.kernel.RandomStream;
import org.agora.core.run.Simulation;
import org.agora.core.scenario.Metric;
import org.agora.core.scenario.Model;
import org.agora.core.scenario.ParameterSet;
import org.agora.core.scenario.RunContext;
import org.agora.core.scenario.Scenario;
import org.agora.core.scenario.ScenarioSpec;
import org.agora.core.sink.NullSink;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OperationsPerInvocation;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import sim.engine.SimState;
import sim.engine.Steppable;

/**
 * The kernel's cost: 10,000 agents stepping every second, each step a random draw and (for
 * Agora) one event published to a no-op sink, against a bare MASON {@code Schedule} loop over
 * the same agents doing the same draw without events. Score: agent steps (= events) per second.
 * The goal (≥ 90% of the bare loop) is judged by {@link KernelComparison}, which alternates the two,
 * each in a JVM of its own; this class gives each one's absolute rate under JMH. The fork's heap is
 * touched at start (see {@link SegmentJvm#start}): the Agora side allocates each event's header, and
 * would otherwise fault in the young generation's fresh pages during the first iterations.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Fork(value = 1, jvmArgsAppend = {"-Xms1g", "-Xmx1g", "-XX:+AlwaysPreTouch"})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 9, time = 2)
public class KernelBenchmark {

    static final int AGENTS = 10_000;
    static final int INSTANTS = 10;

    /** What an agent of the benchmark did: moved by a random amount. */
    public record AgentMoved(EventHeader header, double position) implements Event {
    }

    private SimState bare;
    private Simulation agora;

    @Setup(Level.Trial)
    public void setUp() {
        bare = new SimState(1);
        bare.start();
        for (int i = 0; i < AGENTS; i++) {
            bare.schedule.scheduleRepeating(0, 0, new BareAgent(), 1.0);
        }
        agora = Simulation.of(ScenarioSpec.defaults(new Movers()), new NullSink());
        agora.start();
    }

    @Benchmark
    @OperationsPerInvocation(AGENTS * INSTANTS)
    public void referenceBareMason() {
        for (int i = 0; i < INSTANTS; i++) {
            bare.schedule.step(bare);
        }
    }

    @Benchmark
    @OperationsPerInvocation(AGENTS * INSTANTS)
    public void agoraKernelWithEvents() {
        for (int i = 0; i < INSTANTS; i++) {
            agora.step();
        }
    }

    /** A bare MASON agent: a random step. */
    static final class BareAgent implements Steppable {
        private static final long serialVersionUID = 1L;
        double position;

        @Override
        public void step(SimState state) {
            MersenneTwisterFast random = state.random;
            position += random.nextDouble() - 0.5;
        }
    }

    /**
     * The same agent on Agora's kernel: the same random step, kept in a field of the agent as
     * {@link BareAgent} keeps it, then one event published, stamped in a statement of its own as
     * the models' hot paths do (see {@link EventBus#stamp}): neither the event nor its header is
     * then allocated.
     */
    static final class Mover implements Runnable {
        private final String id;
        private final RandomStream random;
        private final EventBus events;
        double position;

        Mover(String id, RandomStream random, EventBus events) {
            this.id = id;
            this.random = random;
            this.events = events;
        }

        @Override
        public void run() {
            position += random.nextDouble() - 0.5;
            EventHeader header = events.stamp(id);
            events.publish(new AgentMoved(header, position));
        }
    }

    /** The same agents on Agora's kernel, publishing one event per step. */
    static final class Movers implements Scenario {
        @Override
        public String id() {
            return "bench-movers";
        }

        @Override
        public String summary() {
            return "kernel benchmark";
        }

        @Override
        public ParameterSet parameters() {
            return ParameterSet.empty();
        }

        @Override
        public double defaultUntil() {
            return 1e12;
        }

        @Override
        public List<Class<? extends Event>> events() {
            return List.of(AgentMoved.class);
        }

        @Override
        public List<Metric> metrics() {
            return List.of();
        }

        @Override
        public Model create(RunContext context) {
            return new Model() {
                @Override
                public void start() {
                    RandomStream random = context.kernel().random("moves");
                    for (int i = 0; i < AGENTS; i++) {
                        context.kernel().every(0, 1.0, 0, new Mover("agent-" + i, random, context.events()));
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

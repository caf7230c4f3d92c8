package org.agora.bench;

import java.util.concurrent.TimeUnit;
import org.agora.core.run.Simulation;
import org.agora.core.scenario.Population;
import org.agora.core.scenario.PopulationKind;
import org.agora.core.scenario.ScenarioCatalog;
import org.agora.core.scenario.ScenarioSpec;
import org.agora.core.sink.NullSink;
import org.agora.wireless.market.Allocation;
import org.agora.wireless.market.AscendingAuction;
import org.agora.wireless.market.CentralizedOptimum;
import org.agora.wireless.market.EqualSplit;
import org.agora.wireless.market.MarketInstance;
import org.agora.wireless.market.MarketListener;
import org.agora.wireless.market.SyntheticInstances;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The bandwidth market's speed (docs/models/smallcells.md).
 *
 * <ul>
 *   <li>{@code marketRound10kUsers1kCells}: one allocation round (every user bids, every cell
 *       resolves) for 10,000 users and 1,000 cells in clusters of 4, the first and heaviest
 *       round, where every user bids. Goal: under 50 ms.</li>
 *   <li>{@code marketClearing10kUsers1kCells}: a whole session on the same instance, to its end
 *       (50-round cap, as in the scenario).</li>
 *   <li>{@code equalSplit10kUsers1kCells}, {@code optimum1kUsers100Cells},
 *       {@code marketClearing1kUsers100Cells}: the baselines (the optimum at the size where the
 *       gap is measured, see {@link MarketGapComparison}) and the market on that size.</li>
 *   <li>{@code city1kUsers100Cells}: the real-time factor of a whole small-cell city, 1,000 users
 *       (750 pedestrians, 250 vehicles) and 100 cells in a 10 × 10 block city, measuring every
 *       10 ms: simulated seconds per wall-clock second (events to a no-op sink).</li>
 * </ul>
 * Instances are {@link SyntheticInstances#cityLike} with budgets (seed 1).
 */
@State(Scope.Thread)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 9, time = 2)
public class MarketBenchmark {

    private MarketInstance large;
    private MarketInstance medium;
    private AscendingAuction market;
    private Simulation city;

    @Setup(Level.Trial)
    public void setUp() {
        large = SyntheticInstances.cityLike(1, 10_000, 1_000, 4, true);
        medium = SyntheticInstances.cityLike(1, 1_000, 100, 4, true);
        market = new AscendingAuction(0.005, 50);
        ScenarioCatalog catalog = ScenarioCatalog.installed();
        ScenarioSpec spec = ScenarioSpec.defaults(catalog.scenario("smallcell-market").orElseThrow())
                .withUntil(1e6)
                .withParameter("columns", "10").withParameter("rows", "10").withParameter("cells", "100");
        Population people = Population.of(kind(spec, "pedestrian").group(750), kind(spec, "vehicle").group(250));
        city = Simulation.of(spec.withPopulation(people), new NullSink());
        city.start();
    }

    private static PopulationKind kind(ScenarioSpec spec, String name) {
        return spec.scenario().populationKinds().stream().filter(k -> k.name().equals(name)).findFirst().orElseThrow();
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    @Goal(maxScore = 50, text = "one round for 10,000 users and 1,000 cells under 50 ms")
    public int marketRound10kUsers1kCells() {
        AscendingAuction.Session session = market.open(large, MarketListener.NONE);
        session.round();
        return session.rounds();
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Allocation marketClearing10kUsers1kCells() {
        return market.allocate(large);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Allocation equalSplit10kUsers1kCells() {
        return new EqualSplit().allocate(large);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Allocation marketClearing1kUsers100Cells() {
        return market.allocate(medium);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MILLISECONDS)
    public Allocation optimum1kUsers100Cells() {
        return new CentralizedOptimum().allocate(medium);
    }

    /** One operation is one simulated second; the score (ops/s) is the real-time factor. */
    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    @Warmup(iterations = 2, time = 5)
    @Measurement(iterations = 5, time = 5)
    public double city1kUsers100Cells() {
        double target = city.kernel().now() + 1.0;
        while (city.kernel().now() < target - 1e-9) {
            city.step();
        }
        return city.kernel().now();
    }
}

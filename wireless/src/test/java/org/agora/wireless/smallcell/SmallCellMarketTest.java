package org.agora.wireless.smallcell;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.agora.core.config.ConfigNode;
import org.agora.core.event.Event;
import org.agora.core.run.Simulation;
import org.agora.core.scenario.ScenarioCatalog;
import org.agora.core.scenario.ScenarioFile;
import org.agora.core.scenario.ScenarioSpec;
import org.agora.core.sink.EventJsonCodec;
import org.agora.core.sink.JsonLinesSink;
import org.agora.core.sink.MemorySink;
import org.agora.wireless.smallcell.events.BlockageCause;
import org.agora.wireless.smallcell.events.BlockageEnded;
import org.agora.wireless.smallcell.events.BlockageStarted;
import org.agora.wireless.smallcell.events.BlocksGranted;
import org.agora.wireless.smallcell.events.BlocksReleased;
import org.agora.wireless.smallcell.events.HandoverCompleted;
import org.agora.wireless.smallcell.events.HandoverTriggered;
import org.agora.wireless.smallcell.events.LinkDegraded;
import org.agora.wireless.smallcell.events.MarketCleared;
import org.agora.wireless.smallcell.events.MeasurementReported;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Whole runs of smallcell-market. */
class SmallCellMarketTest {

    private static final ScenarioCatalog CATALOG = ScenarioCatalog.of(List.of(new SmallCellMarketScenario()), List.of());
    private static MemorySink defaultRun;
    private static Map<String, Object> defaultSummary;

    @TempDir
    Path dir;

    /** The default city, seed 1, one minute: shared by the tests that only read it. */
    @BeforeAll
    static void runTheDefaultCity() {
        defaultRun = new MemorySink();
        ScenarioSpec spec = ScenarioSpec.defaults(new SmallCellMarketScenario()).withUntil(60);
        defaultSummary = Simulation.of(spec, defaultRun).runToEnd();
    }

    private static ScenarioSpec file(String yaml) {
        return new ScenarioFile(CATALOG).parse(ConfigNode.parseYaml(yaml, "test.yaml"), "test");
    }

    @SuppressWarnings("unchecked")
    private static double byAllocator(Map<String, Object> summary, String metric, String allocator) {
        return ((Number) ((Map<String, Object>) summary.get(metric)).get(allocator)).doubleValue();
    }

    @Test
    void theSameSeedGivesByteIdenticalEventsAndAnotherSeedDoesNot() throws IOException {
        ScenarioSpec spec = ScenarioSpec.defaults(new SmallCellMarketScenario()).withUntil(20).withSeed(42);
        Path first = dir.resolve("a.jsonl");
        Path second = dir.resolve("b.jsonl");
        Path other = dir.resolve("c.jsonl");
        Simulation.of(spec, new JsonLinesSink(first)).runToEnd();
        Simulation.of(spec, new JsonLinesSink(second)).runToEnd();
        Simulation.of(spec.withSeed(43), new JsonLinesSink(other)).runToEnd();
        assertThat(Files.size(first)).isGreaterThan(100_000);
        assertThat(Files.mismatch(first, second)).isEqualTo(-1);
        assertThat(Files.mismatch(first, other)).isNotEqualTo(-1);
    }

    @Test
    void choosingAnotherPublishedAllocatorDoesNotPerturbMobilityChannelsOrHandovers() {
        MemorySink equalSplit = new MemorySink();
        ScenarioSpec spec = ScenarioSpec.defaults(new SmallCellMarketScenario()).withUntil(60)
                .withParameter("allocator", "equal-split");
        Map<String, Object> summary = Simulation.of(spec, equalSplit).runToEnd();
        List<HandoverTriggered> market = defaultRun.ofType(HandoverTriggered.class);
        List<HandoverTriggered> split = equalSplit.ofType(HandoverTriggered.class);
        assertThat(split).hasSameSizeAs(market);
        for (int i = 0; i < market.size(); i++) {
            assertThat(split.get(i).time()).isEqualTo(market.get(i).time());
            assertThat(split.get(i).source()).isEqualTo(market.get(i).source());
            assertThat(split.get(i).toCell()).isEqualTo(market.get(i).toCell());
        }
        // Every allocator lives through the same run whichever is published, so the comparison is the same.
        assertThat(summary.get("outageTime")).isEqualTo(defaultSummary.get("outageTime"));
        assertThat(summary.get("bitsDuringHandovers")).isEqualTo(defaultSummary.get("bitsDuringHandovers"));
    }

    @Test
    void theMarketsOutageIsLowerThanWaitingForTheHandover() {
        assertThat((Long) defaultSummary.get("degradations")).isGreaterThan(50);
        double market = byAllocator(defaultSummary, "outageTime", "market");
        double waiting = byAllocator(defaultSummary, "outageTime", "waitForHandover");
        assertThat(market).isLessThan(0.9 * waiting);
        assertThat(byAllocator(defaultSummary, "degradedOutageTime", "market"))
                .isLessThan(byAllocator(defaultSummary, "degradedOutageTime", "waitForHandover"));
        assertThat(byAllocator(defaultSummary, "bitsDuringHandovers", "market"))
                .isGreaterThan(byAllocator(defaultSummary, "bitsDuringHandovers", "waitForHandover"));
    }

    @Test
    void theMarketIsCloseToTheOptimumAndNoBaselineBeatsIt() {
        double optimum = byAllocator(defaultSummary, "welfare", "optimum");
        assertThat(optimum).isGreaterThan(0);
        for (String allocator : List.of("market", "waitForHandover", "equalSplit")) {
            assertThat(byAllocator(defaultSummary, "welfare", allocator)).isLessThanOrEqualTo(optimum + 1e-6);
        }
        assertThat(byAllocator(defaultSummary, "gapToOptimum", "market")).isLessThan(0.01);
        assertThat(byAllocator(defaultSummary, "gapToOptimum", "waitForHandover")).isEqualTo(1.0);
        List<MarketCleared> sessions = defaultRun.ofType(MarketCleared.class);
        // Every session opened clears, but those still running when the run stops.
        long opened = (Long) defaultSummary.get("sessions");
        assertThat((long) sessions.size()).isBetween(opened - (Integer) defaultSummary.get("clusters"), opened);
        for (MarketCleared session : sessions) {
            assertThat(session.welfare()).isLessThanOrEqualTo(session.optimumWelfare() + 1e-9);
            assertThat(session.rounds()).isBetween(1, 50);
        }
    }

    /** Over the whole run: no cell lends more blocks than it has, no user pays more than its budget. */
    @Test
    void grantsNeverExceedACellsBlocksOrAUsersBudget() {
        Map<String, Integer> lent = new HashMap<>();
        Map<String, Double> paying = new HashMap<>();
        Map<String, Double> payments = new HashMap<>();
        int grants = 0;
        for (Event event : defaultRun.events()) {
            if (event instanceof BlocksGranted granted) {
                grants++;
                int now = lent.merge(granted.source(), granted.blocks(), Integer::sum);
                assertThat(now).as("blocks lent by %s", granted.source()).isLessThanOrEqualTo(100);
                double payment = granted.blocks() * granted.price();
                payments.put(granted.user() + "/" + granted.source() + "/" + granted.session(), payment);
                double pays = paying.merge(granted.user(), payment, Double::sum);
                // Pedestrians' budget is 10 credits/s, vehicles' 20.
                assertThat(pays).isLessThanOrEqualTo(20 + 1e-9);
                assertThat(granted.price()).isGreaterThanOrEqualTo(0.02);
            } else if (event instanceof BlocksReleased released) {
                lent.merge(released.source(), -released.blocks(), Integer::sum);
                double payment = payments.remove(released.user() + "/" + released.source() + "/" + released.session());
                paying.merge(released.user(), -payment, Double::sum);
            }
        }
        assertThat(grants).isGreaterThan(100);
        assertThat(lent.values()).allMatch(blocks -> blocks >= 0);
    }

    @Test
    void everyHandoverStepIsAnEventInOrder() {
        List<HandoverCompleted> completed = defaultRun.ofType(HandoverCompleted.class);
        assertThat(completed).isNotEmpty();
        for (HandoverCompleted handover : completed) {
            // Triggered, then 50 ms preparation, 15 ms execution, 27.5 ms interruption.
            assertThat(handover.durationS()).isCloseTo(0.0925, within(1e-9));
        }
        long pingPongs = completed.stream().filter(HandoverCompleted::pingPong).count();
        assertThat(defaultSummary.get("pingPongs")).isEqualTo((int) pingPongs);
        assertThat(defaultSummary.get("handovers")).isEqualTo(completed.size());
    }

    @Test
    void everyEventReadsBackAsItWasWritten() throws Exception {
        EventJsonCodec codec = EventJsonCodec.installed();
        Set<String> types = new TreeSet<>();
        for (Event event : defaultRun.events()) {
            assertThat(codec.decode(EventJsonCodec.toJson(event))).isEqualTo(event);
            types.add(event.type());
        }
        assertThat(types).contains("CityBuilt", "MeasurementReported", "HandoverCompleted", "BidPlaced", "PriceChanged",
                "BlocksGranted", "BlocksReleased", "MarketCleared");
    }

    @Test
    void measurementReportsComeAtTheirOwnRateNotEveryMeasurement() {
        // 120 users reporting once a second for 60 s, although they measure every 10 ms.
        assertThat(defaultRun.ofType(MeasurementReported.class)).hasSize(120 * 60);
        assertThat(defaultRun.events().size()).isLessThan(60_000);
    }

    @Test
    void aTrafficKnotBlocksAUsersLinkBy25DbForTenSeconds() {
        ScenarioSpec spec = file("""
                scenario: smallcell-market
                until: 45 s
                parameters: {reportInterval: 10 ms, shadowing: false}
                population: [{kind: pedestrian, count: 10}]
                interventions:
                  - {at: 30 s, action: block-link, user: 7, depthDb: 25, duration: 10 s}
                """);
        MemorySink sink = new MemorySink();
        Simulation.of(spec, sink).runToEnd();
        List<BlockageStarted> started = sink.ofType(BlockageStarted.class).stream()
                .filter(b -> b.cause() == BlockageCause.INTERVENTION).toList();
        assertThat(started).hasSize(1);
        assertThat(started.get(0).source()).isEqualTo("ue-7");
        assertThat(started.get(0).time()).isEqualTo(30.0);
        assertThat(started.get(0).depthDb()).isEqualTo(25.0);
        BlockageEnded ended = sink.ofType(BlockageEnded.class).stream()
                .filter(b -> b.source().equals("ue-7") && b.cell().equals(started.get(0).cell())).findFirst().orElseThrow();
        assertThat(ended.time()).isCloseTo(40.0, within(1e-9));
        // The serving link's SINR falls by the blockage's 25 dB between the reports around 30 s
        // (only that link changes: interference and noise stay).
        MeasurementReported before = report(sink, "ue-7", 29.99);
        MeasurementReported after = report(sink, "ue-7", 30.0);
        assertThat(after.cell()).isEqualTo(started.get(0).cell());
        assertThat(before.sinrDb() - after.sinrDb()).isCloseTo(25.0, within(0.5));
    }

    private static MeasurementReported report(MemorySink sink, String user, double time) {
        return sink.ofType(MeasurementReported.class).stream()
                .filter(r -> r.source().equals(user) && Math.abs(r.time() - time) < 1e-6).findFirst().orElseThrow();
    }

    @Test
    void aBlockageStormDegradesManyUsersAtOnceAndTheMarketSharesTheCluster() {
        ScenarioSpec spec = file("""
                scenario: smallcell-market
                until: 20 s
                parameters: {reportInterval: 0}
                interventions:
                  - {at: 10 s, action: block-area, x: 310, y: 310, radius: 200, depthDb: 30, duration: 3 s}
                """);
        MemorySink sink = new MemorySink();
        Map<String, Object> summary = Simulation.of(spec, sink).runToEnd();
        long knot = sink.ofType(BlockageStarted.class).stream().filter(b -> b.cause() == BlockageCause.AREA).count();
        assertThat(knot).isGreaterThan(20);
        long degradedAtTen = sink.ofType(LinkDegraded.class).stream()
                .filter(d -> d.time() >= 10 && d.time() < 10.1).count();
        assertThat(degradedAtTen).isGreaterThan(5);
        assertThat((Integer) summary.get("sessionUsersMax")).isGreaterThan(1);
    }
}

package org.agora.vehicles.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.agora.core.event.Event;
import org.agora.core.event.RunFinished;
import org.agora.core.event.RunStarted;
import org.agora.core.run.HeadlessRun;
import org.agora.core.run.SummaryFile;
import org.agora.core.run.RunResult;
import org.agora.core.scenario.EventSummary;
import org.agora.core.scenario.ScenarioSpec;
import org.agora.core.sink.EventJsonCodec;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The v2x-merge summary recomputed from a run's events.jsonl alone is its summary.json. */
class MergeSummaryTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "1;  150; density=medium",
        "2;  150; density=medium,intentSharing=false",
        "3;  150; density=hard,safetyModule=false",
        "4;  150; density=easy,road=merge-v0,txPower=0,sidelinkCollision=0.1",
        "5;  150; density=inflow,cavShare=0.5",
        "6;  120; density=inflow,road=highway,cavShare=0,highwayLength=2000,mainInflow=3000,rampInflow=900,simulationRate=10"})
    void recomputedFromTheEventsFileItIsTheSummaryFile(long seed, double until, String assignments) throws Exception {
        ScenarioSpec spec = ScenarioSpec.defaults(new MergeScenario()).withAssignments(List.of(assignments.split(",")))
                .withSeed(seed).withUntil(until);
        Path run = dir.resolve("run");
        RunResult result = new HeadlessRun(spec, run).execute();

        EventSummary fromEvents = new MergeScenario().summaryFromEvents().orElseThrow();
        EventJsonCodec codec = EventJsonCodec.installed();
        List<String> lines = Files.readAllLines(run.resolve(HeadlessRun.EVENTS_FILE));
        Event first = codec.decode(lines.get(0));
        Event last = codec.decode(lines.get(lines.size() - 1));
        assertThat(first).isInstanceOf(RunStarted.class);
        assertThat(last).isInstanceOf(RunFinished.class);
        for (String line : lines) {
            fromEvents.accept(codec.decode(line));
        }
        Map<String, Object> recomputed = fromEvents.summary();
        assertThat(recomputed).isEqualTo(result.summary());
        Path rewritten = dir.resolve("recomputed.json");
        SummaryFile.write(rewritten, recomputed, spec.scenario().metrics());
        assertThat(Files.readString(rewritten)).isEqualTo(Files.readString(run.resolve(HeadlessRun.SUMMARY_FILE)));
        assertThat((Long) recomputed.get("vehicles")).isPositive();
        assertThat((Long) recomputed.get("vehicleUpdates")).isPositive();
        assertThat((Double) recomputed.get("throughput")).isPositive();
    }
}

package org.agora.wireless.smallcell;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.agora.core.event.Event;
import org.agora.core.event.EventTypes;
import org.agora.core.run.HeadlessRun;
import org.agora.core.run.SummaryFile;
import org.agora.core.scenario.EventSummary;
import org.agora.core.scenario.ScenarioSpec;
import org.agora.core.sink.EventJsonCodec;
import org.agora.core.source.JsonLinesSource;
import org.agora.core.source.ReadOptions;
import org.agora.wireless.smallcell.events.AllocatorsAccounted;
import org.agora.wireless.smallcell.events.SmallCellEvents;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The summary recomputed from a run's events is the run's own summary. */
class SmallCellTallyTest {

    @TempDir
    Path dir;

    @Test
    void theSummaryFromTheEventsFileIsSummaryJson() throws Exception {
        ScenarioSpec spec = ScenarioSpec.defaults(new SmallCellMarketScenario()).withUntil(20.5).withSeed(3);
        assertThat(new HeadlessRun(spec, dir).execute().done()).isTrue();

        EventSummary tally = new SmallCellMarketScenario().summaryFromEvents().orElseThrow();
        List<Event> events;
        EventTypes types = EventTypes.installed();
        try (JsonLinesSource source = new JsonLinesSource(dir.resolve(HeadlessRun.EVENTS_FILE), new EventJsonCodec(types),
                ReadOptions.failOnBadRecords())) {
            events = source.readAll();
        }
        events.forEach(tally::accept);
        Path recomputed = dir.resolve("recomputed.json");
        SummaryFile.write(recomputed, tally.summary(), spec.scenario().metrics());

        assertThat(Files.readString(recomputed)).isEqualTo(Files.readString(dir.resolve(HeadlessRun.SUMMARY_FILE)));
        assertThat(events.stream().filter(e -> e instanceof AllocatorsAccounted).count())
                .as("one accounting a second, and one at the end").isEqualTo(21);
        @SuppressWarnings("unchecked")
        Map<String, Object> outage = (Map<String, Object>) tally.summary().get("outageTime");
        assertThat((Double) outage.get("waitForHandover")).isPositive();
        assertThat(SmallCellEvents.TYPES).contains(AllocatorsAccounted.class);
    }
}

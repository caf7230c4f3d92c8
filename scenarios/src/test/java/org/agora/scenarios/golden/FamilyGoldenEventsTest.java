package org.agora.scenarios.golden;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.agora.core.config.ConfigNode;
import org.agora.core.run.HeadlessRun;
import org.agora.core.run.RunResult;
import org.agora.core.scenario.ScenarioCatalog;
import org.agora.core.scenario.ScenarioFile;
import org.agora.core.scenario.ScenarioSpec;
import org.agora.core.testing.GoldenEvents;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A short run of each family that has no golden file in its own module (the commons' is the agents
 * module's DeterminismTest), written by {@link HeadlessRun} as {@code events.jsonl} and pinned byte
 * for byte: a change in dynamics shows as the first differing event and field. After an intended
 * change, regenerate with
 * {@code mvn -pl scenarios -am verify -Dtest=FamilyGoldenEventsTest -Dsurefire.failIfNoSpecifiedTests=false -Dagora.golden.update=true}
 * and review the diff.
 */
class FamilyGoldenEventsTest {

    /** A short run per family, and the event types it must exercise to be worth pinning. */
    enum ShortRun {
        /** Hard density: CAVs and HDVs enter, share intents, change lanes, merge and leave. */
        MERGE("v2x-merge-short", """
                scenario: v2x-merge
                seed: 3
                until: 8 s
                parameters: {density: hard, intentSharing: true, safetyModule: true}
                outputs:
                  sample: {VehicleMoved: 10, IntentBroadcast: 5, IntentDelivered: 10}
                """, List.of("RunStarted", "EpisodeStarted", "VehicleEntered", "VehicleMoved", "IntentBroadcast",
                        "IntentDelivered", "IntentLost", "LaneChanged", "TimeToCollisionLowered", "MergeCompleted",
                        "VehicleExited", "EpisodeEnded", "MergeRunEnded", "RunFinished")),
        /** The catalog city: measurements, a blocked link, degradations, market rounds, handovers. */
        SMALL_CELL("smallcell-market-short", """
                scenario: smallcell-market
                seed: 5
                until: 4 s
                outputs:
                  sample: {MeasurementReported: 20, BlocksOffered: 4}
                interventions:
                  - {at: 1 s, action: block-link, user: 7, depthDb: 25, duration: 3 s}
                """, List.of("RunStarted", "CityBuilt", "MeasurementReported", "BlockageStarted", "LinkDegraded",
                        "BandwidthRequested", "BidPlaced", "BlocksOffered", "MarketCleared", "BlocksGranted", "BlocksReleased",
                "HandoverTriggered", "HandoverCompleted", "InterventionApplied", "RunFinished"));

        final String name;
        final String yaml;
        final List<String> exercises;

        ShortRun(String name, String yaml, List<String> exercises) {
            this.name = name;
            this.yaml = yaml;
            this.exercises = exercises;
        }

        Path golden() {
            return Path.of("src/test/resources/golden", name + ".jsonl");
        }

        String events(Path directory) throws IOException {
            return eventsOf(yaml, name, directory);
        }
    }

    /** The events.jsonl that a headless run of this scenario-file text writes. */
    static String eventsOf(String yaml, String name, Path directory) throws IOException {
        ScenarioSpec spec = new ScenarioFile(ScenarioCatalog.installed()).parse(ConfigNode.parseYaml(yaml, name + ".yaml"), name);
        RunResult result = new HeadlessRun(spec, directory).execute();
        assertThat(result.done()).as("%s finished: %s", name, result.reason()).isTrue();
        return Files.readString(directory.resolve(HeadlessRun.EVENTS_FILE), StandardCharsets.UTF_8);
    }

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(ShortRun.class)
    void aShortRunWritesTheGoldenEventsByteForByte(ShortRun run) throws IOException {
        GoldenEvents.assertMatchesGolden(run.golden(), run.events(dir.resolve("run")));
    }

    @ParameterizedTest
    @EnumSource(ShortRun.class)
    void theGoldenRunExercisesWhatItClaims(ShortRun run) throws IOException {
        Set<String> types = new TreeSet<>();
        for (String line : Files.readAllLines(run.golden(), StandardCharsets.UTF_8)) {
            types.add(line.substring("{\"type\":\"".length(), line.indexOf('"', "{\"type\":\"".length())));
        }
        assertThat(types).containsAll(run.exercises);
        assertThat(Files.size(run.golden())).as("a golden file stays small enough to review").isLessThan(200_000);
    }

    @ParameterizedTest
    @EnumSource(ShortRun.class)
    void theSameSeedGivesTheSameBytesAndAnotherSeedDoesNot(ShortRun run) throws IOException {
        String first = run.events(dir.resolve("first"));
        assertThat(run.events(dir.resolve("second"))).isEqualTo(first);
        String other = eventsOf(run.yaml.replaceFirst("seed: \\d+", "seed: 99"), run.name, dir.resolve("other"));
        assertThat(GoldenEvents.firstDifference(first, other, GoldenEvents.DEFAULT_TOLERANCE)).isPresent();
    }
}

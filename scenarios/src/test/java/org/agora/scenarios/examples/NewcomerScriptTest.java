package org.agora.scenarios.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.agora.core.config.BadInputException;
import org.agora.core.config.SimTime;
import org.agora.core.event.Event;
import org.agora.core.event.InterventionApplied;
import org.agora.core.experiment.PointAggregate;
import org.agora.core.run.Simulation;
import org.agora.core.scenario.ScenarioCatalog;
import org.agora.core.scenario.ScenarioSpec;
import org.agora.core.script.ScenarioScript;
import org.agora.core.script.ScriptedRun;
import org.agora.core.script.SweepResults;
import org.agora.core.sink.EventJsonCodec;
import org.agora.core.sink.MemorySink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The scripting example runs, and what it builds in code runs exactly as the catalog file it mirrors. */
class NewcomerScriptTest {

    @TempDir
    Path dir;

    private static List<String> json(List<Event> events) {
        return events.stream().map(EventJsonCodec::toJson).toList();
    }

    @Test
    void theScriptedNewcomerGivesTheCatalogFilesEventsAndSummary() {
        ScenarioCatalog catalog = ScenarioCatalog.installed();
        for (long seed : new long[] {1, 7, 2024}) {
            ScenarioSpec fromFile = catalog.load(catalog.entry("govsim-fishery-newcomer").orElseThrow()).withSeed(seed);
            MemorySink fileEvents = new MemorySink();
            Map<String, Object> fileSummary = Simulation.of(fromFile, fileEvents).runToEnd();

            ScriptedRun scripted = NewcomerScript.newcomer().seed(seed).run();

            assertThat(scripted.spec().canonicalText()).isEqualTo(fromFile.canonicalText());
            assertThat(json(scripted.events())).as("seed %d", seed).isEqualTo(json(fileEvents.events()));
            assertThat(scripted.summary()).isEqualTo(fileSummary);
        }
    }

    @Test
    void theNewcomerJoinsAtMonthThreeAndTheRunLastsFifteenMonths() {
        ScriptedRun run = NewcomerScript.newcomer().run();
        assertThat(run.events(InterventionApplied.class)).singleElement().satisfies(applied -> {
            assertThat(applied.header().time()).isEqualTo(2 * SimTime.MONTH);
            assertThat(applied.round()).isEqualTo(3);
            assertThat(applied.arguments()).containsEntry("kind", "greedy");
        });
        assertThat(run.number("roundLimit")).isEqualTo(15);
    }

    @Test
    void aScriptIsCheckedAsAFileWouldBe() {
        assertThatThrownBy(() -> NewcomerScript.newcomer().set("rouds", 3).spec()).isInstanceOf(BadInputException.class)
                .hasMessageContaining("parameters.rouds").hasMessageContaining("did you mean 'rounds'");
        assertThatThrownBy(() -> NewcomerScript.newcomer().atRound(20, "add-agent", Map.of("kind", "greedy")).spec())
                .isInstanceOf(BadInputException.class).hasMessageContaining("interventions[1].round");
        assertThatThrownBy(() -> ScenarioScript.of("govsim-fishery").at("1 months", "teleport", Map.of()).spec())
                .isInstanceOf(BadInputException.class).hasMessageContaining("unknown action 'teleport'");
    }

    @Test
    void theSweepRunsEveryPointAndItsRunsMatchSingleScriptedRuns() {
        SweepResults sweep = NewcomerScript.communicationSweep(dir.resolve("sweep"));
        assertThat(sweep.records()).hasSize(10).allSatisfy(r -> assertThat(r.done()).isTrue());
        assertThat(sweep.points()).extracting(PointAggregate::runs).containsExactly(5, 5);
        assertThat(sweep.outcome().complete()).isTrue();
        var first = sweep.records().get(0);
        ScriptedRun again = NewcomerScript.newcomer().seed(first.seed()).set("communication", first.parameters().get("communication"))
                .run();
        assertThat(((Number) first.metrics().get("survivalTime")).doubleValue()).isEqualTo(again.number("survivalTime"));
        assertThat(((Number) first.metrics().get("gainMean")).doubleValue()).isEqualTo(again.number("gainMean"));
    }

    @Test
    void theExampleProgramRunsAndPrintsItsResults() {
        PrintStream original = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            NewcomerScript.main(new String[] {dir.resolve("main").toString()});
        } finally {
            System.setOut(original);
        }
        assertThat(out.toString(StandardCharsets.UTF_8)).contains("the newcomer joined at 5184000 s (round 3)")
                .contains("{communication=true}: survival").contains("{communication=false}: survival");
    }

    @Test
    void aScriptsOwnSinkGetsEveryEventAndSweepsRunSeveralScriptsSideBySide() {
        MemorySink mine = new MemorySink();
        ScriptedRun run = NewcomerScript.newcomer().sink(mine).run();
        assertThat(json(mine.events())).isEqualTo(json(run.events()));

        SweepResults sweep = org.agora.core.script.SweepScript.over(
                        ScenarioScript.of("govsim-fishery").named("five", "five sustainable").population("sustainable", 5, Map.of()),
                        NewcomerScript.newcomer())
                .named("side-by-side").metrics("survivalTime").output(dir.resolve("side")).run();
        assertThat(sweep.records()).extracting(r -> r.parameters().get("scenario"))
                .containsExactly("five", "govsim-fishery-newcomer");
        assertThat(((Number) sweep.records().get(0).metrics().get("survivalTime")).doubleValue()).isEqualTo(12.0);
    }
}

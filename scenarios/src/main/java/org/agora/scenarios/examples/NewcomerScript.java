package org.agora.scenarios.examples;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.agora.core.event.InterventionApplied;
import org.agora.core.experiment.MetricSummary;
import org.agora.core.experiment.PointAggregate;
import org.agora.core.script.ScenarioScript;
import org.agora.core.script.ScriptedRun;
import org.agora.core.script.SweepResults;

/**
 * An example of scripting Agora from Java (docs/scenarios.md, "Scripting"): the greedy newcomer
 * of the catalog (govsim-fishery-newcomer.yaml) built in code, run once, then swept with and
 * without communication. The test NewcomerScriptTest runs it and checks that the scripted run
 * gives the same events as the catalog file.
 *
 * <pre>
 * ./agora list                  # builds the application into viz/target/agora once
 * java -cp "viz/target/agora/lib/*" org.agora.scenarios.examples.NewcomerScript [SWEEP_DIRECTORY]
 * </pre>
 */
public final class NewcomerScript {

    private NewcomerScript() {
    }

    /** Four fishers for 15 months; at month 3 a greedy outsider asking 20 tons a month joins. */
    public static ScenarioScript newcomer() {
        return ScenarioScript.of("govsim-fishery")
                .named("govsim-fishery-newcomer", "Greedy newcomer: an outsider asking 20 tons a month joins four fishers at month 3")
                .until("15 months")
                .set("rounds", 15)
                .population("conditional-cooperator", 3, Map.of("forgiveAfter", 2))
                .population("noisy-sustainable", 1, Map.of("noise", 2))
                .atRound(3, "add-agent", Map.of("kind", "greedy", "amount", 20));
    }

    /** The newcomer with and without communication, 5 common seeds each, written to {@code directory}. */
    public static SweepResults communicationSweep(Path directory) {
        return newcomer().sweep()
                .named("newcomer-communication")
                .grid("communication", true, false)
                .replications(5)
                .seed(2024)
                .commonSeeds()
                .metrics("survivalTime", "survived", "gainMean", "equality")
                .output(directory)
                .run();
    }

    public static void main(String[] args) {
        ScriptedRun run = newcomer().seed(7).run();
        InterventionApplied joined = run.events(InterventionApplied.class).get(0);
        System.out.printf(Locale.ROOT, "the newcomer joined at %.0f s (round %d); the lake lasted %.0f months, mean gain %.1f%n",
                joined.header().time(), joined.round(), run.number("survivalTime"), run.number("gainMean"));
        SweepResults sweep = communicationSweep(Path.of(args.length > 0 ? args[0] : "sweeps/newcomer-communication"));
        for (PointAggregate point : sweep.points()) {
            MetricSummary survival = point.metrics().get("survivalTime");
            System.out.printf(Locale.ROOT, "%s: survival %.1f months (95%% CI %.1f–%.1f) over %d runs%n",
                    point.point().labels(), survival.mean(), survival.ci95Low(), survival.ci95High(), point.runs());
        }
    }
}

package org.agora.core.script;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agora.core.config.ConfigNode;
import org.agora.core.run.Simulation;
import org.agora.core.scenario.ScenarioCatalog;
import org.agora.core.scenario.ScenarioFile;
import org.agora.core.scenario.ScenarioSpec;
import org.agora.core.sink.EventSink;
import org.agora.core.sink.MemorySink;

/**
 * A scenario built in code: the same keys as a scenario file ({@link ScenarioFile}), set by
 * methods. {@link #spec()} checks it exactly as the file would be checked (unknown parameter,
 * kind or action, value out of range, intervention after the stop time), naming the key;
 * {@link #run()} runs it on the calling thread, in memory.
 *
 * <p>Not thread-safe: build a script on one thread. Each {@link #run()} is a fresh run.
 */
public final class ScenarioScript {

    private final ScenarioCatalog catalog;
    private final String scenario;
    private String name;
    private String description;
    private Long seed;
    private String until;
    private final Map<String, Object> parameters = new LinkedHashMap<>();
    private final List<Map<String, Object>> population = new ArrayList<>();
    private final List<Map<String, Object>> interventions = new ArrayList<>();
    private final List<EventSink> sinks = new ArrayList<>();

    private ScenarioScript(ScenarioCatalog catalog, String scenario) {
        this.catalog = catalog;
        this.scenario = scenario;
        this.name = scenario;
    }

    /** A script of the installed scenario with this id ({@code agora list}), with its defaults. */
    public static ScenarioScript of(String scenarioId) {
        return of(ScenarioCatalog.installed(), scenarioId);
    }

    /** A script of a scenario of {@code catalog}. */
    public static ScenarioScript of(ScenarioCatalog catalog, String scenarioId) {
        return new ScenarioScript(catalog, scenarioId);
    }

    /** The run's name (its run id's stem, as a file's name is) and one-line description. */
    public ScenarioScript named(String newName, String newDescription) {
        this.name = newName;
        this.description = newDescription;
        return this;
    }

    /** The run seed (default 1). */
    public ScenarioScript seed(long newSeed) {
        this.seed = newSeed;
        return this;
    }

    /** The stop time: seconds, or a number and a unit ("12 months", "300 s"); default the scenario's. */
    public ScenarioScript until(String time) {
        this.until = time;
        return this;
    }

    /** Sets a parameter of the scenario ({@code agora describe} lists them); the value as a file would give it. */
    public ScenarioScript set(String parameter, Object value) {
        parameters.put(parameter, value);
        return this;
    }

    /**
     * Adds a group of members. The first group replaces the scenario's default population.
     *
     * @param options the kind's options ({@code forgiveAfter}, {@code amount}, …) by name
     */
    public ScenarioScript population(String kind, int count, Map<String, ?> options) {
        Map<String, Object> group = new LinkedHashMap<>();
        group.put("kind", kind);
        group.put("count", count);
        group.putAll(options);
        population.add(group);
        return this;
    }

    /** Schedules an action of the scenario at a time ("120 s", "3 months"). */
    public ScenarioScript at(String time, String action, Map<String, ?> arguments) {
        return intervention("at", time, action, arguments);
    }

    /** Schedules an action of a round-based scenario at the start of a round (from 1). */
    public ScenarioScript atRound(int round, String action, Map<String, ?> arguments) {
        return intervention("round", round, action, arguments);
    }

    private ScenarioScript intervention(String when, Object value, String action, Map<String, ?> arguments) {
        Map<String, Object> intervention = new LinkedHashMap<>();
        intervention.put(when, value);
        intervention.put("action", action);
        intervention.putAll(arguments);
        interventions.add(intervention);
        return this;
    }

    /**
     * Adds a sink that every {@link #run()} writes its events to, besides the memory the run
     * keeps (a {@code KafkaSink}, a {@code JsonlSink}); the run closes it.
     */
    public ScenarioScript sink(EventSink sink) {
        sinks.add(sink);
        return this;
    }

    /** The script as a scenario document, with the keys and values a scenario file would have. */
    public Map<String, Object> document() {
        Map<String, Object> document = new LinkedHashMap<>();
        document.put("scenario", scenario);
        if (description != null) {
            document.put("description", description);
        }
        if (seed != null) {
            document.put("seed", seed);
        }
        document.put("until", until != null ? until : defaultUntil());
        if (!parameters.isEmpty()) {
            document.put("parameters", parameters);
        }
        if (!population.isEmpty()) {
            document.put("population", population);
        }
        if (!interventions.isEmpty()) {
            document.put("interventions", interventions);
        }
        return document;
    }

    private Object defaultUntil() {
        return catalog.scenario(scenario).map(s -> (Object) s.defaultUntil()).orElse("1 s");
    }

    /**
     * The checked scenario.
     *
     * @throws org.agora.core.config.BadInputException naming the key of the first problem
     *     ("script govsim-fishery: parameters.rounds: …")
     */
    public ScenarioSpec spec() {
        return new ScenarioFile(catalog).parse(ConfigNode.of(document(), "script " + name), name);
    }

    /** Runs the scenario to its stop time on this thread; the events are kept in memory. */
    public ScriptedRun run() {
        MemorySink memory = new MemorySink();
        List<EventSink> all = new ArrayList<>();
        all.add(memory);
        all.addAll(sinks);
        ScenarioSpec spec = spec();
        Map<String, Object> summary = Simulation.of(spec, all.toArray(EventSink[]::new)).runToEnd();
        return new ScriptedRun(spec, summary, memory.events());
    }

    /** A sweep of this scenario (its sinks are not used: a sweep writes its own directory). */
    public SweepScript sweep() {
        return new SweepScript(catalog, List.of(spec()));
    }
}

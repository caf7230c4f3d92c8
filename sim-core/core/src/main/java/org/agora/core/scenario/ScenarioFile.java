package org.agora.core.scenario;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.agora.core.config.ConfigNode;
import org.agora.core.config.SimTime;
import org.agora.core.config.Suggestions;
import org.agora.core.event.Event;
import org.agora.core.event.EventTypes;
import org.agora.core.sink.EventFilter;

/**
 * Reads scenario files (YAML), strictly: an unknown key, a wrong type or a value out of range is
 * an error naming the file, the line and the key. The keys:
 *
 * <pre>
 * scenario: govsim-fishery      # the scenario id (required)
 * description: one line          # shown by agora list
 * seed: 42                       # the run seed (default 1)
 * until: 12 months               # the stop time (required): seconds, or a number and a unit
 * parameters: {name: value, …}   # the scenario's parameters; the rest keep their defaults
 * population:                    # groups of members; the scenario's default if absent
 *   - {kind: sustainable, count: 4}
 *   - {kind: greedy, count: 1}
 * outputs:                       # what the run writes besides summary and manifest
 *   events: true                 # events.jsonl on or off
 *   include: [TypeA, TypeB]      # only these event types
 *   exclude: [TypeC]             # all but these
 *   sample: {TypeD: 10}          # one TypeD event in every 10
 * interventions:                 # timed actions of the scenario (agora describe lists them)
 *   - {at: 120 s, action: set-cav-share, share: 0.6}
 *   - {round: 3, action: add-agent, kind: greedy}     # round-based scenarios only
 * llm: {…}                       # a block the scenario declares itself ({@link Scenario#sections()})
 * </pre>
 */
public final class ScenarioFile {

    /** The top-level keys a scenario file may have. */
    public static final List<String> KEYS = List.of("scenario", "description", "seed", "until", "parameters",
            "population", "outputs", "interventions");

    /**
     * The largest population group: the societies have 5 members, the merge about 300 vehicles,
     * the market 10,000 users; a hundred times the largest study is a mistake, and 2^31 - 1 members
     * ran for minutes before running out of memory.
     */
    public static final int MAX_GROUP_COUNT = 1_000_000;
    private static final List<String> OUTPUT_KEYS = List.of("events", "include", "exclude", "sample");

    private final ScenarioCatalog catalog;

    public ScenarioFile(ScenarioCatalog catalog) {
        this.catalog = catalog;
    }

    /** Reads and checks a scenario file. */
    public ScenarioSpec read(Path file) {
        String fileName = file.getFileName().toString();
        return parse(ConfigNode.readYaml(file), stem(fileName));
    }

    /** Checks a parsed scenario document; {@code name} becomes the spec's name. */
    public ScenarioSpec parse(ConfigNode root, String name) {
        if (!root.isMap()) {
            throw root.error("a scenario file is a map of keys (" + String.join(", ", KEYS) + "), got " + root.describe());
        }
        ConfigNode idNode = root.require("scenario");
        String id = idNode.asString();
        Scenario scenario = catalog.scenario(id).orElseThrow(() -> idNode.error("unknown scenario '" + id + "'"
                + Suggestions.hint(id, catalog.scenarioIds()) + "; see agora list"));
        List<String> keys = new ArrayList<>(KEYS);
        scenario.sections().forEach(section -> keys.add(section.key()));
        root.allowOnly(keys);
        ConfigNode untilNode = root.require("until");
        double until = SimTime.seconds(untilNode);
        if (!(until > 0)) {
            throw untilNode.error("the stop time must be greater than 0");
        }
        String description = root.get("description") == null ? scenario.summary() : root.get("description").asString();
        ScenarioSpec spec = ScenarioSpec.defaults(scenario).withUntil(until).named(name, description);
        if (root.get("seed") != null) {
            spec = spec.withSeed(root.get("seed").asLong());
        }
        if (root.get("parameters") != null) {
            spec = spec.withParameters(readParameters(root.get("parameters"), scenario.parameters().defaults()));
        }
        if (root.get("population") != null) {
            spec = spec.withPopulation(readPopulation(root.get("population"), scenario));
        }
        if (root.get("outputs") != null) {
            spec = spec.withOutputs(readOutputs(root.get("outputs"), scenario));
        }
        if (root.get("interventions") != null) {
            spec = spec.withInterventions(readInterventions(root.get("interventions"), scenario, until));
        }
        for (Section section : scenario.sections()) {
            if (root.get(section.key()) != null) {
                spec = spec.withSection(section.key(), section.read(root.get(section.key())));
            }
        }
        scenario.check(spec, SpecLocations.in(root));
        return spec;
    }

    private static List<Intervention> readInterventions(ConfigNode node, Scenario scenario, double until) {
        Map<String, Action> actions = new LinkedHashMap<>();
        for (Action action : scenario.actions()) {
            actions.put(action.name(), action);
        }
        if (actions.isEmpty()) {
            throw node.error("scenario " + scenario.id() + " offers no actions to schedule");
        }
        List<Intervention> interventions = new ArrayList<>();
        for (ConfigNode item : node.items()) {
            if (!item.isMap()) {
                throw item.error("expected an intervention such as {at: 10 s, action: "
                        + actions.keySet().iterator().next() + ", …}, got " + item.describe());
            }
            ConfigNode actionNode = item.require("action");
            String actionName = actionNode.asString();
            Action action = actions.get(actionName);
            if (action == null) {
                throw actionNode.error("unknown action '" + actionName + "'" + Suggestions.hint(actionName, actions.keySet())
                        + "; " + scenario.id() + " offers: " + String.join(", ", actions.keySet()));
            }
            Set<String> allowed = new LinkedHashSet<>(List.of("at", "round", "action"));
            allowed.addAll(action.arguments().names());
            item.allowOnly(allowed);
            double time;
            int round = 0;
            if (item.get("at") != null && item.get("round") != null) {
                throw item.get("round").error("give either 'at' (a time) or 'round', not both");
            } else if (item.get("round") != null) {
                ConfigNode roundNode = item.get("round");
                if (scenario.roundLength() <= 0) {
                    throw roundNode.error("scenario " + scenario.id() + " has no rounds; give a time with 'at'");
                }
                round = roundNode.asInt();
                if (round < 1) {
                    throw roundNode.error("rounds count from 1 (was " + round + ")");
                }
                time = (round - 1) * scenario.roundLength();
                if (time > until) {
                    throw roundNode.error("round " + round + " starts after the stop time");
                }
            } else if (item.get("at") != null) {
                time = SimTime.seconds(item.get("at"));
                if (time > until) {
                    throw item.get("at").error("after the stop time (" + org.agora.core.scenario.Parameter.number(until) + " s)");
                }
            } else {
                throw item.error("missing 'at' (a time)" + (scenario.roundLength() > 0 ? " or 'round'" : ""));
            }
            Parameters arguments = action.arguments().defaults();
            for (Map.Entry<String, ConfigNode> entry : item.fields().entrySet()) {
                if (!List.of("at", "round", "action").contains(entry.getKey())) {
                    arguments = arguments.with(entry.getKey(), entry.getValue());
                }
            }
            interventions.add(new Intervention(time, round, actionName, arguments));
        }
        return interventions;
    }

    /** Reads a map of parameter values over {@code defaults}. */
    public static Parameters readParameters(ConfigNode node, Parameters defaults) {
        Parameters values = defaults;
        for (Map.Entry<String, ConfigNode> entry : node.fields().entrySet()) {
            values = values.with(entry.getKey(), entry.getValue());
        }
        return values;
    }

    private static Population readPopulation(ConfigNode node, Scenario scenario) {
        Map<String, PopulationKind> kinds = new LinkedHashMap<>();
        for (PopulationKind kind : scenario.populationKinds()) {
            kinds.put(kind.name(), kind);
        }
        if (kinds.isEmpty()) {
            throw node.error("scenario " + scenario.id() + " has no population to set");
        }
        List<Population.Group> groups = new ArrayList<>();
        for (ConfigNode item : node.items()) {
            if (!item.isMap()) {
                throw item.error("expected a group such as {kind: " + kinds.keySet().iterator().next() + ", count: 1}, got " + item.describe());
            }
            ConfigNode kindNode = item.require("kind");
            String kindName = kindNode.asString();
            PopulationKind kind = kinds.get(kindName);
            if (kind == null) {
                throw kindNode.error("unknown kind '" + kindName + "'" + Suggestions.hint(kindName, kinds.keySet())
                        + "; known: " + String.join(", ", kinds.keySet()));
            }
            Set<String> allowed = new LinkedHashSet<>(List.of("kind", "count"));
            allowed.addAll(kind.parameters().names());
            item.allowOnly(allowed);
            int count = 1;
            if (item.get("count") != null) {
                count = item.get("count").asInt();
                if (count < 0) {
                    throw item.get("count").error("must be at least 0 (was " + count + ")");
                }
                if (count > MAX_GROUP_COUNT) {
                    throw item.get("count").error(String.format("must be at most %,d (was %,d): one run does not hold more",
                            MAX_GROUP_COUNT, count));
                }
            }
            Parameters values = kind.parameters().defaults();
            for (Map.Entry<String, ConfigNode> entry : item.fields().entrySet()) {
                if (!entry.getKey().equals("kind") && !entry.getKey().equals("count")) {
                    values = values.with(entry.getKey(), entry.getValue());
                }
            }
            groups.add(new Population.Group(kindName, count, values));
        }
        return new Population(groups);
    }

    private static OutputSpec readOutputs(ConfigNode node, Scenario scenario) {
        node.allowOnly(OUTPUT_KEYS);
        Set<String> known = new LinkedHashSet<>();
        for (Class<? extends Event> type : scenario.events()) {
            known.add(EventTypes.nameOf(type));
        }
        boolean events = node.get("events") == null || node.get("events").asBoolean();
        Set<String> include = node.get("include") == null ? Set.of() : eventNames(node.get("include"), known);
        Set<String> exclude = node.get("exclude") == null ? Set.of() : eventNames(node.get("exclude"), known);
        Map<String, Integer> sample = new LinkedHashMap<>();
        if (node.get("sample") != null) {
            for (Map.Entry<String, ConfigNode> entry : node.get("sample").fields().entrySet()) {
                checkEventName(entry.getKey(), entry.getValue(), known);
                int every = entry.getValue().asInt();
                if (every < 1) {
                    throw entry.getValue().error("must be at least 1 (one event in every n)");
                }
                sample.put(entry.getKey(), every);
            }
        }
        return new OutputSpec(events, new EventFilter(include, exclude, sample));
    }

    private static Set<String> eventNames(ConfigNode node, Set<String> known) {
        Set<String> names = new LinkedHashSet<>();
        List<ConfigNode> items = node.isList() ? node.items() : List.of(node);
        for (ConfigNode item : items) {
            String name = item.asString();
            checkEventName(name, item, known);
            names.add(name);
        }
        return names;
    }

    private static void checkEventName(String name, ConfigNode where, Set<String> known) {
        if (!known.contains(name)) {
            throw where.error("unknown event type '" + name + "'" + Suggestions.hint(name, known));
        }
    }

    private static String stem(String fileName) {
        int dot = fileName.lastIndexOf('.');
        return dot > 0 ? fileName.substring(0, dot) : fileName;
    }
}

package org.agora.core.experiment;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.agora.core.config.ConfigNode;
import org.agora.core.config.SimTime;
import org.agora.core.config.Suggestions;
import org.agora.core.scenario.CatalogEntry;
import org.agora.core.scenario.Metric;
import org.agora.core.scenario.Parameter;
import org.agora.core.scenario.ParameterSet;
import org.agora.core.scenario.Parameters;
import org.agora.core.scenario.Scenario;
import org.agora.core.scenario.ScenarioCatalog;
import org.agora.core.scenario.ScenarioFile;
import org.agora.core.scenario.ScenarioSpec;

/**
 * Reads experiment files (YAML), as strictly as scenario files: an unknown key, a wrong type or a
 * value out of range is an error naming the file, the line and the key. The keys:
 *
 * <pre>
 * name: mood-and-pace            # the experiment's name (default: the file name)
 * description: one line
 * scenario: walkers.yaml         # the base scenario: a scenario file (relative to this file),
 *                                # a catalog entry or a scenario id (required); or a list of
 *                                # them: the design runs on each, in a column "scenario"
 * until: 20 s                    # the stop time of every run (default: the base scenario's)
 * parameters: {mood: calm}       # fixed values over the base scenario's
 * grid:                          # every combination of these values ...
 *   mood: [calm, restless]
 *   interval: {from: 0.5, to: 2, step: 0.5}
 * points:                        # ... or exactly these points ...
 *   - {mood: calm, interval: 1}
 * sample:                        # ... or points drawn at random (see RandomSample)
 *   count: 20
 *   parameters: {interval: {min: 0.5, max: 2}, mood: [calm, restless]}
 * replications: 10               # runs per point (default 1)
 * seed: 7                        # the experiment's seed (default 1)
 * seeds: independent             # or common: replication r shares its seed across points
 * metrics: [meanPosition]        # the scenario's metrics to collect (default: all)
 * output: sweeps/mood-and-pace   # the output directory (default: sweeps/NAME), relative to
 *                                # the current directory
 * events: false                  # true: every run writes events.jsonl under output/runs/
 * </pre>
 */
public final class ExperimentFile {

    /** The top-level keys an experiment file may have. */
    public static final List<String> KEYS = List.of("name", "description", "scenario", "until", "parameters", "grid",
            "points", "sample", "replications", "seed", "seeds", "metrics", "output", "events");

    /** A sweep may have at most this many runs. */
    public static final int MAX_RUNS = 1_000_000;

    private static final List<String> DESIGN_KEYS = List.of("grid", "points", "sample");

    /** The resource folder shipped experiment files live in ({@code experiments/NAME.yaml}). */
    public static final String FOLDER = "experiments";

    private final ScenarioCatalog catalog;

    public ExperimentFile(ScenarioCatalog catalog) {
        this.catalog = catalog;
    }

    /** The experiment files shipped on the class path, by name. */
    public static List<CatalogEntry> shipped() {
        return ScenarioCatalog.resources(FOLDER);
    }

    /**
     * What {@code agora sweep X} runs: the file X if X names a file (or looks like one), else the
     * shipped experiment called X.
     *
     * @throws org.agora.core.config.BadInputException if X is neither, or the file is wrong
     */
    public Experiment resolve(String experimentOrFile) {
        Path path = Path.of(experimentOrFile);
        if (Files.exists(path) || experimentOrFile.endsWith(".yaml") || experimentOrFile.endsWith(".yml")
                || experimentOrFile.contains("/") || experimentOrFile.contains("\\")) {
            return read(path);
        }
        List<CatalogEntry> shipped = shipped();
        for (CatalogEntry entry : shipped) {
            if (entry.name().equals(experimentOrFile)) {
                return parse(ConfigNode.parseYaml(entry.content(), entry.resource()), Path.of(""), entry.name());
            }
        }
        List<String> names = shipped.stream().map(CatalogEntry::name).toList();
        throw new org.agora.core.config.BadInputException("unknown experiment '" + experimentOrFile + "'"
                + Suggestions.hint(experimentOrFile, names) + "; give an experiment file, or one of the shipped experiments: "
                + String.join(", ", names));
    }

    /** Reads and checks an experiment file. */
    public Experiment read(Path file) {
        String fileName = file.getFileName().toString();
        int dot = fileName.lastIndexOf('.');
        Path directory = file.getParent() == null ? Path.of("") : file.getParent();
        return parse(ConfigNode.readYaml(file), directory, dot > 0 ? fileName.substring(0, dot) : fileName);
    }

    /**
     * Checks a parsed experiment document.
     *
     * @param directory where scenario files named by the document are looked up
     * @param defaultName the name if the document gives none
     */
    public Experiment parse(ConfigNode root, Path directory, String defaultName) {
        checkKeys(root);
        return parse(root, baseScenarios(root.require("scenario"), directory), defaultName);
    }

    /**
     * Checks an experiment document over base scenarios given apart, as a program builds them:
     * every key of a file but {@code scenario}, which {@code bases} replaces (several bases: the
     * design runs on each, and {@value Experiment#SCENARIO} names each point's base by its name).
     *
     * @throws org.agora.core.config.BadInputException naming the key of the first problem
     */
    public Experiment parse(ConfigNode root, List<ScenarioSpec> bases, String defaultName) {
        checkKeys(root);
        if (bases.isEmpty()) {
            throw root.error("no scenario to run");
        }
        String name = defaultName;
        if (root.get("name") != null) {
            name = root.get("name").asString();
            if (!name.matches("[A-Za-z0-9._-]+")) {
                throw root.get("name").error("use letters, digits, '.', '_' and '-' only (it names the output directory)");
            }
        }
        List<ScenarioSpec> adjusted = new ArrayList<>();
        for (ScenarioSpec base : bases) {
            if (root.get("until") != null) {
                ConfigNode untilNode = root.get("until");
                double until = SimTime.seconds(untilNode);
                if (!(until > 0)) {
                    throw untilNode.error("the stop time must be greater than 0");
                }
                base = base.withUntil(until);
            }
            if (root.get("parameters") != null) {
                base = base.withParameters(ScenarioFile.readParameters(root.get("parameters"), base.parameters()));
            }
            adjusted.add(base);
        }
        bases = adjusted;
        ScenarioSpec first = bases.get(0);
        Scenario scenario = first.scenario();
        String description = root.get("description") == null
                ? "sweep of " + String.join(", ", bases.stream().map(ScenarioSpec::name).toList())
                : root.get("description").asString();
        long seed = root.get("seed") == null ? 1L : root.get("seed").asLong();
        SeedScheme seeds = root.get("seeds") == null ? SeedScheme.INDEPENDENT : seedScheme(root.get("seeds"));

        Design design = Design.GRID;
        ConfigNode designNode = null;
        for (String key : DESIGN_KEYS) {
            if (root.get(key) != null) {
                if (designNode != null) {
                    throw root.get(key).error("give one of grid, points or sample, not both " + design.key() + " and " + key);
                }
                design = Design.valueOf(key.toUpperCase(java.util.Locale.ROOT));
                designNode = root.get(key);
            }
        }
        if (designNode != null) {
            checkNotAlsoFixed(design, designNode, root.get("parameters"));
        }
        List<Map<String, ConfigNode>> assignments = switch (design) {
            case GRID -> designNode == null ? List.of(Map.of()) : grid(designNode, scenario.parameters());
            case POINTS -> points(designNode, scenario.parameters());
            case SAMPLE -> RandomSample.draw(designNode, scenario.parameters(), seed);
        };
        List<ParameterPoint> points = resolve(assignments, bases, design, designNode);
        List<String> varied = points.get(0).varied().keySet().stream().toList();

        int replications = 1;
        if (root.get("replications") != null) {
            ConfigNode node = root.get("replications");
            replications = node.asInt();
            if (replications < 1) {
                throw node.error("must be at least 1 (was " + replications + ")");
            }
        }
        if ((long) replications * points.size() > MAX_RUNS) {
            ConfigNode where = root.get("replications") != null ? root.get("replications") : designNode;
            throw where.error(points.size() + " points × " + replications + " replications is more than the "
                    + String.format(java.util.Locale.ROOT, "%,d", MAX_RUNS) + " runs a sweep may have");
        }
        List<Metric> metrics = root.get("metrics") == null ? scenario.metrics() : metrics(root.get("metrics"), scenario);
        if (metrics.isEmpty()) {
            throw root.error("scenario " + scenario.id() + " declares no metrics to collect");
        }
        for (ScenarioSpec other : bases) {
            List<String> reported = other.scenario().metrics().stream().map(Metric::name).toList();
            for (Metric metric : metrics) {
                if (!reported.contains(metric.name())) {
                    ConfigNode where = root.get("metrics") != null ? root.get("metrics") : root.get("scenario");
                    throw (where != null ? where : root).error("scenario " + other.scenario().id() + " (" + other.name()
                            + ") does not report the metric '" + metric.name() + "'; list the metrics they all report");
                }
            }
        }
        Path output = Path.of("sweeps", name);
        if (root.get("output") != null) {
            String text = root.get("output").asString();
            if (text.isBlank()) {
                throw root.get("output").error("the output directory is empty");
            }
            output = Path.of(text);
        }
        boolean runEvents = root.get("events") != null && root.get("events").asBoolean();
        return new Experiment(name, description, first, seed, seeds, design, varied, points, replications, metrics, output,
                runEvents);
    }

    private static void checkKeys(ConfigNode root) {
        if (!root.isMap()) {
            throw root.error("an experiment file is a map of keys (" + String.join(", ", KEYS) + "), got " + root.describe());
        }
        root.allowOnly(KEYS);
    }

    /** The base scenario, or with a list ({@code scenario: [a, b]}) each of them, named apart. */
    private List<ScenarioSpec> baseScenarios(ConfigNode node, Path directory) {
        if (!node.isList()) {
            return List.of(baseScenario(node, directory));
        }
        if (node.items().isEmpty()) {
            throw node.error("the list of scenarios is empty");
        }
        List<ScenarioSpec> bases = new ArrayList<>();
        Map<String, Integer> names = new LinkedHashMap<>();
        for (ConfigNode item : node.items()) {
            ScenarioSpec base = baseScenario(item, directory);
            Integer earlier = names.putIfAbsent(base.name(), bases.size());
            if (earlier != null) {
                throw item.error("the scenario '" + base.name() + "' is listed twice (as scenario[" + earlier + "])");
            }
            bases.add(base);
        }
        return bases;
    }

    private ScenarioSpec baseScenario(ConfigNode node, Path directory) {
        String text = node.asString();
        if (text.endsWith(".yaml") || text.endsWith(".yml") || text.contains("/") || text.contains("\\")) {
            Path file = directory.resolve(text).normalize();
            if (!Files.isRegularFile(file)) {
                throw node.error("no scenario file " + file + (Files.exists(file) ? " (not a file)" : ""));
            }
            return new ScenarioFile(catalog).read(file);
        }
        CatalogEntry entry = catalog.entry(text).orElse(null);
        if (entry != null) {
            return catalog.load(entry);
        }
        Scenario scenario = catalog.scenario(text).orElse(null);
        if (scenario != null) {
            return ScenarioSpec.defaults(scenario);
        }
        Set<String> names = new TreeSet<>(catalog.scenarioIds());
        catalog.entries().forEach(e -> names.add(e.name()));
        throw node.error("unknown scenario '" + text + "'" + Suggestions.hint(text, names)
                + "; give a scenario id or catalog entry (agora list) or a scenario file");
    }

    /**
     * A parameter that a grid or a sample sets at every point must not also be fixed under
     * {@code parameters}, where it would be ignored. (A point of a {@code points} design may
     * override a fixed value: the points that do not set it keep it.)
     */
    private static void checkNotAlsoFixed(Design design, ConfigNode designNode, ConfigNode fixed) {
        if (fixed == null || !fixed.isMap() || !designNode.isMap()) {
            return;
        }
        ConfigNode everyPoint = switch (design) {
            case GRID -> designNode;
            case SAMPLE -> designNode.get("parameters");
            case POINTS -> null;
        };
        if (everyPoint == null || !everyPoint.isMap()) {
            return;
        }
        for (Map.Entry<String, ConfigNode> entry : everyPoint.fields().entrySet()) {
            if (fixed.fields().containsKey(entry.getKey())) {
                throw entry.getValue().error("also fixed under parameters (line " + fixed.fields().get(entry.getKey()).line()
                        + "); a parameter is either fixed or varied: remove one of the two");
            }
        }
    }

    private static SeedScheme seedScheme(ConfigNode node) {
        String word = node.asString();
        List<String> words = new ArrayList<>();
        for (SeedScheme scheme : SeedScheme.values()) {
            if (scheme.word().equals(word)) {
                return scheme;
            }
            words.add(scheme.word());
        }
        throw node.error("'" + word + "' is not one of " + String.join(", ", words) + Suggestions.hint(word, words));
    }

    /** The scenario's parameter called {@code name}; an error at {@code where} if it has none. */
    static Parameter<?> parameter(ParameterSet declared, String name, ConfigNode where) {
        Parameter<?> parameter = declared.get(name);
        if (parameter == null) {
            throw where.error("unknown parameter" + Suggestions.hint(name, declared.names())
                    + (declared.isEmpty() ? "; this scenario has none" : "; known: " + String.join(", ", declared.names())));
        }
        return parameter;
    }

    /** Every combination of the axes' values, the first axis changing slowest. */
    private static List<Map<String, ConfigNode>> grid(ConfigNode node, ParameterSet declared) {
        if (!node.isMap()) {
            throw node.error("expected a map of parameters to their values, got " + node.describe());
        }
        if (node.fields().isEmpty()) {
            throw node.error("the grid is empty; name the parameters to vary, or leave 'grid' out to run the base values");
        }
        List<Map<String, ConfigNode>> combinations = new ArrayList<>();
        combinations.add(new LinkedHashMap<>());
        for (Map.Entry<String, ConfigNode> entry : node.fields().entrySet()) {
            Parameter<?> parameter = parameter(declared, entry.getKey(), entry.getValue());
            List<ConfigNode> values = Axis.values(parameter, entry.getValue());
            if ((long) combinations.size() * values.size() > MAX_RUNS) {
                throw entry.getValue().error("the grid has more than " + MAX_RUNS + " points");
            }
            List<Map<String, ConfigNode>> extended = new ArrayList<>();
            for (Map<String, ConfigNode> combination : combinations) {
                for (ConfigNode value : values) {
                    Map<String, ConfigNode> next = new LinkedHashMap<>(combination);
                    next.put(entry.getKey(), value);
                    extended.add(next);
                }
            }
            combinations = extended;
        }
        return combinations;
    }

    private static List<Map<String, ConfigNode>> points(ConfigNode node, ParameterSet declared) {
        List<ConfigNode> items = node.items();
        if (items.isEmpty()) {
            throw node.error("the list of points is empty");
        }
        List<Map<String, ConfigNode>> points = new ArrayList<>();
        for (ConfigNode item : items) {
            if (!item.isMap()) {
                throw item.error("expected a point such as {" + declared.names().stream().findFirst().orElse("name")
                        + ": value}, got " + item.describe());
            }
            if (item.fields().isEmpty()) {
                throw item.error("a point sets at least one parameter");
            }
            for (Map.Entry<String, ConfigNode> entry : item.fields().entrySet()) {
                parameter(declared, entry.getKey(), entry.getValue());
            }
            points.add(item.fields());
        }
        return points;
    }

    /**
     * The points: each assignment applied over each base's values, checked, with the varied
     * values (with several bases, {@value Experiment#SCENARIO} first, changing slowest).
     */
    private static List<ParameterPoint> resolve(List<Map<String, ConfigNode>> assignments, List<ScenarioSpec> bases,
            Design design, ConfigNode designNode) {
        Set<String> varied = new LinkedHashSet<>();
        assignments.forEach(assignment -> varied.addAll(assignment.keySet()));
        boolean several = bases.size() > 1;
        List<ParameterPoint> points = new ArrayList<>();
        for (ScenarioSpec base : bases) {
            Map<Map<String, Object>, Integer> seen = new LinkedHashMap<>();
            for (int i = 0; i < assignments.size(); i++) {
                Parameters values = base.parameters();
                for (Map.Entry<String, ConfigNode> entry : assignments.get(i).entrySet()) {
                    values = values.with(entry.getKey(), entry.getValue());
                }
                Map<String, Object> variedValues = new LinkedHashMap<>();
                if (several) {
                    variedValues.put(Experiment.SCENARIO, base.name());
                }
                for (String name : varied) {
                    variedValues.put(name, values.get(name));
                }
                Integer earlier = seen.putIfAbsent(variedValues, i);
                if (earlier != null && design == Design.POINTS) {
                    throw designNode.items().get(i).error("the same point as points[" + earlier + "]");
                }
                points.add(new ParameterPoint(points.size(), variedValues, values, base));
            }
        }
        return points;
    }

    private static List<Metric> metrics(ConfigNode node, Scenario scenario) {
        Map<String, Metric> declared = new LinkedHashMap<>();
        scenario.metrics().forEach(metric -> declared.put(metric.name(), metric));
        List<ConfigNode> items = node.isList() ? node.items() : List.of(node);
        if (items.isEmpty()) {
            throw node.error("the list of metrics is empty; leave 'metrics' out to collect them all");
        }
        List<Metric> metrics = new ArrayList<>();
        for (ConfigNode item : items) {
            String name = item.asString();
            Metric metric = declared.get(name);
            if (metric == null) {
                throw item.error("unknown metric '" + name + "'" + Suggestions.hint(name, declared.keySet())
                        + "; " + scenario.id() + " reports: " + String.join(", ", declared.keySet()));
            }
            if (metrics.contains(metric)) {
                throw item.error("the metric '" + name + "' is listed twice");
            }
            metrics.add(metric);
        }
        return metrics;
    }
}

package org.agora.core.scenario;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agora.core.config.BadInputException;
import org.agora.core.config.ConfigNode;
import org.agora.core.config.SimTime;

/**
 * A scenario with every value resolved and checked: what one run will do. Built from a file, a
 * catalog entry or code; immutable, with {@code with…} methods for changed copies.
 *
 * @param scenario the scenario (model kind)
 * @param name the catalog entry, file name or id it was made from
 * @param description one line about it
 * @param seed the run seed
 * @param until the stop time in seconds
 * @param parameters the scenario's parameter values
 * @param population who takes part
 * @param outputs what the run writes
 * @param interventions timed interventions, in the order of their times
 * @param sections the values of the scenario's own top-level blocks ({@link Scenario#sections()}), by key,
 *     in the scenario's order
 */
public record ScenarioSpec(Scenario scenario, String name, String description, long seed, double until,
        Parameters parameters, Population population, OutputSpec outputs, List<Intervention> interventions,
        Map<String, SectionValue> sections) {

    public ScenarioSpec {
        if (!(until > 0) || !Double.isFinite(until)) {
            throw new IllegalArgumentException("stop time must be > 0 s and finite, was " + until);
        }
        List<Intervention> sorted = new ArrayList<>(interventions);
        sorted.sort(Comparator.comparingDouble(Intervention::time));
        interventions = List.copyOf(sorted);
        sections = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(sections));
    }

    /** The scenario with its defaults: default parameters, population and stop time, seed 1. */
    public static ScenarioSpec defaults(Scenario scenario) {
        return new ScenarioSpec(scenario, scenario.id(), scenario.summary(), 1L, scenario.defaultUntil(),
                scenario.parameters().defaults(), scenario.defaultPopulation(), OutputSpec.allEvents(), List.of(), Map.of());
    }

    public ScenarioSpec withSeed(long newSeed) {
        return new ScenarioSpec(scenario, name, description, newSeed, until, parameters, population, outputs, interventions, sections);
    }

    public ScenarioSpec withUntil(double newUntil) {
        return new ScenarioSpec(scenario, name, description, seed, newUntil, parameters, population, outputs, interventions, sections);
    }

    public ScenarioSpec withParameters(Parameters newParameters) {
        return new ScenarioSpec(scenario, name, description, seed, until, newParameters, population, outputs, interventions, sections);
    }

    public ScenarioSpec withPopulation(Population newPopulation) {
        return new ScenarioSpec(scenario, name, description, seed, until, parameters, newPopulation, outputs, interventions, sections);
    }

    public ScenarioSpec withOutputs(OutputSpec newOutputs) {
        return new ScenarioSpec(scenario, name, description, seed, until, parameters, population, newOutputs, interventions, sections);
    }

    /** A copy with these interventions (replacing any). */
    public ScenarioSpec withInterventions(List<Intervention> newInterventions) {
        return new ScenarioSpec(scenario, name, description, seed, until, parameters, population, outputs, newInterventions, sections);
    }

    /** A copy with the value of the scenario's block {@code key} set (replacing any). */
    public ScenarioSpec withSection(String key, SectionValue value) {
        Map<String, SectionValue> newSections = new LinkedHashMap<>(sections);
        newSections.put(key, java.util.Objects.requireNonNull(value));
        return new ScenarioSpec(scenario, name, description, seed, until, parameters, population, outputs, interventions,
                newSections);
    }

    /** The value of the scenario's block {@code key}, if the file (or code) gave one. */
    public <T extends SectionValue> java.util.Optional<T> section(String key, Class<T> type) {
        return java.util.Optional.ofNullable(sections.get(key)).map(type::cast);
    }

    /** A copy with another name and description, as a file or a program gives them. */
    public ScenarioSpec named(String newName, String newDescription) {
        return new ScenarioSpec(scenario, newName, newDescription, seed, until, parameters, population, outputs, interventions, sections);
    }

    /**
     * Checks the relations between this spec's values (see {@link Scenario#check}).
     *
     * @throws BadInputException naming the key of the first problem
     */
    public ScenarioSpec check() {
        scenario.check(this, SpecLocations.unlocated(name));
        return this;
    }

    /** A copy with one parameter set from its text, as {@code --set name=value} does. */
    public ScenarioSpec withParameter(String parameterName, String value) {
        return withParameters(parameters.with(parameterName, ConfigNode.text(value, "--set", parameterName)));
    }

    /**
     * A copy with command-line assignments applied: each {@code name=value} sets a parameter, or a
     * key of one of the scenario's blocks ({@code llm.cacheMode=replay-only}).
     *
     * @throws BadInputException naming the assignment if it is malformed, unknown or out of range
     */
    public ScenarioSpec withAssignments(List<String> assignments) {
        ScenarioSpec spec = this;
        for (String assignment : assignments) {
            int equals = assignment.indexOf('=');
            if (equals <= 0) {
                throw BadInputException.at("--set", 0, null, "expected name=value, got '" + assignment + "'");
            }
            String name = assignment.substring(0, equals).strip();
            String value = assignment.substring(equals + 1).strip();
            Section section = sectionOf(name);
            spec = section == null ? spec.withParameter(name, value) : spec.withSectionKey(section, name, value);
        }
        return spec;
    }

    /** The scenario's block a dotted assignment such as {@code llm.cacheMode} names, or null. */
    private Section sectionOf(String name) {
        int dot = name.indexOf('.');
        if (dot <= 0) {
            return null;
        }
        String key = name.substring(0, dot);
        return scenario.sections().stream().filter(section -> section.key().equals(key)).findFirst().orElse(null);
    }

    /** A copy with one key of a block set from its text; a block the spec lacks starts from its defaults. */
    private ScenarioSpec withSectionKey(Section section, String name, String value) {
        SectionValue current = sections.get(section.key());
        if (current == null) {
            current = section.read(ConfigNode.of(Map.of(), "--set " + section.key()));
        }
        String key = name.substring(section.key().length() + 1);
        return withSection(section.key(), current.with(key, ConfigNode.text(value, "--set", name)));
    }

    /** A copy whose stop time is read from a duration text such as {@code 20 s} ({@code --until}). */
    public ScenarioSpec withUntil(String text) {
        double seconds = SimTime.seconds(ConfigNode.text(text, "--until", null));
        if (!(seconds > 0)) {
            throw BadInputException.at("--until", 0, null, "the stop time must be greater than 0 (was " + text + ")");
        }
        return withUntil(seconds);
    }

    /**
     * The run id: the scenario id, the seed and a hash of everything else that shapes the run
     * (stop time, parameters, population, interventions, the canonical text of the scenario's blocks). Never wall time or chance, so a re-run carries the same id.
     */
    public String runId() {
        return scenario.id() + "-s" + seed + "-" + hash(canonicalText());
    }

    /** The population as plain data: per group its kind, count and the kind's parameters. */
    public List<Map<String, Object>> populationAsData() {
        List<Map<String, Object>> groups = new ArrayList<>();
        for (Population.Group group : population.groups()) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("kind", group.kind());
            entry.put("count", group.count());
            entry.putAll(group.parameters().asMap());
            groups.add(entry);
        }
        return groups;
    }

    /** The interventions as plain data: per intervention its time, round (if given), action and arguments. */
    public List<Map<String, Object>> interventionsAsData() {
        List<Map<String, Object>> entries = new ArrayList<>();
        for (Intervention intervention : interventions) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("at", intervention.time());
            if (intervention.round() > 0) {
                entry.put("round", intervention.round());
            }
            entry.put("action", intervention.action());
            entry.putAll(intervention.arguments().asMap());
            entries.add(entry);
        }
        return entries;
    }

    /** Everything that shapes the run, except the seed, as stable text. */
    public String canonicalText() {
        StringBuilder text = new StringBuilder();
        text.append("scenario=").append(scenario.id()).append('\n');
        text.append("until=").append(Parameter.number(until)).append('\n');
        appendParameters(text, "", parameters);
        for (Population.Group group : population.groups()) {
            text.append("group=").append(group.kind()).append('*').append(group.count()).append('\n');
            appendParameters(text, "  ", group.parameters());
        }
        for (Intervention intervention : interventions) {
            text.append("intervention=").append(intervention.action()).append('@').append(Parameter.number(intervention.time()))
                    .append('\n');
            appendParameters(text, "  ", intervention.arguments());
        }
        for (Map.Entry<String, SectionValue> section : sections.entrySet()) {
            text.append("section=").append(section.getKey()).append('\n').append(section.getValue().canonicalText());
        }
        return text.toString();
    }

    private static void appendParameters(StringBuilder text, String indent, Parameters values) {
        for (Map.Entry<String, Object> entry : values.asMap().entrySet()) {
            Object value = entry.getValue();
            String shown = value instanceof Double d ? Parameter.number(d) : String.valueOf(value);
            text.append(indent).append(entry.getKey()).append('=').append(shown).append('\n');
        }
    }

    private static String hash(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

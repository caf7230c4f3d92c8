package org.agora.agents.commons;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.agora.agents.commons.events.CommonsEvents;
import org.agora.agents.commons.policies.PolicyKind;
import org.agora.agents.llm.LlmSettings;
import org.agora.core.config.SimTime;
import org.agora.core.event.Event;
import org.agora.core.scenario.Action;
import org.agora.core.scenario.EventSummary;
import org.agora.core.scenario.Intervention;
import org.agora.core.scenario.Metric;
import org.agora.core.scenario.Model;
import org.agora.core.scenario.Parameter;
import org.agora.core.scenario.ParameterSet;
import org.agora.core.scenario.Parameters;
import org.agora.core.scenario.Population;
import org.agora.core.scenario.PopulationKind;
import org.agora.core.scenario.RunContext;
import org.agora.core.scenario.Scenario;
import org.agora.core.scenario.ScenarioSpec;
import org.agora.core.scenario.Section;
import org.agora.core.scenario.SpecLocations;

/**
 * The common-pool resource game of GovSim ("Cooperate or Collapse") in one of its
 * {@link Setting}s: a society of members shares a pool that changes each month; they harvest
 * privately, see the report, talk and may agree on a limit, and the commons survives or
 * collapses. The rules and metrics are the reference's (docs/models/commons.md).
 *
 * <p>Stateless and thread-safe; each run gets its own {@link Society}.
 */
public abstract class CommonsScenario implements Scenario {

    private final Setting setting;
    private final ParameterSet parameters;
    private final List<Metric> metrics;
    /**
     * The settings resolved for the last parameters seen: a simulation restarted for many
     * episodes passes the same parameters every time, and resolving them (thirteen lookups by
     * name) is a noticeable part of a short episode. Replaced whole, so threads share it safely.
     */
    private volatile Resolved lastResolved;

    /** Parameters and the settings resolved from them. */
    private record Resolved(Parameters parameters, CommonsConfig config) {
    }

    protected CommonsScenario(Setting setting) {
        this.setting = setting;
        this.parameters = CommonsParameters.of(setting);
        this.metrics = CommonsMetrics.of(setting);
    }

    /** The setting: units, words, direction. */
    public Setting setting() {
        return setting;
    }

    @Override
    public String id() {
        return setting.scenarioId();
    }

    @Override
    public String summary() {
        return setting.summary();
    }

    @Override
    public String description() {
        return setting.description();
    }

    @Override
    public ParameterSet parameters() {
        return parameters;
    }

    @Override
    public List<PopulationKind> populationKinds() {
        return Arrays.stream(PolicyKind.values()).map(PolicyKind::populationKind).toList();
    }

    /**
     * Five members: four conditional cooperators and one noisy sustainable member (noise of 2 units).
     * They agree on limits each month; the noise breaks them now and then, the cooperators retaliate
     * and forgive, and whether the commons lasts the year depends on the seed (about half the seeds
     * survive, close to the best LLM societies of the study).
     */
    @Override
    public Population defaultPopulation() {
        return Population.of(PolicyKind.CONDITIONAL_COOPERATOR.populationKind().group(4),
                PolicyKind.NOISY_SUSTAINABLE.populationKind().group(1));
    }

    /** The {@code llm:} block: where language-model members' models are and how they are asked. */
    @Override
    public List<Section> sections() {
        return List.of(LlmSettings.SECTION);
    }

    @Override
    public List<Action> actions() {
        return CommonsActions.ALL;
    }

    /**
     * A newcomer's amount must belong to a kind that asks for an amount; an intervention must come
     * within the round limit (the run ends after the last round, so a later one would never fire).
     */
    @Override
    public void check(ScenarioSpec spec, SpecLocations where) {
        int rounds = spec.parameters().get(CommonsParameters.ROUNDS);
        for (int i = 0; i < spec.interventions().size(); i++) {
            Intervention intervention = spec.interventions().get(i);
            if (intervention.time() >= rounds * roundLength()) {
                String key = intervention.round() > 0 ? "round" : "at";
                throw where.problem("interventions[" + i + "]." + key, "after the last round (" + rounds
                        + "; the parameter " + CommonsParameters.ROUNDS.name() + "): it would never fire");
            }
            if (intervention.action().equals(CommonsActions.ADD_AGENT)) {
                try {
                    CommonsActions.parametersFor(PolicyKind.of(intervention.arguments().get(CommonsActions.KIND)),
                            intervention.arguments(), null);
                } catch (IllegalArgumentException e) {
                    throw where.problem("interventions[" + i + "].amount", e.getMessage());
                }
            }
        }
    }

    /** True when a language-model member sits in the population or joins it later. */
    @Override
    public boolean callsOutside(ScenarioSpec spec) {
        String llm = PolicyKind.LANGUAGE_MODEL.word();
        return spec.population().groups().stream().anyMatch(group -> group.kind().equals(llm))
                || spec.interventions().stream().anyMatch(intervention -> intervention.action().equals(CommonsActions.ADD_AGENT)
                        && llm.equals(intervention.arguments().get(CommonsActions.KIND)));
    }

    /** A month. */
    @Override
    public double roundLength() {
        return SimTime.MONTH;
    }

    /** The months played. */
    @Override
    public Optional<Parameter<Integer>> roundLimit() {
        return Optional.of(CommonsParameters.ROUNDS);
    }

    /** A year: 12 months. */
    @Override
    public double defaultUntil() {
        return 12 * SimTime.MONTH;
    }

    @Override
    public List<Class<? extends Event>> events() {
        return CommonsEvents.TYPES;
    }

    @Override
    public List<Metric> metrics() {
        return metrics;
    }

    @Override
    public Optional<EventSummary> summaryFromEvents() {
        return Optional.of(new CommonsSummary(setting.direction()));
    }

    @Override
    public Model create(RunContext context) {
        return new Society(context, configFor(context.parameters()), setting);
    }

    private CommonsConfig configFor(Parameters parameters) {
        Resolved resolved = lastResolved;
        if (resolved == null || resolved.parameters() != parameters) {
            resolved = new Resolved(parameters, CommonsConfig.from(parameters));
            lastResolved = resolved;
        }
        return resolved.config();
    }

    /** A read-only view of a model a commons scenario created (for displays and tools), or null for another model. */
    public static SocietyView viewOf(Model model) {
        return model instanceof Society society ? new SocietyView(society) : null;
    }
}

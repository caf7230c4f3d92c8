package org.agora.core.scenario;

import java.util.List;
import java.util.Optional;
import org.agora.core.event.Event;

/**
 * A kind of model Agora can run, found through {@link java.util.ServiceLoader} (register the
 * implementation in {@code META-INF/services/org.agora.core.scenario.Scenario}). Scenario files
 * name it by {@link #id()}, never by class.
 *
 * <p>A scenario declares everything a user can set or read before running it: its parameters
 * with units and ranges, the kinds of members its population can have, the events it emits, the
 * metrics it reports. {@link #create} builds one run's {@link Model} from resolved values.
 * Implementations are stateless and thread-safe: sweeps create many models at once.
 */
public interface Scenario {

    /** The id scenario files use, for example {@code govsim-fishery}: lower case and dashes. */
    String id();

    /** One line for {@code agora list}. */
    String summary();

    /** A paragraph for {@code agora describe}; by default the summary. */
    default String description() {
        return summary();
    }

    /** The parameters a file may set under {@code parameters:}. */
    ParameterSet parameters();

    /** The kinds of members a file may list under {@code population:}; none by default. */
    default List<PopulationKind> populationKinds() {
        return List.of();
    }

    /**
     * Top-level blocks this scenario's files may have besides the common keys (for example
     * {@code llm:}); none by default. The model reads their values with {@link ScenarioSpec#section}.
     */
    default List<Section> sections() {
        return List.of();
    }

    /** The population of a file that lists none. */
    default Population defaultPopulation() {
        return Population.empty();
    }

    /**
     * The actions a scenario file may schedule under {@code interventions:}; none by default.
     * The model applies them in {@link Model#intervene}.
     */
    default List<Action> actions() {
        return List.of();
    }

    /**
     * For round-based scenarios (a month of a society), the length of one round in seconds:
     * round r (from 1) starts at (r − 1) × this, and interventions may be given by round.
     * 0 for scenarios without rounds.
     */
    default double roundLength() {
        return 0;
    }

    /**
     * For round-based scenarios, the parameter that limits the rounds played, if one does: the
     * command line lets it and the stop time follow each other, so that one knob is enough.
     */
    default Optional<Parameter<Integer>> roundLimit() {
        return Optional.empty();
    }

    /** The stop time, in seconds, of a run started by id without a file. */
    double defaultUntil();

    /** The event types a run of this scenario publishes. */
    List<Class<? extends Event>> events();

    /** The metrics in this scenario's summary. */
    List<Metric> metrics();

    /**
     * Checks what the declarations alone cannot: relations between values, such as an
     * intervention naming a user the population lacks, or more cells than the city has lamp posts.
     * Throw {@code where.problem(keyPath, message)} for the first problem found. Called when a file
     * is read, and before every headless run; does nothing by default.
     */
    default void check(ScenarioSpec spec, SpecLocations where) {
    }

    /**
     * Whether a run of {@code spec} asks services outside this process (a language model's
     * endpoint), so that running it costs money or time elsewhere. {@code agora validate} does not
     * run such a spec to estimate its size. False by default.
     */
    default boolean callsOutside(ScenarioSpec spec) {
        return false;
    }

    /**
     * A fresh collector that recomputes this scenario's summary from a run's events, for
     * {@code agora analyze}; empty if the scenario cannot. Models are encouraged to compute their own
     * summary with it (subscribe it to the bus), so that the two always agree.
     */
    default java.util.Optional<EventSummary> summaryFromEvents() {
        return java.util.Optional.empty();
    }

    /** Builds one run's model. Called on the run's simulation thread, at time 0. */
    Model create(RunContext context);
}

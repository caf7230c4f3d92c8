package org.agora.core.scenario;

import java.nio.file.Path;
import java.util.Optional;
import org.agora.core.event.EventBus;
import org.agora.core.kernel.Kernel;

/**
 * What a model gets to work with: the kernel (time, schedule, random streams), the event bus,
 * and the resolved scenario. Belongs to the run's simulation thread.
 *
 * @param kernel the run's clock and agenda
 * @param events the run's event bus: stamp and publish here
 * @param spec the resolved scenario: parameters, population, seed, stop time
 * @param directory the run directory when the run writes one (a headless run), where a model may put
 *     files of its own beside events.jsonl; null otherwise (a displayed run, a sweep in memory, a test)
 */
public record RunContext(Kernel kernel, EventBus events, ScenarioSpec spec, Path directory) {

    /** A context without a run directory. */
    public RunContext(Kernel kernel, EventBus events, ScenarioSpec spec) {
        this(kernel, events, spec, null);
    }

    /** The run directory, if the run writes one. */
    public Optional<Path> runDirectory() {
        return Optional.ofNullable(directory);
    }

    /** The resolved parameters. */
    public Parameters parameters() {
        return spec.parameters();
    }

    /** The resolved population. */
    public Population population() {
        return spec.population();
    }

    /** The run id every event carries. */
    public String runId() {
        return events.runId();
    }
}

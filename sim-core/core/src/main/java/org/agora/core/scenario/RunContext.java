package org.agora.core.scenario;

import org.agora.core.event.EventBus;
import org.agora.core.kernel.Kernel;

/**
 * What a model gets to work with: the kernel (time, schedule, random streams), the event bus,
 * and the resolved scenario. Belongs to the run's simulation thread.
 *
 * @param kernel the run's clock and agenda
 * @param events the run's event bus: stamp and publish here
 * @param spec the resolved scenario: parameters, population, seed, stop time
 */
public record RunContext(Kernel kernel, EventBus events, ScenarioSpec spec) {

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

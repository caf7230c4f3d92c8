package org.agora.core.experiment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.agora.core.scenario.ScenarioSpec;

/**
 * One run of an experiment, fully resolved: what to run and where it belongs in the results.
 *
 * @param run the run's index in the experiment, from 0 ({@code point × replications + replication})
 * @param point the index of its parameter point
 * @param replication its replication at that point, from 0
 * @param seed its seed (also in {@code spec})
 * @param varied the values of the experiment's varied parameters, by name
 * @param spec the scenario to run, with this point's parameters and this run's seed
 */
public record PlannedRun(int run, int point, int replication, long seed, Map<String, Object> varied, ScenarioSpec spec) {

    public PlannedRun {
        varied = Collections.unmodifiableMap(new LinkedHashMap<>(varied));
    }
}

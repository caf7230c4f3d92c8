package org.agora.viz.sweep;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agora.core.event.Event;
import org.agora.core.kernel.RandomStream;
import org.agora.core.scenario.Metric;
import org.agora.core.scenario.Model;
import org.agora.core.scenario.Parameter;
import org.agora.core.scenario.ParameterSet;
import org.agora.core.scenario.RunContext;
import org.agora.core.scenario.Scenario;

/** A die rolled once a second: a scenario whose metric depends on a number and a flag, for chart tests. */
final class DiceScenario implements Scenario {

    static final Parameter<Integer> SIDES = Parameter.integer("sides", 6).range(2, 100).describe("faces of the die");
    static final Parameter<Boolean> LOADED = Parameter.flag("loaded", false).describe("a loaded die rolls its top face half the time");

    @Override
    public String id() {
        return "test-dice";
    }

    @Override
    public String summary() {
        return "Test scenario: a die rolled once a second";
    }

    @Override
    public ParameterSet parameters() {
        return ParameterSet.of(SIDES, LOADED);
    }

    @Override
    public double defaultUntil() {
        return 30;
    }

    @Override
    public List<Class<? extends Event>> events() {
        return List.of();
    }

    @Override
    public List<Metric> metrics() {
        return List.of(new Metric("meanRoll", "", "mean of the rolls"), new Metric("rolls", "", "how many rolls"));
    }

    @Override
    public Model create(RunContext context) {
        int sides = context.parameters().get(SIDES);
        boolean loaded = context.parameters().get(LOADED);
        RandomStream random = context.kernel().random("die");
        double[] total = new double[2];
        return new Model() {
            @Override
            public void start() {
                context.kernel().every(1, 1, 0, () -> {
                    total[0] += loaded && random.chance(0.5) ? sides : 1 + random.nextInt(sides);
                    total[1]++;
                });
            }

            @Override
            public Map<String, Object> summary() {
                Map<String, Object> summary = new LinkedHashMap<>();
                summary.put("meanRoll", total[0] / total[1]);
                summary.put("rolls", (int) total[1]);
                return summary;
            }
        };
    }
}

package org.agora.core.experiment;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.agora.core.scenario.Parameter;
import org.agora.core.scenario.Parameters;
import org.agora.core.scenario.ScenarioSpec;

/**
 * One point of the parameter space an experiment covers.
 *
 * @param index the point's number, from 0, in the order of the design
 * @param varied the values of the experiment's varied parameters at this point, by name, in the
 *     experiment's column order
 * @param parameters every parameter of the scenario at this point (the base scenario's values and
 *     the experiment's fixed values, with the varied ones applied)
 * @param base the base scenario this point runs: the experiment's, or, when the experiment lists
 *     several scenarios, this point's (its name is then the varied value {@code scenario})
 */
public record ParameterPoint(int index, Map<String, Object> varied, Parameters parameters, ScenarioSpec base) {

    public ParameterPoint {
        varied = Collections.unmodifiableMap(new LinkedHashMap<>(varied));
    }

    /**
     * The varied values as text, as the parameters format them ({@code 0.5}, {@code restless});
     * the scenario of an experiment over several scenarios by its name.
     */
    public Map<String, String> labels() {
        Map<String, String> labels = new LinkedHashMap<>();
        varied.forEach((name, value) -> labels.put(name, name.equals(Experiment.SCENARIO) ? String.valueOf(value)
                : format(parameters.declared().get(name), value)));
        return labels;
    }

    @SuppressWarnings("unchecked")
    private static <T> String format(Parameter<T> parameter, Object value) {
        return parameter.format((T) value);
    }
}

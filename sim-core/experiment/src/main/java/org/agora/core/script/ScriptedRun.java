package org.agora.core.script;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agora.core.event.Event;
import org.agora.core.scenario.ScenarioSpec;

/**
 * One finished run of a {@link ScenarioScript}.
 *
 * @param spec what ran
 * @param summary the run's metrics by name, as summary.json has them
 * @param events every event of the run, in publication order
 */
public record ScriptedRun(ScenarioSpec spec, Map<String, Object> summary, List<Event> events) {

    public ScriptedRun {
        summary = Collections.unmodifiableMap(new LinkedHashMap<>(summary));
        events = List.copyOf(events);
    }

    /** A numeric metric of the summary. */
    public double number(String metric) {
        Object value = summary.get(metric);
        if (!(value instanceof Number number)) {
            throw new IllegalArgumentException("the summary has no number '" + metric + "': " + value);
        }
        return number.doubleValue();
    }

    /** The events of one type, in publication order. */
    public <E extends Event> List<E> events(Class<E> type) {
        return events.stream().filter(type::isInstance).map(type::cast).toList();
    }
}

package org.agora.viz.analyze;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.agora.core.config.BadInputException;
import org.agora.core.event.Event;
import org.agora.core.event.RunFinished;
import org.agora.core.event.RunStarted;
import org.agora.core.scenario.EventSummary;
import org.agora.core.scenario.Scenario;
import org.agora.core.scenario.ScenarioCatalog;
import org.agora.viz.chart.Chart;
import org.agora.viz.chart.EventCharts;
import org.agora.viz.family.Families;
import org.agora.viz.family.Family;

/**
 * One run's events taken in order: the scenario named by its {@link RunStarted}, the summary its
 * collector recomputes ({@link Scenario#summaryFromEvents()}), the charts of its family, and counts.
 *
 * <p>Threading: one thread.
 */
public final class RunAnalysis {

    private final String location;
    private final ScenarioCatalog catalog;
    private final Map<String, Long> countsByType = new LinkedHashMap<>();
    /** Per month (ascending): language-model calls, prompt tokens, completion tokens. */
    private final java.util.TreeMap<Integer, long[]> languageModelUse = new java.util.TreeMap<>();
    private RunStarted started;
    private RunFinished finished;
    private Scenario scenario;
    private Family family;
    private EventSummary collector;
    private EventCharts charts;
    private long events;

    /**
     * @param location where the events come from, for messages
     * @param catalog the installed scenarios
     */
    public RunAnalysis(String location, ScenarioCatalog catalog) {
        this.location = location;
        this.catalog = catalog;
    }

    /**
     * Takes the next event.
     *
     * @throws BadInputException if the first event is not {@code RunStarted}, its scenario is not
     *     installed, an event follows {@code RunFinished}, or an event does not fit what the
     *     scenario's summary collector expects (a parameter missing from {@code RunStarted}, say)
     */
    public void accept(Event event) {
        if (started == null) {
            begin(event);
        } else if (finished != null) {
            throw BadInputException.at(location, 0, null, "an event (" + event.type() + ", seq " + event.header().seq()
                    + ") follows the run's RunFinished");
        }
        events++;
        countsByType.merge(event.type(), 1L, Long::sum);
        if (collector != null) {
            try {
                collector.accept(event);
            } catch (IllegalArgumentException | IllegalStateException doesNotFit) {
                throw BadInputException.at(location, 0, null, "event seq " + event.header().seq() + " (" + event.type()
                        + ") does not fit scenario " + scenario.id() + ": " + doesNotFit.getMessage());
            }
        }
        charts.accept(event);
        if (event instanceof org.agora.agents.llm.LanguageModelCalled call) {
            long[] use = languageModelUse.computeIfAbsent(call.round(), month -> new long[3]);
            use[0]++;
            use[1] += call.promptTokens();
            use[2] += call.completionTokens();
        }
        if (event instanceof RunFinished end) {
            finished = end;
        }
    }

    private void begin(Event event) {
        if (!(event instanceof RunStarted first)) {
            throw BadInputException.at(location, 0, null, "the events do not begin with RunStarted (the first is "
                    + event.type() + "), so the run's scenario is unknown");
        }
        started = first;
        scenario = catalog.scenario(first.scenario()).orElseThrow(() -> BadInputException.at(location, 0, null,
                "the run's scenario '" + first.scenario() + "' is not installed"));
        collector = scenario.summaryFromEvents().orElse(null);
        family = Families.of(scenario.id());
        charts = family.charts();
    }

    /**
     * Language-model use per month, ascending: {calls, prompt tokens, completion tokens}; empty for a
     * run without language-model members.
     */
    public java.util.SortedMap<Integer, long[]> languageModelUse() {
        return java.util.Collections.unmodifiableSortedMap(languageModelUse);
    }

    /** Whether any event has been read. */
    public boolean begun() {
        return started != null;
    }

    /** Whether the run's {@code RunFinished} has been read: the events are complete. */
    public boolean complete() {
        return finished != null;
    }

    public RunStarted runStarted() {
        return started;
    }

    public Optional<RunFinished> runFinished() {
        return Optional.ofNullable(finished);
    }

    public Scenario scenario() {
        return scenario;
    }

    public Family family() {
        return family;
    }

    public String runId() {
        return started.header().runId();
    }

    /** Events read. */
    public long events() {
        return events;
    }

    /** Events read, by type, in order of first appearance. */
    public Map<String, Long> countsByType() {
        return countsByType;
    }

    /** The summary recomputed from the events; empty if the scenario has no collector. */
    public Optional<Map<String, Object>> summary() {
        return collector == null ? Optional.empty() : Optional.of(collector.summary());
    }

    /** The charts of the run's family. */
    public List<Chart> charts() {
        return charts.charts();
    }
}

package org.agora.core.run;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.agora.core.event.EventBus;
import org.agora.core.event.EventTypes;
import org.agora.core.event.InterventionApplied;
import org.agora.core.event.RunFinished;
import org.agora.core.event.RunStarted;
import org.agora.core.kernel.AgoraState;
import org.agora.core.kernel.Kernel;
import org.agora.core.kernel.MasonKernel;
import org.agora.core.kernel.RunLifecycle;
import org.agora.core.scenario.Intervention;
import org.agora.core.scenario.Model;
import org.agora.core.scenario.RunContext;
import org.agora.core.scenario.ScenarioSpec;
import org.agora.core.sink.EventSink;

/**
 * One scenario on one kernel: at each start it makes a fresh event bus, opens its sinks and
 * builds the model; at the finish it collects the summary and closes the sinks. A headless
 * caller drives it with {@link #start()}, {@link #step()} and {@link #finish()} (or
 * {@link #runToEnd()}); MASON's Console drives {@link #state()} through the same lifecycle, so a
 * displayed run and a headless one with the same seed publish the same events.
 *
 * <p>Threading: all methods but {@link #state()} belong to the simulation thread.
 */
public final class Simulation implements RunLifecycle {

    /** Interventions run before every other action of their instant. */
    public static final int INTERVENTION_ORDERING = Integer.MIN_VALUE;

    private final ScenarioSpec spec;
    private final Supplier<List<EventSink>> sinkFactory;
    private final MasonKernel kernel;
    /** Hashing the spec and copying it into RunStarted's maps is not free; a restarted run keeps both. */
    private final String runId;
    private final Map<String, Object> parametersData;
    private final List<Map<String, Object>> populationData;
    private final List<Map<String, Object>> interventionsData;
    private EventBus bus;
    private Model model;
    private List<EventSink> sinks = List.of();
    private Map<String, Object> summary;
    private boolean sinksClosed = true;
    private java.nio.file.Path directory;

    /**
     * @param spec what to run
     * @param sinkFactory opens the sinks of one start (called at every start)
     * @throws org.agora.core.config.BadInputException if the spec's values do not fit together
     * @throws IllegalArgumentException if one of the scenario's event types is not well formed
     *     ({@link EventTypes#check})
     */
    public Simulation(ScenarioSpec spec, Supplier<List<EventSink>> sinkFactory) {
        this.spec = spec.check();
        this.sinkFactory = sinkFactory;
        spec.scenario().events().forEach(EventTypes::checkOnce);
        this.kernel = new MasonKernel(spec.seed(), spec.until(), this);
        kernel.showTimeInRoundsOf(spec.scenario().roundLength());
        this.runId = spec.runId();
        this.parametersData = Collections.unmodifiableMap(new LinkedHashMap<>(spec.parameters().asMap()));
        this.populationData = List.copyOf(spec.populationAsData());
        this.interventionsData = List.copyOf(spec.interventionsAsData());
    }

    /** A simulation whose events go to these sinks (for one start). */
    public static Simulation of(ScenarioSpec spec, EventSink... sinks) {
        List<EventSink> fixed = List.of(sinks);
        return new Simulation(spec, () -> fixed);
    }

    /**
     * Gives the model a run directory of its own files (see {@link RunContext#directory()}); call
     * before the start.
     */
    public Simulation writingFilesTo(java.nio.file.Path runDirectory) {
        this.directory = runDirectory;
        return this;
    }

    public ScenarioSpec spec() {
        return spec;
    }

    /** The kernel (time, schedule, random streams). */
    public MasonKernel kernel() {
        return kernel;
    }

    /** The MASON state, for MASON's GUI. */
    public AgoraState state() {
        return kernel.state();
    }

    /** The bus of the current start; null before the first. */
    public EventBus bus() {
        return bus;
    }

    /** The model of the current start; null before the first. */
    public Model model() {
        return model;
    }

    /** The open sinks of the current start. */
    public List<EventSink> sinks() {
        return sinks;
    }

    /** Starts (or restarts) the run at time 0. */
    public void start() {
        kernel.start();
    }

    /** Executes the next instant; false when the run is over. */
    public boolean step() {
        return kernel.step();
    }

    /** Ends the run: the model's finish, the summary, the sinks flushed and closed. */
    public void finish() {
        kernel.finish();
    }

    /** Starts, steps until the end and finishes; returns the summary. */
    public Map<String, Object> runToEnd() {
        start();
        while (step()) {
            // each step executes one instant
        }
        finish();
        return summary();
    }

    /** The summary of the last finished run (read-only); null before. */
    public Map<String, Object> summary() {
        return summary;
    }

    /** Flushes and closes the sinks after a failure, keeping the first error of a sink as suppressed. */
    public void abandon(Throwable failure) {
        closeSinks(failure);
    }

    @Override
    public void started(Kernel startedKernel) {
        closeSinks(null);
        summary = null;
        bus = new EventBus(runId, startedKernel::now);
        sinks = new ArrayList<>(sinkFactory.get());
        sinksClosed = false;
        for (EventSink sink : sinks) {
            bus.subscribeAll(sink::accept);
        }
        bus.publish(new RunStarted(bus.stamp("run"), spec.scenario().id(), spec.seed(), spec.until(),
                parametersData, populationData, interventionsData));
        model = spec.scenario().create(new RunContext(startedKernel, bus, spec, directory));
        model.start();
        for (Intervention intervention : spec.interventions()) {
            startedKernel.at(intervention.time(), INTERVENTION_ORDERING, () -> apply(intervention));
        }
    }

    private void apply(Intervention intervention) {
        bus.publish(new InterventionApplied(bus.stamp("run"), intervention.action(), intervention.round(),
                new LinkedHashMap<>(intervention.arguments().asMap())));
        model.intervene(intervention);
    }

    @Override
    public void finished(Kernel finishedKernel) {
        if (model == null || summary != null) {
            return;
        }
        model.finish();
        // The model is finished and a restart makes a new one, so its map can be kept as it is, read-only.
        summary = Collections.unmodifiableMap(DeclaredMetrics.check(spec.scenario(), model.summary()));
        bus.publish(new RunFinished(bus.stamp("run"), kernel.lastInstant(), bus.published()));
        closeSinks(null);
    }

    private void closeSinks(Throwable failure) {
        if (sinksClosed) {
            return;
        }
        sinksClosed = true;
        RuntimeException first = null;
        for (EventSink sink : sinks) {
            try {
                sink.close();
            } catch (RuntimeException e) {
                if (failure != null) {
                    failure.addSuppressed(e);
                } else if (first == null) {
                    first = e;
                }
            }
        }
        if (first != null) {
            throw first;
        }
    }
}

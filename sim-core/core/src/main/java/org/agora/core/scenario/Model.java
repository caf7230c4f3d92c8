package org.agora.core.scenario;

import java.util.Map;

/**
 * One run's model, built by {@link Scenario#create}. It schedules its actions on the kernel and
 * publishes its events on the bus of its {@link RunContext}; it never knows whether it is
 * displayed or where its events go.
 */
public interface Model {

    /** Schedules the first actions (time 0). */
    void start();

    /**
     * Applies a timed intervention of the scenario file, one of the scenario's
     * {@link Scenario#actions()}, at its time (before any other action of that instant).
     */
    default void intervene(Intervention intervention) {
        throw new UnsupportedOperationException("this model has no action " + intervention.action());
    }

    /** The run is over; called once, after the last action. */
    default void finish() {
    }

    /**
     * The run's metrics, keyed as {@link Scenario#metrics()} declares, in a stable order; values
     * are numbers, texts, or lists and maps of them. Written to summary.json.
     */
    Map<String, Object> summary();

    /**
     * Facts about the run that are not the model's data and may depend on the wall clock (for
     * example how many language-model calls were answered from a cache, and the time spent
     * waiting for them): written under {@code model} in manifest.json, never into events. Asked
     * when the manifest is written, also after a failure; empty by default.
     */
    default Map<String, Object> runReport() {
        return Map.of();
    }
}

package org.agora.core.kernel;

/**
 * What a run does when its kernel starts and finishes. MASON calls these from
 * {@link sim.engine.SimState#start()} and {@link sim.engine.SimState#finish()}, so a headless loop
 * and MASON's Console drive a run the same way.
 */
public interface RunLifecycle {

    /** The kernel is reset to time 0 with fresh random streams: build the model, schedule its first actions. */
    void started(Kernel kernel);

    /** The run is over (stopped, out of actions, or abandoned by the caller). */
    void finished(Kernel kernel);
}

package org.agora.vehicles.rl;

import org.agora.vehicles.cav.MetaAction;
import org.agora.vehicles.merge.ObservationLayout;
import org.agora.vehicles.policy.CavPolicy;
import org.agora.vehicles.policy.PolicyContext;
import org.agora.vehicles.traffic.Vehicle;

/**
 * A learned policy as a {@link CavPolicy}: it shows the network (any function from an observation
 * to an action index) the same observation the {@link MergeEnvironment} gives, so a policy trained
 * there runs unchanged in the {@code v2x-merge} scenario.
 */
public final class LearnedPolicy implements CavPolicy {

    /** A trained actor: observation in, meta-action index (0–4) out. */
    @FunctionalInterface
    public interface Actor {
        int act(float[] observation);
    }

    private final Actor actor;
    private final Observations observations;
    private final float[] buffer;

    public LearnedPolicy(Actor actor, boolean intentFeatures) {
        this(actor, intentFeatures, ObservationLayout.AGORA);
    }

    /** A policy observing with {@code layout}, as the environment it was trained in did. */
    public LearnedPolicy(Actor actor, boolean intentFeatures, ObservationLayout layout) {
        this.actor = actor;
        this.observations = new Observations(intentFeatures, layout);
        this.buffer = new float[observations.size()];
    }

    @Override
    public MetaAction decide(Vehicle cav, PolicyContext context) {
        observations.observe(cav, context.traffic(), context.intents(cav), context.now(), buffer);
        return MetaAction.ofIndex(actor.act(buffer.clone()));
    }
}

package org.agora.vehicles.rl;

import java.util.List;
import org.agora.core.kernel.RandomStreams;
import org.agora.vehicles.cav.MetaAction;
import org.agora.vehicles.merge.MergeConfig;
import org.agora.vehicles.merge.MergeListener;
import org.agora.vehicles.merge.MergeWorld;
import org.agora.vehicles.traffic.Vehicle;
import org.agora.wireless.sidelink.PendingDeliveries;
import org.agora.wireless.sidelink.SidelinkModel;

/**
 * A multi-agent reinforcement-learning environment on the merge, for a MAPPO trainer: one agent
 * per CAV of the episode, actions are meta-action indices (0 LANE_LEFT, 1 IDLE, 2 LANE_RIGHT,
 * 3 FASTER, 4 SLOWER), one {@link #step} is one decision step (3 simulation steps at 15 Hz by
 * default). It drives the same {@link MergeWorld} as the {@code v2x-merge} scenario, in the same
 * order, without the kernel and the event bus: the same seed gives the same dynamics as a run of
 * the scenario. Deterministic per seed. Not thread-safe: one environment per thread.
 */
public final class MergeEnvironment {

    private final MergeConfig config;
    private final SidelinkModel sidelinkModel;
    private final Observations observations;
    private final PendingDeliveries deliveries = new PendingDeliveries();
    private MergeWorld world;
    private long steps;
    private MetaAction[] actions = new MetaAction[0];

    /**
     * @param config the settings; the density must be easy, medium or hard (episodes); the
     *     configured policy is not used (actions come from {@link #step})
     * @param intentFeatures whether observations carry the intent features
     */
    public MergeEnvironment(MergeConfig config, boolean intentFeatures) {
        if (!config.density().episodic()) {
            throw new IllegalArgumentException("the environment needs an episodic density (easy, medium or hard)");
        }
        this.config = config;
        this.sidelinkModel = new SidelinkModel(config.sidelink());
        this.observations = new Observations(intentFeatures, config.rules().observation());
    }

    /** Starts an episode seeded with {@code seed}; returns the CAVs' first observations. */
    public float[][] reset(long seed) {
        RandomStreams streams = new RandomStreams(seed);
        deliveries.clear();
        world = new MergeWorld(config, sidelinkModel, streams::stream, deliveries, MergeListener.NONE);
        steps = 0;
        beginStep();
        actions = new MetaAction[world.roster().size()];
        return observe(new boolean[world.roster().size()]);
    }

    /** How many agents (CAVs) the current episode has. */
    public int agents() {
        return world.roster().size();
    }

    /** The length of each observation. */
    public int observationSize() {
        return observations.size();
    }

    /** The world, for inspection (read it, do not step it). */
    public MergeWorld world() {
        return world;
    }

    /**
     * One decision step: the CAVs take {@code actionIndices} (one per agent, 0–4; ignored for
     * agents that are done), the safety module checks them if it is on, and the simulation runs
     * until the next decision.
     */
    public StepResult step(int[] actionIndices) {
        if (world == null) {
            throw new IllegalStateException("reset first");
        }
        if (world.episodeOver()) {
            throw new IllegalStateException("the episode is over: reset");
        }
        if (actionIndices.length != actions.length) {
            throw new IllegalArgumentException("expected " + actions.length + " actions, got " + actionIndices.length);
        }
        for (int i = 0; i < actions.length; i++) {
            actions[i] = MetaAction.ofIndex(actionIndices[i]);
        }
        world.decide(actions);
        world.supervise();
        world.commit();
        do {
            world.act();
            world.integrate();
            if (world.episodeOver()) {
                break;
            }
            beginStep();
        } while (!world.decisionDue());
        boolean over = world.episodeOver();
        List<Vehicle> roster = world.roster();
        boolean[] dones = new boolean[roster.size()];
        for (int i = 0; i < dones.length; i++) {
            dones[i] = over || roster.get(i).removed();
        }
        return new StepResult(observe(dones), world.lastRewards().clone(), dones, over, world.lastDecisionReward());
    }

    private void beginStep() {
        double time = steps++ * config.dt();
        deliveries.deliverUntil(time);
        world.beginStep(time);
    }

    private float[][] observe(boolean[] dones) {
        List<Vehicle> roster = world.roster();
        float[][] out = new float[roster.size()][observations.size()];
        for (int i = 0; i < out.length; i++) {
            if (!dones[i]) {
                observations.observe(roster.get(i), world.traffic(), world.intents(roster.get(i)), world.now(), out[i]);
            }
        }
        return out;
    }
}

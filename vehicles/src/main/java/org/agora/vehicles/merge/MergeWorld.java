package org.agora.vehicles.merge;

import java.util.BitSet;
import java.util.List;
import java.util.function.Function;
import org.agora.core.kernel.RandomStream;
import org.agora.vehicles.cav.CavControl;
import org.agora.vehicles.cav.MetaAction;
import org.agora.vehicles.event.Density;
import org.agora.vehicles.event.EpisodeEndReason;
import org.agora.vehicles.intent.Intent;
import org.agora.vehicles.intent.IntentPredictor;
import org.agora.vehicles.intent.IntentTable;
import org.agora.vehicles.policy.CavPolicy;
import org.agora.vehicles.policy.PolicyContext;
import org.agora.vehicles.road.Lane;
import org.agora.vehicles.road.LaneRole;
import org.agora.vehicles.road.Road;
import org.agora.vehicles.safety.SafetyDecision;
import org.agora.vehicles.safety.SafetyModule;
import org.agora.vehicles.safety.StudySupervisor;
import org.agora.vehicles.safety.Supervisor;
import org.agora.vehicles.traffic.ExitReason;
import org.agora.vehicles.traffic.Traffic;
import org.agora.vehicles.traffic.TrafficListener;
import org.agora.vehicles.traffic.TrafficRules;
import org.agora.vehicles.traffic.Vehicle;
import org.agora.wireless.sidelink.DeliveryScheduler;
import org.agora.wireless.sidelink.Sidelink;
import org.agora.wireless.sidelink.SidelinkModel;

/**
 * The on-ramp merge with HDVs and CAVs: episodes (or a continuous inflow), CAV decisions with
 * intent sharing over the sidelink and the safety module, rewards and metrics. One world is
 * driven step by step by either the event-driven scenario (through kernel phases) or the
 * reinforcement-learning environment (a plain loop); both call the same methods in the same
 * order, so they give the same dynamics:
 *
 * <ol>
 *   <li>{@link #beginStep(double)}: a new episode if one is due, inflow entries, sensing;</li>
 *   <li>if {@link #decisionDue()}: {@link #decide(MetaAction[])}, {@link #supervise()},
 *       {@link #commit()} (intents are predicted, broadcast, and the actions applied);</li>
 *   <li>{@link #act()} and {@link #integrate()}.</li>
 * </ol>
 *
 * Random streams (by name): {@code spawn} (counts, places, speeds, CAV share), {@code driver-noise}
 * (the phases of the human drivers' lane-change decisions), {@code safety-noise}, and the
 * sidelink's {@code sidelink-loss} and {@code sidelink-delay}. The world orders the steps; vehicles
 * enter through {@link VehicleEntries} (an episode's drawn by {@link EpisodePlan}), intents travel
 * through an {@link IntentExchange}, a decision step's actions are a {@link DecisionBatch}, and an
 * episode's rewards and counts an {@link EpisodeScore}. Belongs to the simulation thread.
 */
public final class MergeWorld implements TrafficListener, PolicyContext {

    private final MergeConfig config;
    private final Road road;
    private final Traffic traffic;
    private final MergeListener listener;
    private final VehicleEntries entries;
    private final RandomStream safetyNoise;
    private final IntentExchange intents;
    private final IntentPredictor predictor;
    private final Supervisor safety;
    private final CavPolicy policy;
    private final DecisionBatch deciding = new DecisionBatch();
    private final EpisodeScore score = new EpisodeScore();
    private final BitSet mergedVehicles = new BitSet();
    private final int episodeSteps;

    private boolean intentSharing;
    private boolean safetyOn;
    /** Whether the safety module checked the current decision step's actions (its predictions then serve as intents). */
    private boolean supervised;
    private int episode;
    private boolean episodeDue;
    private int step;
    private long steps;
    private double minTimeToCollision = Double.POSITIVE_INFINITY;
    private int collisions;
    private int cavCollisions;

    /**
     * @param config the settings
     * @param sidelinkModel the link model (shared between worlds: it caches its tables)
     * @param streams the run's named random streams ({@code kernel::random})
     * @param deliveries where intent deliveries are scheduled
     * @param listener told of everything that happens
     */
    public MergeWorld(MergeConfig config, SidelinkModel sidelinkModel, Function<String, RandomStream> streams,
            DeliveryScheduler deliveries, MergeListener listener) {
        this(config, sidelinkModel, streams, deliveries, listener, config.policy().create());
    }

    /**
     * A world whose CAVs decide with {@code policy} (a learned one, for example) rather than a new
     * policy of the configured kind; the other parameters as above.
     */
    public MergeWorld(MergeConfig config, SidelinkModel sidelinkModel, Function<String, RandomStream> streams,
            DeliveryScheduler deliveries, MergeListener listener, CavPolicy policy) {
        this.config = config;
        this.listener = listener;
        TrafficRules rules = config.rules().traffic();
        if (!config.density().episodic()) {
            rules = rules.withRemoveAtRoadEnd(true);
        }
        this.traffic = new Traffic(config.road(), config.dt(), this, rules);
        this.road = traffic.road();
        this.entries = new VehicleEntries(config, traffic, streams.apply("spawn"), streams.apply("driver-noise"), listener,
                this::cavEntered);
        this.safetyNoise = streams.apply("safety-noise");
        this.intents = new IntentExchange(traffic, new Sidelink<>(sidelinkModel, streams.apply("sidelink-loss"),
                streams.apply("sidelink-delay"), deliveries), config.vehicleBlockage(), listener);
        this.predictor = new IntentPredictor(road, config.dt(), config.horizonSteps());
        this.safety = switch (config.rules().safety()) {
            case AGORA -> new SafetyModule(road, config.dt(), config.horizonSteps(), config.safetyNoise(),
                    rules.footprintScale(), rules.gapForm());
            case STUDY -> new StudySupervisor(road, config.dt(), config.horizonSteps(), config.safetyNoise(),
                    rules.footprintScale());
        };
        this.policy = policy;
        this.intentSharing = config.intentSharing();
        this.safetyOn = config.safetyModule();
        this.episodeSteps = config.episodeSteps();
        this.episodeDue = config.density().episodic();
    }

    public MergeConfig config() {
        return config;
    }

    @Override
    public Traffic traffic() {
        return traffic;
    }

    /** Collisions so far (counted here for the reinforcement-learning environment, which publishes no events). */
    public int collisions() {
        return collisions;
    }

    /** Collisions involving a CAV so far. */
    public int cavCollisions() {
        return cavCollisions;
    }

    /** The current episode's number (from 1), 0 before the first or without episodes. */
    public int episode() {
        return episode;
    }

    /** The CAVs the current episode started with, in order of entry (some may have left). */
    public List<Vehicle> roster() {
        return score.roster();
    }

    /** The rewards of the roster's CAVs after the last completed decision step (0 for those gone before it). */
    public double[] lastRewards() {
        return score.lastRewards();
    }

    /** The mean reward over the CAVs of the last completed decision step. */
    public double lastDecisionReward() {
        return score.lastDecisionReward();
    }

    /** Whether {@code cav} crashed during the current decision step. */
    public boolean crashedInDecision(Vehicle cav) {
        return score.crashedInDecision(cav);
    }

    /**
     * Sets the CAV share: of the vehicles entering by inflow from now on, or, in episodes, of each
     * later episode's drawn vehicles (besides the two special HDVs) in place of the density's split.
     */
    public void setCavShare(double share) {
        entries.setCavShare(share);
    }

    public void setIntentSharing(boolean on) {
        this.intentSharing = on;
    }

    public void setSafetyModule(boolean on) {
        this.safetyOn = on;
    }

    // ---- one step ----

    /** Starts the step at {@code time} seconds: a new episode if due, inflow entries, sensing. */
    public void beginStep(double time) {
        traffic.setTime(time);
        if (episodeDue) {
            startEpisode();
        }
        if (!config.density().episodic()) {
            entries.enterByInflow();
        }
        traffic.sense();
        if (traffic.minimumTimeToCollision() < minTimeToCollision) {
            minTimeToCollision = traffic.minimumTimeToCollision();
            listener.timeToCollisionLowered(traffic.closestFollower(), traffic.closestLeader(), minTimeToCollision);
        }
    }

    /** Whether the CAVs decide in this step. */
    public boolean decisionDue() {
        return step % config.decisionEvery() == 0;
    }

    /**
     * The CAVs propose their actions: from {@code external} (one per roster CAV, by position; null
     * entries and departed CAVs ignored) or, if it is null, from the configured policy.
     */
    public void decide(MetaAction[] external) {
        deciding.clear();
        score.newDecision();
        supervised = false;
        if (external != null) {
            List<Vehicle> roster = score.roster();
            for (int i = 0; i < roster.size(); i++) {
                Vehicle cav = roster.get(i);
                if (!cav.removed() && external.length > i && external[i] != null) {
                    deciding.add(cav, external[i]);
                }
            }
        } else {
            for (Vehicle vehicle : traffic.vehicles()) {
                if (vehicle.isCav()) {
                    deciding.add(vehicle, policy.decide(vehicle, this));
                }
            }
        }
    }

    /** The safety module (if on) checks the proposed actions and may replace some. */
    public void supervise() {
        if (!safetyOn || deciding.isEmpty()) {
            return;
        }
        List<SafetyDecision> decisions = safety.supervise(traffic, deciding.cavs(), deciding.proposed(), safetyNoise);
        supervised = true;
        for (SafetyDecision decision : decisions) {
            if (decision.overridden()) {
                deciding.override(decision);
                listener.safetyOverridden(decision);
            }
        }
    }

    /** Each deciding CAV predicts and (if sharing is on) broadcasts its intent, then applies its action. */
    public void commit() {
        double now = traffic.time();
        for (int i = 0; i < deciding.size(); i++) {
            Vehicle cav = deciding.cav(i);
            if (deciding.brakes(i)) {
                traffic.setTargetSpeed(cav, 0);
            }
            if (intentSharing) {
                intents.broadcast(cav, intent(i, cav, now), now);
            }
            CavControl.apply(traffic, cav, deciding.chosen(i));
        }
        intents.prune(deciding.cavs(), now);
    }

    /**
     * The intent of the i-th deciding CAV under its final action: the safety module's prediction of
     * it when the module checked this step (the same numbers, already computed), else the predictor's.
     */
    private Intent intent(int i, Vehicle cav, double now) {
        if (supervised) {
            int points = predictor.steps();
            double[] xs = new double[points];
            double[] ys = new double[points];
            double[] hs = new double[points];
            double[] vs = new double[points];
            if (safety.chosenTrajectory(i, xs, ys, hs, vs)) {
                return new Intent(cav.id(), cav.number(), intents.nextMessage(), now, config.dt(), deciding.chosen(i),
                        xs, ys, hs, vs);
            }
        }
        return predictor.predict(cav, deciding.chosen(i), intents.nextMessage(), now);
    }

    /** Human drivers and CAV controllers act. */
    public void act() {
        traffic.act();
    }

    /** Moves everything one step; settles rewards at the end of a decision step and the end of an episode. */
    public void integrate() {
        traffic.integrate();
        step++;
        steps++;
        if (config.density().episodic()) {
            if (step % config.decisionEvery() == 0) {
                score.settle(road);
            }
            if (score.cavCollided()) {
                endEpisode(EpisodeEndReason.CAV_COLLISION);
            } else if (step >= episodeSteps) {
                endEpisode(EpisodeEndReason.TIME_UP);
            }
        }
    }

    /** Whether the current episode has ended (the next step starts a new one). */
    public boolean episodeOver() {
        return episodeDue;
    }

    // ---- episodes ----

    private void startEpisode() {
        episodeDue = false;
        episode++;
        step = 0;
        score.restart();
        Density density = config.density();
        EpisodePlan.Plan plan = entries.enterEpisode(density);
        score.rosterComplete();
        listener.episodeStarted(episode, density, score.rosterSize(), plan.drawnHdvs() + 2);
    }

    private void endEpisode(EpisodeEndReason reason) {
        listener.episodeEnded(episode, reason, score.decisions(), score.reward(), score.collisions(), score.merges());
        traffic.removeAll(ExitReason.EPISODE_END);
        intents.clear();
        episodeDue = true;
    }

    /**
     * Ends the run: an episode in progress ends as RUN_END (not counted in the mean reward); with a
     * continuous inflow the vehicles still on the road leave (reason RUN_END); then the run's end.
     */
    public void finishRun() {
        if (config.density().episodic()) {
            if (!episodeDue && episode > 0) {
                endEpisode(EpisodeEndReason.RUN_END);
            }
        } else {
            traffic.removeAll(ExitReason.RUN_END);
        }
        listener.runEnded(steps, config.dt());
    }

    /** A CAV entered: it joins the episode's roster (in episodes) and the intent exchange. */
    private void cavEntered(Vehicle cav) {
        if (config.density().episodic()) {
            score.enlist(cav);
        }
        intents.join(cav);
    }

    // ---- traffic news ----

    @Override
    public void entered(Vehicle vehicle) {
        listener.entered(vehicle);
    }

    @Override
    public void exited(Vehicle vehicle, ExitReason reason) {
        intents.leave(vehicle);
        listener.exited(vehicle, reason);
    }

    @Override
    public void laneChanged(Vehicle vehicle, Lane from, Lane to) {
        listener.laneChanged(vehicle, from, to);
        if (from.role() == LaneRole.RAMP && to.role() == LaneRole.MAIN && !mergedVehicles.get(vehicle.number())) {
            mergedVehicles.set(vehicle.number());
            score.merged();
            listener.mergeCompleted(vehicle, postEncroachmentTime(vehicle, to));
        }
    }

    private double postEncroachmentTime(Vehicle vehicle, Lane lane) {
        return PostEncroachment.of(vehicle, traffic.behind(vehicle, lane), traffic.ahead(vehicle, lane));
    }

    @Override
    public void collided(Vehicle vehicle, Vehicle other) {
        collisions++;
        boolean cav = vehicle.isCav() || (other != null && other.isCav());
        score.collided(cav);
        if (cav) {
            cavCollisions++;
        }
        for (Vehicle party : other == null ? List.of(vehicle) : List.of(vehicle, other)) {
            if (party.isCav()) {
                score.crashed(party);
            }
        }
        listener.collided(vehicle, other);
    }

    // ---- what a policy sees ----

    @Override
    public double now() {
        return traffic.time();
    }

    @Override
    public IntentTable intents(Vehicle cav) {
        return intentSharing ? intents.received(cav) : intents.none();
    }

    @Override
    public boolean available(Vehicle cav, MetaAction action) {
        return CavControl.available(road, cav, action);
    }
}

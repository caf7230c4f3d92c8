package org.agora.vehicles.merge;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.agora.core.kernel.RandomStream;
import org.agora.vehicles.cav.CavControl;
import org.agora.vehicles.cav.MetaAction;
import org.agora.vehicles.cav.TargetSpeeds;
import org.agora.vehicles.driver.Driver;
import org.agora.vehicles.driver.DriverKind;
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
import org.agora.wireless.sidelink.LossCause;
import org.agora.wireless.sidelink.PathLossModel;
import org.agora.wireless.sidelink.Sidelink;
import org.agora.wireless.sidelink.SidelinkModel;
import org.agora.wireless.sidelink.SidelinkNode;

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
 * sidelink's {@code sidelink-loss} and {@code sidelink-delay}. Belongs to the simulation thread.
 */
public final class MergeWorld implements TrafficListener, PolicyContext {

    /** Intents older than this are forgotten, seconds. */
    private static final double INTENT_MAX_AGE = 2.0;

    private final MergeConfig config;
    private final Road road;
    private final Traffic traffic;
    private final MergeListener listener;
    private final RandomStream spawn;
    private final RandomStream driverNoise;
    private final RandomStream safetyNoise;
    private final Sidelink<Intent> sidelink;
    private final IntentPredictor predictor;
    private final Supervisor safety;
    private final CavPolicy policy;
    private final Map<Vehicle, IntentTable> tables = new IdentityHashMap<>();
    private final IntentTable noIntents = new IntentTable();
    private final List<Vehicle> roster = new ArrayList<>();
    private final List<Vehicle> deciding = new ArrayList<>();
    private final Map<Vehicle, Boolean> crashedInDecision = new IdentityHashMap<>();
    private final BitSet mergedVehicles = new BitSet();
    private final Sidelink.Outcomes<Intent> outcomes = new IntentOutcomes();
    private final int episodeSteps;

    private MetaAction[] proposed = new MetaAction[8];
    private MetaAction[] chosen = new MetaAction[8];
    private boolean[] brakes = new boolean[8];
    private double cavShare;
    private boolean shareChanged;
    private boolean intentSharing;
    private boolean safetyOn;
    /** Whether the safety module checked the current decision step's actions (its predictions then serve as intents). */
    private boolean supervised;
    private int episode;
    private boolean episodeDue;
    private int step;
    private int decisions;
    private double episodeReward;
    private int episodeCollisions;
    private int episodeMerges;
    private boolean cavCollided;
    private long nextMessage;
    private double lastDecisionReward;
    private long steps;
    private double minTimeToCollision = Double.POSITIVE_INFINITY;
    private int collisions;
    private int cavCollisions;
    private double[] lastRewards = new double[0];

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
        this.spawn = streams.apply("spawn");
        this.driverNoise = streams.apply("driver-noise");
        this.safetyNoise = streams.apply("safety-noise");
        this.sidelink = new Sidelink<>(sidelinkModel, streams.apply("sidelink-loss"), streams.apply("sidelink-delay"),
                deliveries);
        this.predictor = new IntentPredictor(road, config.dt(), config.horizonSteps());
        this.safety = switch (config.rules().safety()) {
            case AGORA -> new SafetyModule(road, config.dt(), config.horizonSteps(), config.safetyNoise(),
                    rules.footprintScale(), rules.gapForm());
            case STUDY -> new StudySupervisor(road, config.dt(), config.horizonSteps(), config.safetyNoise(),
                    rules.footprintScale());
        };
        this.policy = policy;
        this.cavShare = config.cavShare();
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
        return Collections.unmodifiableList(roster);
    }

    /** The rewards of the roster's CAVs after the last completed decision step (0 for those gone before it). */
    public double[] lastRewards() {
        return lastRewards;
    }

    /** The mean reward over the CAVs of the last completed decision step. */
    public double lastDecisionReward() {
        return lastDecisionReward;
    }

    /** Whether {@code cav} crashed during the current decision step. */
    public boolean crashedInDecision(Vehicle cav) {
        return crashedInDecision.containsKey(cav);
    }

    /**
     * Sets the CAV share: of the vehicles entering by inflow from now on, or, in episodes, of each
     * later episode's drawn vehicles (besides the two special HDVs) in place of the density's split.
     */
    public void setCavShare(double share) {
        this.cavShare = share;
        this.shareChanged = true;
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
            enterByInflow();
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
        crashedInDecision.clear();
        supervised = false;
        if (external != null) {
            for (int i = 0; i < roster.size(); i++) {
                Vehicle cav = roster.get(i);
                if (!cav.removed() && external.length > i && external[i] != null) {
                    addDeciding(cav, external[i]);
                }
            }
        } else {
            for (Vehicle vehicle : traffic.vehicles()) {
                if (vehicle.isCav()) {
                    addDeciding(vehicle, policy.decide(vehicle, this));
                }
            }
        }
    }

    private void addDeciding(Vehicle cav, MetaAction action) {
        int i = deciding.size();
        if (i == proposed.length) {
            proposed = java.util.Arrays.copyOf(proposed, i * 2);
            chosen = java.util.Arrays.copyOf(chosen, i * 2);
            brakes = java.util.Arrays.copyOf(brakes, i * 2);
        }
        deciding.add(cav);
        proposed[i] = action;
        chosen[i] = action;
        brakes[i] = false;
    }

    /** The safety module (if on) checks the proposed actions and may replace some. */
    public void supervise() {
        if (!safetyOn || deciding.isEmpty()) {
            return;
        }
        List<SafetyDecision> decisions = safety.supervise(traffic, deciding, proposed, safetyNoise);
        supervised = true;
        for (SafetyDecision decision : decisions) {
            if (decision.overridden()) {
                int i = deciding.indexOf(decision.cav());
                chosen[i] = decision.chosen();
                brakes[i] = decision.emergencyBrake();
                listener.safetyOverridden(decision);
            }
        }
    }

    /** Each deciding CAV predicts and (if sharing is on) broadcasts its intent, then applies its action. */
    public void commit() {
        double now = traffic.time();
        for (int i = 0; i < deciding.size(); i++) {
            Vehicle cav = deciding.get(i);
            if (brakes[i]) {
                traffic.setTargetSpeed(cav, 0);
            }
            if (intentSharing) {
                broadcast(cav, intent(i, cav, now), now);
            }
            CavControl.apply(traffic, cav, chosen[i]);
        }
        for (IntentTable table : tablesOf(deciding)) {
            table.prune(now, INTENT_MAX_AGE);
        }
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
                return new Intent(cav.id(), cav.number(), nextMessage++, now, config.dt(), chosen[i], xs, ys, hs, vs);
            }
        }
        return predictor.predict(cav, chosen[i], nextMessage++, now);
    }

    private List<IntentTable> tablesOf(List<Vehicle> cavs) {
        List<IntentTable> found = new ArrayList<>(cavs.size());
        for (Vehicle cav : cavs) {
            IntentTable table = tables.get(cav);
            if (table != null) {
                found.add(table);
            }
        }
        return found;
    }

    private void broadcast(Vehicle sender, Intent intent, double now) {
        List<Vehicle> receivers = new ArrayList<>();
        for (Vehicle vehicle : traffic.vehicles()) {
            if (vehicle.isCav() && vehicle != sender) {
                receivers.add(vehicle);
            }
        }
        listener.intentBroadcast(sender, intent, receivers.size());
        sidelink.broadcast(now, sender, intent, receivers, this::condition, outcomes);
    }

    /** The link's condition: NLOSv when a vehicle blocks the line of sight (and blockage is on), else LOS. */
    private PathLossModel condition(SidelinkNode from, SidelinkNode to) {
        return config.vehicleBlockage() ? VehicleBlockage.condition(traffic.vehicles(), from, to) : PathLossModel.HIGHWAY_LOS;
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
                settleRewards();
            }
            if (cavCollided) {
                endEpisode(EpisodeEndReason.CAV_COLLISION);
            } else if (step >= episodeSteps) {
                endEpisode(EpisodeEndReason.TIME_UP);
            }
        }
    }

    private void settleRewards() {
        if (lastRewards.length != roster.size()) {
            lastRewards = new double[roster.size()];
        }
        double sum = 0;
        int counted = 0;
        for (int i = 0; i < roster.size(); i++) {
            Vehicle cav = roster.get(i);
            boolean collided = crashedInDecision.containsKey(cav);
            if (cav.removed() && !collided) {
                lastRewards[i] = 0;
                continue;
            }
            lastRewards[i] = MergeReward.of(cav, road, collided);
            sum += lastRewards[i];
            counted++;
        }
        lastDecisionReward = counted == 0 ? 0 : sum / counted;
        episodeReward += lastDecisionReward;
        decisions++;
        crashedInDecision.clear();
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
        decisions = 0;
        episodeReward = 0;
        episodeCollisions = 0;
        episodeMerges = 0;
        cavCollided = false;
        roster.clear();
        Density density = config.density();
        EpisodePlan.Plan plan = EpisodePlan.draw(road, density, shareChanged ? cavShare : Double.NaN, spawn);
        for (EpisodePlan.Placement p : plan.placements()) {
            switch (p.role()) {
                case CAV -> enterCav(p.lane(), p.x(), p.speed());
                case IDM_HDV -> enterHuman(DriverKind.IDM, p.lane(), p.x(), p.speed());
                case AGGRESSIVE_HDV -> enterHuman(DriverKind.AGGRESSIVE, p.lane(), p.x(), p.speed());
                case DEFENSIVE_HDV -> enterHuman(DriverKind.DEFENSIVE, p.lane(), p.x(), p.speed());
            }
        }
        lastRewards = new double[roster.size()];
        listener.episodeStarted(episode, density, roster.size(), plan.drawnHdvs() + 2);
    }

    private void endEpisode(EpisodeEndReason reason) {
        listener.episodeEnded(episode, reason, decisions, episodeReward, episodeCollisions, episodeMerges);
        traffic.removeAll(ExitReason.EPISODE_END);
        tables.clear();
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

    private void enterByInflow() {
        double dt = config.dt();
        for (Lane lane : road.mainLanes()) {
            tryEnter(lane, config.mainInflow() * dt / 3600);
        }
        if (road.rampLane() != null) {
            tryEnter(road.rampLane(), config.rampInflow() * dt / 3600);
        }
    }

    private void tryEnter(Lane lane, double probability) {
        if (!spawn.chance(probability)) {
            return;
        }
        double speed = Math.max(1, spawn.normal(config.spawnSpeed(), config.spawnSpeedSpread()));
        boolean cav = spawn.chance(cavShare);
        if (!traffic.entryClear(lane, lane.startX(), speed)) {
            listener.entryBlocked(lane, speed);
            return;
        }
        if (cav) {
            enterCav(lane, lane.startX(), speed);
        } else {
            enterHuman(DriverKind.IDM, lane, lane.startX(), speed);
        }
    }

    private Vehicle enterCav(Lane lane, double x, double speed) {
        Vehicle cav = traffic.spawnCav("cav-" + traffic.nextNumber(), lane, x, speed,
                TargetSpeeds.speed(TargetSpeeds.nearest(speed)));
        if (config.density().episodic()) {
            roster.add(cav);
        }
        tables.put(cav, new IntentTable());
        return cav;
    }

    private Vehicle enterHuman(DriverKind kind, Lane lane, double x, double speed) {
        Driver driver = config.drivers().driver(kind);
        double phase = driverNoise.uniform(0, driver.mobil().decisionPeriod());
        return traffic.spawnHuman("hdv-" + traffic.nextNumber(), driver, lane, x, speed,
                config.drivers().desiredSpeed(speed), phase);
    }

    // ---- traffic news ----

    @Override
    public void entered(Vehicle vehicle) {
        listener.entered(vehicle);
    }

    @Override
    public void exited(Vehicle vehicle, ExitReason reason) {
        tables.remove(vehicle);
        listener.exited(vehicle, reason);
    }

    @Override
    public void laneChanged(Vehicle vehicle, Lane from, Lane to) {
        listener.laneChanged(vehicle, from, to);
        if (from.role() == LaneRole.RAMP && to.role() == LaneRole.MAIN && !mergedVehicles.get(vehicle.number())) {
            mergedVehicles.set(vehicle.number());
            episodeMerges++;
            listener.mergeCompleted(vehicle, postEncroachmentTime(vehicle, to));
        }
    }

    private double postEncroachmentTime(Vehicle vehicle, Lane lane) {
        return PostEncroachment.of(vehicle, traffic.behind(vehicle, lane), traffic.ahead(vehicle, lane));
    }

    @Override
    public void collided(Vehicle vehicle, Vehicle other) {
        collisions++;
        episodeCollisions++;
        boolean cav = vehicle.isCav() || (other != null && other.isCav());
        if (cav) {
            cavCollisions++;
            cavCollided = true;
        }
        for (Vehicle party : other == null ? List.of(vehicle) : List.of(vehicle, other)) {
            if (party.isCav()) {
                crashedInDecision.put(party, Boolean.TRUE);
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
        if (!intentSharing) {
            return noIntents;
        }
        IntentTable table = tables.get(cav);
        return table == null ? noIntents : table;
    }

    @Override
    public boolean available(Vehicle cav, MetaAction action) {
        return CavControl.available(road, cav, action);
    }

    private final class IntentOutcomes implements Sidelink.Outcomes<Intent> {
        @Override
        public void delivered(Intent intent, SidelinkNode sender, SidelinkNode receiver, double distanceM, double delayS,
                PathLossModel pathLoss) {
            Vehicle to = (Vehicle) receiver;
            IntentTable table = tables.get(to);
            if (table == null) {
                return;
            }
            table.put(intent, intent.generatedAt() + delayS);
            listener.intentDelivered(intent, to, distanceM, delayS, pathLoss);
        }

        @Override
        public void lost(Intent intent, SidelinkNode sender, SidelinkNode receiver, double distanceM, LossCause cause,
                PathLossModel pathLoss) {
            listener.intentLost(intent, (Vehicle) receiver, distanceM, cause, pathLoss);
        }
    }
}

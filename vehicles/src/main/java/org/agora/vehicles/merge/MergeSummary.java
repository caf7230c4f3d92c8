package org.agora.vehicles.merge;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.agora.core.event.Event;
import org.agora.core.event.RunStarted;
import org.agora.core.scenario.EventSummary;
import org.agora.core.scenario.Metric;
import org.agora.core.scenario.MetricSet;
import org.agora.core.scenario.Parameter;
import org.agora.core.scenario.Summary;
import org.agora.vehicles.event.EntryBlocked;
import org.agora.vehicles.event.EpisodeEndReason;
import org.agora.vehicles.event.EpisodeEnded;
import org.agora.vehicles.event.IntentBroadcast;
import org.agora.vehicles.event.IntentDelivered;
import org.agora.vehicles.event.MergeCompleted;
import org.agora.vehicles.event.MergeRunEnded;
import org.agora.vehicles.event.SafetyOverridden;
import org.agora.vehicles.event.TimeToCollisionLowered;
import org.agora.vehicles.event.VehicleEntered;
import org.agora.vehicles.event.VehicleExited;
import org.agora.vehicles.event.VehiclesCollided;
import org.agora.vehicles.road.Lane;
import org.agora.vehicles.road.LaneRole;
import org.agora.vehicles.road.Road;
import org.agora.vehicles.traffic.ExitReason;

/**
 * The v2x-merge summary, from a run's events alone: {@code agora analyze} feeds it the events of a
 * file or topic, and the model computes its own summary.json with it, fed from the bus, so that the
 * two agree by construction. It needs the run's parameters first ({@link RunStarted}, or
 * {@link #begin} from the model, which is built after that event): the step length and the road.
 *
 * <p>What each metric is made of: vehicles, collisions, merges, overrides, intents and blocked
 * entries are counts of their events; distances and times on the road come from
 * {@link VehicleExited} (every vehicle leaves by the end of the run); the merge success share
 * counts as failed a ramp vehicle that collided before merging or was on the merge lane when its
 * episode ended; the per-hour throughput divides by {@link MergeRunEnded}'s simulated time; the
 * minimum time-to-collision is the last {@link TimeToCollisionLowered}. Single-threaded.
 */
public final class MergeSummary implements EventSummary {

    /**
     * The metrics, declared once: each constant is listed here and keys its value in {@link #summary()}
     * (public: those the GUI's inspector reads from a running model's summary).
     */
    static final MetricSet METRICS = new MetricSet();
    static final Metric EPISODES = METRICS.declare("episodes", "episodes", "completed episodes");
    static final Metric VEHICLES = METRICS.declare("vehicles", "vehicles", "vehicles that entered");
    public static final Metric COLLISIONS = METRICS.declare("collisions", "collisions",
            "collisions (vehicle–vehicle or with the obstacle)");
    static final Metric CAV_COLLISIONS = METRICS.declare("cavCollisions", "collisions", "collisions involving a CAV");
    static final Metric VEHICLE_KM = METRICS.declare("vehicleKm", "km",
            "distance driven by all vehicles along the road");
    static final Metric COLLISIONS_PER_VEHICLE_KM = METRICS.declare("collisionsPerVehicleKm", "1/km",
            "collisions per vehicle-kilometre (null: no distance driven)");
    public static final Metric MERGE_SUCCESS_SHARE = METRICS.declare("mergeSuccessShare", "fraction",
            "share of settled ramp vehicles that merged (null: none settled)");
    static final Metric MEAN_SPEED = METRICS.declare("meanSpeed", "m/s",
            "distance along the road over time on the road, all vehicles (null: none)");
    static final Metric THROUGHPUT = METRICS.declare("throughput", "veh/h",
            "vehicles that left on the main road past the end of the merge lane");
    static final Metric MIN_TIME_TO_COLLISION = METRICS.declare("minTimeToCollision", "s",
            "smallest time-to-collision sensed (null: never closing)");
    static final Metric MEAN_POST_ENCROACHMENT_TIME = METRICS.declare("meanPostEncroachmentTime", "s",
            "mean post-encroachment time at merges (null: none)");
    static final Metric MIN_POST_ENCROACHMENT_TIME = METRICS.declare("minPostEncroachmentTime", "s",
            "smallest post-encroachment time at merges (null: none)");
    public static final Metric SAFETY_OVERRIDES = METRICS.declare("safetyOverrides", "overrides",
            "actions replaced by the safety module");
    static final Metric MEAN_EPISODE_REWARD = METRICS.declare("meanEpisodeReward", "reward",
            "mean return of completed episodes, MAPPO-PIS reward (null: none)");
    static final Metric INTENTS_BROADCAST = METRICS.declare("intentsBroadcast", "intents", "intents broadcast");
    static final Metric INTENT_DELIVERY_RATIO = METRICS.declare("intentDeliveryRatio", "fraction",
            "delivered copies / copies sent (null: none sent)");
    static final Metric MEAN_INTENT_DELAY_MS = METRICS.declare("meanIntentDelayMs", "ms",
            "mean latency of delivered intents (null: none delivered)");
    static final Metric BLOCKED_ENTRIES = METRICS.declare("blockedEntries", "entries",
            "inflow entries skipped because the entry was not clear");
    static final Metric VEHICLE_UPDATES = METRICS.declare("vehicleUpdates", "updates",
            "vehicle states integrated (vehicles on the road summed over steps)");

    private double dt;
    private double mergeStartX;
    private double mergeEndX;
    private final Set<String> mainLanes = new HashSet<>();
    private final Set<String> rampLanes = new HashSet<>();
    /** Ramp vehicles neither merged nor failed yet. */
    private final Set<String> unsettled = new HashSet<>();

    private int completedEpisodes;
    private double episodeRewardSum;
    private long vehicles;
    private int collisions;
    private int cavCollisions;
    private double metres;
    private double seconds;
    private long vehicleUpdates;
    private int passed;
    private int merged;
    private int mergeFailures;
    private double petSum;
    private int petCount;
    private double minPet = Double.POSITIVE_INFINITY;
    private double minTimeToCollision = Double.POSITIVE_INFINITY;
    private int safetyOverrides;
    private long intentsBroadcast;
    private long intentCopies;
    private long intentsDelivered;
    private double intentDelaySumMs;
    private long blockedEntries;
    private double simulatedSeconds;

    /** Takes the run's resolved parameters (as {@link RunStarted} carries them). */
    public void begin(Map<String, Object> parameters) {
        dt = 1 / number(parameters, MergeScenario.SIMULATION_RATE);
        Road road = MergeScenario.road(String.valueOf(parameters.get(MergeScenario.ROAD.name())),
                (int) number(parameters, MergeScenario.HIGHWAY_LANES), number(parameters, MergeScenario.HIGHWAY_LENGTH),
                number(parameters, MergeScenario.RAMP_START), number(parameters, MergeScenario.RAMP_STRAIGHT),
                number(parameters, MergeScenario.MERGE_LENGTH));
        mergeStartX = road.mergeStartX();
        mergeEndX = road.mergeEndX();
        for (Lane lane : road.lanes()) {
            (lane.role() == LaneRole.MAIN ? mainLanes : rampLanes).add(lane.name());
        }
    }

    private static double number(Map<String, Object> parameters, Parameter<? extends Number> parameter) {
        Object value = parameters.get(parameter.name());
        if (!(value instanceof Number number)) {
            throw new IllegalArgumentException("v2x-merge run without a numeric parameter " + parameter.name());
        }
        return number.doubleValue();
    }

    @Override
    public void accept(Event event) {
        if (event instanceof RunStarted started) {
            begin(started.parameters());
        } else if (event instanceof VehicleEntered entered) {
            vehicles++;
            if (rampLanes.contains(entered.lane())) {
                unsettled.add(entered.header().source());
            }
        } else if (event instanceof VehicleExited exited) {
            exited(exited);
        } else if (event instanceof MergeCompleted completed) {
            merged++;
            unsettled.remove(completed.header().source());
            double pet = completed.postEncroachmentTimeS();
            if (Double.isFinite(pet) && pet > 0) {
                petSum += pet;
                petCount++;
                minPet = Math.min(minPet, pet);
            }
        } else if (event instanceof VehiclesCollided collided) {
            collisions++;
            if (collided.cavInvolved()) {
                cavCollisions++;
            }
            failIfUnsettled(collided.header().source());
            failIfUnsettled(collided.other());
        } else if (event instanceof TimeToCollisionLowered lowered) {
            minTimeToCollision = Math.min(minTimeToCollision, lowered.timeToCollisionS());
        } else if (event instanceof SafetyOverridden) {
            safetyOverrides++;
        } else if (event instanceof IntentBroadcast broadcast) {
            intentsBroadcast++;
            intentCopies += broadcast.receivers();
        } else if (event instanceof IntentDelivered delivered) {
            intentsDelivered++;
            intentDelaySumMs += delivered.delayMs();
        } else if (event instanceof EntryBlocked) {
            blockedEntries++;
        } else if (event instanceof EpisodeEnded ended && ended.reason() != EpisodeEndReason.RUN_END) {
            completedEpisodes++;
            episodeRewardSum += ended.reward();
        } else if (event instanceof MergeRunEnded ended) {
            simulatedSeconds = ended.simulatedS();
        }
    }

    private void exited(VehicleExited exited) {
        metres += exited.distanceM();
        seconds += exited.travelTimeS();
        vehicleUpdates += Math.round(exited.travelTimeS() / dt);
        if (mainLanes.contains(exited.lane()) && exited.xM() >= mergeEndX) {
            passed++;
        }
        String id = exited.header().source();
        if (exited.reason() == ExitReason.EPISODE_END && exited.xM() >= mergeStartX) {
            failIfUnsettled(id);
        }
        unsettled.remove(id);
    }

    private void failIfUnsettled(String id) {
        if (unsettled.remove(id)) {
            mergeFailures++;
        }
    }

    @Override
    public Map<String, Object> summary() {
        Summary summary = METRICS.summary();
        summary.put(EPISODES, completedEpisodes);
        summary.put(VEHICLES, vehicles);
        summary.put(COLLISIONS, collisions);
        summary.put(CAV_COLLISIONS, cavCollisions);
        double km = metres / 1000;
        summary.put(VEHICLE_KM, km);
        summary.put(COLLISIONS_PER_VEHICLE_KM, km == 0 ? null : collisions / km);
        int settled = merged + mergeFailures;
        summary.put(MERGE_SUCCESS_SHARE, settled == 0 ? null : (double) merged / settled);
        summary.put(MEAN_SPEED, seconds == 0 ? null : metres / seconds);
        summary.put(THROUGHPUT, simulatedSeconds == 0 ? null : passed * 3600 / simulatedSeconds);
        summary.put(MIN_TIME_TO_COLLISION, finite(minTimeToCollision));
        summary.put(MEAN_POST_ENCROACHMENT_TIME, petCount == 0 ? null : petSum / petCount);
        summary.put(MIN_POST_ENCROACHMENT_TIME, finite(minPet));
        summary.put(SAFETY_OVERRIDES, safetyOverrides);
        summary.put(MEAN_EPISODE_REWARD, completedEpisodes == 0 ? null : episodeRewardSum / completedEpisodes);
        summary.put(INTENTS_BROADCAST, intentsBroadcast);
        summary.put(INTENT_DELIVERY_RATIO, intentCopies == 0 ? null : (double) intentsDelivered / intentCopies);
        summary.put(MEAN_INTENT_DELAY_MS, intentsDelivered == 0 ? null : intentDelaySumMs / intentsDelivered);
        summary.put(BLOCKED_ENTRIES, blockedEntries);
        summary.put(VEHICLE_UPDATES, vehicleUpdates);
        return summary.asMap();
    }

    /** Null (JSON null) stands for "never measured": no closing pair, or no merge with a PET. */
    private static Double finite(double value) {
        return Double.isInfinite(value) ? null : value;
    }
}

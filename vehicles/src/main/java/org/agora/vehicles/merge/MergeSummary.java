package org.agora.vehicles.merge;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.agora.core.event.Event;
import org.agora.core.event.RunStarted;
import org.agora.core.scenario.EventSummary;
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
        dt = 1 / number(parameters, "simulationRate");
        Road road = MergeScenario.road(String.valueOf(parameters.get("road")), (int) number(parameters, "highwayLanes"),
                number(parameters, "highwayLength"), number(parameters, "rampStart"), number(parameters, "rampStraight"),
                number(parameters, "mergeLength"));
        mergeStartX = road.mergeStartX();
        mergeEndX = road.mergeEndX();
        for (Lane lane : road.lanes()) {
            (lane.role() == LaneRole.MAIN ? mainLanes : rampLanes).add(lane.name());
        }
    }

    private static double number(Map<String, Object> parameters, String name) {
        Object value = parameters.get(name);
        if (!(value instanceof Number number)) {
            throw new IllegalArgumentException("v2x-merge run without a numeric parameter " + name);
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
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("episodes", completedEpisodes);
        summary.put("vehicles", vehicles);
        summary.put("collisions", collisions);
        summary.put("cavCollisions", cavCollisions);
        double km = metres / 1000;
        summary.put("vehicleKm", km);
        summary.put("collisionsPerVehicleKm", km == 0 ? null : collisions / km);
        int settled = merged + mergeFailures;
        summary.put("mergeSuccessShare", settled == 0 ? null : (double) merged / settled);
        summary.put("meanSpeed", seconds == 0 ? null : metres / seconds);
        summary.put("throughput", simulatedSeconds == 0 ? null : passed * 3600 / simulatedSeconds);
        summary.put("minTimeToCollision", finite(minTimeToCollision));
        summary.put("meanPostEncroachmentTime", petCount == 0 ? null : petSum / petCount);
        summary.put("minPostEncroachmentTime", finite(minPet));
        summary.put("safetyOverrides", safetyOverrides);
        summary.put("meanEpisodeReward", completedEpisodes == 0 ? null : episodeRewardSum / completedEpisodes);
        summary.put("intentsBroadcast", intentsBroadcast);
        summary.put("intentDeliveryRatio", intentCopies == 0 ? null : (double) intentsDelivered / intentCopies);
        summary.put("meanIntentDelayMs", intentsDelivered == 0 ? null : intentDelaySumMs / intentsDelivered);
        summary.put("blockedEntries", blockedEntries);
        summary.put("vehicleUpdates", vehicleUpdates);
        return summary;
    }

    /** Null (JSON null) stands for "never measured": no closing pair, or no merge with a PET. */
    private static Double finite(double value) {
        return Double.isInfinite(value) ? null : value;
    }
}

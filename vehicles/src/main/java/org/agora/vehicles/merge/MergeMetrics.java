package org.agora.vehicles.merge;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The merge's metrics, accumulated as the world steps. Belongs to the simulation thread.
 */
public final class MergeMetrics {

    int episodes;
    long vehicles;
    int collisions;
    int cavCollisions;
    double vehicleMetres;
    double speedSum;
    long vehicleSteps;
    int passedMerge;
    double simulatedSeconds;
    int merged;
    int mergeFailures;
    double petSum;
    int petCount;
    double minPet = Double.POSITIVE_INFINITY;
    double minTimeToCollision = Double.POSITIVE_INFINITY;
    int safetyOverrides;
    double episodeRewardSum;
    int completedEpisodes;
    long intentsBroadcast;
    long intentCopies;
    long intentsDelivered;
    double intentDelaySum;
    long blockedEntries;

    /** Vehicle states integrated so far (vehicles on the road, summed over steps). */
    public long vehicleUpdates() {
        return vehicleSteps;
    }

    public int collisions() {
        return collisions;
    }

    public int cavCollisions() {
        return cavCollisions;
    }

    /** Mean speed over all vehicle-steps, m/s. */
    public double meanSpeed() {
        return vehicleSteps == 0 ? 0 : speedSum / vehicleSteps;
    }

    public int safetyOverrides() {
        return safetyOverrides;
    }

    public int merged() {
        return merged;
    }

    /** Share of settled ramp vehicles that merged (settled: merged, crashed before merging, or on the merge lane when its episode ended). */
    public double mergeSuccessShare() {
        int settled = merged + mergeFailures;
        return settled == 0 ? 0 : (double) merged / settled;
    }

    public double meanEpisodeReward() {
        return completedEpisodes == 0 ? 0 : episodeRewardSum / completedEpisodes;
    }

    public int completedEpisodes() {
        return completedEpisodes;
    }

    public long intentsDelivered() {
        return intentsDelivered;
    }

    public long intentCopies() {
        return intentCopies;
    }

    /** The metrics as summary.json shows them, in a fixed order. */
    public Map<String, Object> summary() {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("episodes", completedEpisodes);
        summary.put("vehicles", vehicles);
        summary.put("collisions", collisions);
        summary.put("cavCollisions", cavCollisions);
        double km = vehicleMetres / 1000;
        summary.put("vehicleKm", km);
        summary.put("collisionsPerVehicleKm", km == 0 ? 0.0 : collisions / km);
        summary.put("mergeSuccessShare", mergeSuccessShare());
        summary.put("meanSpeed", meanSpeed());
        summary.put("throughput", simulatedSeconds == 0 ? 0.0 : passedMerge * 3600 / simulatedSeconds);
        summary.put("minTimeToCollision", finite(minTimeToCollision));
        summary.put("meanPostEncroachmentTime", petCount == 0 ? -1.0 : petSum / petCount);
        summary.put("minPostEncroachmentTime", finite(minPet));
        summary.put("safetyOverrides", safetyOverrides);
        summary.put("meanEpisodeReward", meanEpisodeReward());
        summary.put("intentsBroadcast", intentsBroadcast);
        summary.put("intentDeliveryRatio", intentCopies == 0 ? 0.0 : (double) intentsDelivered / intentCopies);
        summary.put("meanIntentDelayMs", intentsDelivered == 0 ? 0.0 : 1000 * intentDelaySum / intentsDelivered);
        summary.put("blockedEntries", blockedEntries);
        summary.put("vehicleUpdates", vehicleSteps);
        return summary;
    }

    /** −1 stands for "never measured" in the summary (JSON has no infinity). */
    private static double finite(double value) {
        return Double.isInfinite(value) ? -1.0 : value;
    }
}

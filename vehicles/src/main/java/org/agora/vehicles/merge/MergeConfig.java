package org.agora.vehicles.merge;

import org.agora.vehicles.driver.DriverSet;
import org.agora.vehicles.event.Density;
import org.agora.vehicles.policy.PolicyKind;
import org.agora.vehicles.road.Road;
import org.agora.wireless.sidelink.SidelinkConfig;

/**
 * Everything that shapes a merge world, validated on construction.
 *
 * @param road the road
 * @param drivers the human drivers' parameter set
 * @param density the episode density, or a continuous inflow
 * @param simulationRate simulation steps per second, Hz
 * @param decisionEvery CAV decisions every this many simulation steps
 * @param episodeLength seconds per episode
 * @param horizonSteps the intent and safety horizon, simulation steps
 * @param intentSharing whether CAVs broadcast intents over the sidelink
 * @param safetyModule whether the safety module supervises the CAVs' actions
 * @param policy the CAVs' policy (when no external actions are given)
 * @param cavShare the share of CAVs among vehicles entering by inflow, in [0, 1]
 * @param mainInflow vehicles per hour entering each main lane (inflow)
 * @param rampInflow vehicles per hour entering the ramp (inflow)
 * @param spawnSpeed mean entry speed of inflow vehicles, m/s
 * @param spawnSpeedSpread standard deviation of the inflow entry speed, m/s
 * @param safetyNoise relative spread of human accelerations in the safety module's predictions
 * @param sidelink the V2V link
 * @param vehicleBlockage whether a vehicle between sender and receiver makes a link NLOSv
 * @param rules where Agora's rules and the study's code differ ({@link MergeRules#AGORA} by default)
 */
public record MergeConfig(Road road, DriverSet drivers, Density density, double simulationRate, int decisionEvery,
        double episodeLength, int horizonSteps, boolean intentSharing, boolean safetyModule, PolicyKind policy,
        double cavShare, double mainInflow, double rampInflow, double spawnSpeed, double spawnSpeedSpread,
        double safetyNoise, SidelinkConfig sidelink, boolean vehicleBlockage, MergeRules rules) {

    public MergeConfig {
        require(road != null && drivers != null && density != null && policy != null && sidelink != null
                && rules != null, "missing setting");
        require(simulationRate > 0 && simulationRate <= 1000, "simulation rate must be in (0, 1000] Hz");
        require(decisionEvery >= 1, "decisions must come every 1 or more steps");
        require(episodeLength > 0, "episode length must be > 0 s");
        require(horizonSteps >= 1, "the horizon needs at least one step");
        require(cavShare >= 0 && cavShare <= 1, "CAV share must be in [0, 1]");
        require(mainInflow >= 0 && rampInflow >= 0, "inflows must be >= 0 vehicles/h");
        require(spawnSpeed > 0 && spawnSpeedSpread >= 0, "entry speeds must be positive");
        require(safetyNoise >= 0 && safetyNoise < 1, "safety noise must be in [0, 1)");
    }

    /**
     * The settings of {@code v2x-merge} at its parameters' defaults, which declare them (MAPPO-PIS at
     * medium density: 15 Hz simulation, decisions every 3 steps, 20 s episodes, a 15-step horizon,
     * intent sharing and the safety module on, the cooperative policy, Agora's rules).
     */
    public static MergeConfig defaults() {
        return MergeScenario.defaultConfig();
    }

    /** The simulation step, seconds. */
    public double dt() {
        return 1.0 / simulationRate;
    }

    /** Simulation steps per episode. */
    public int episodeSteps() {
        return (int) Math.round(episodeLength * simulationRate);
    }

    public MergeConfig withDensity(Density value) {
        return new MergeConfig(road, drivers, value, simulationRate, decisionEvery, episodeLength, horizonSteps,
                intentSharing, safetyModule, policy, cavShare, mainInflow, rampInflow, spawnSpeed, spawnSpeedSpread,
                safetyNoise, sidelink, vehicleBlockage, rules);
    }

    public MergeConfig withIntentSharing(boolean value) {
        return new MergeConfig(road, drivers, density, simulationRate, decisionEvery, episodeLength, horizonSteps,
                value, safetyModule, policy, cavShare, mainInflow, rampInflow, spawnSpeed, spawnSpeedSpread,
                safetyNoise, sidelink, vehicleBlockage, rules);
    }

    public MergeConfig withSafetyModule(boolean value) {
        return new MergeConfig(road, drivers, density, simulationRate, decisionEvery, episodeLength, horizonSteps,
                intentSharing, value, policy, cavShare, mainInflow, rampInflow, spawnSpeed, spawnSpeedSpread,
                safetyNoise, sidelink, vehicleBlockage, rules);
    }

    /** A copy with these rules. */
    public MergeConfig withRules(MergeRules value) {
        return new MergeConfig(road, drivers, density, simulationRate, decisionEvery, episodeLength, horizonSteps,
                intentSharing, safetyModule, policy, cavShare, mainInflow, rampInflow, spawnSpeed, spawnSpeedSpread,
                safetyNoise, sidelink, vehicleBlockage, value);
    }

    private static void require(boolean condition, String message) {
        if (!condition) {
            throw new IllegalArgumentException(message);
        }
    }
}

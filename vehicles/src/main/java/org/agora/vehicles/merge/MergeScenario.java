package org.agora.vehicles.merge;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.DoubleSupplier;
import org.agora.core.config.BadInputException;
import org.agora.core.event.Event;
import org.agora.core.kernel.Kernel;
import org.agora.core.scenario.Action;
import org.agora.core.scenario.EventSummary;
import org.agora.core.scenario.Metric;
import org.agora.core.scenario.Model;
import org.agora.core.scenario.Parameter;
import org.agora.core.scenario.ParameterSet;
import org.agora.core.scenario.Parameters;
import org.agora.core.scenario.RunContext;
import org.agora.core.scenario.Scenario;
import org.agora.core.scenario.ScenarioSpec;
import org.agora.core.scenario.SpecLocations;
import org.agora.vehicles.driver.DriverSet;
import org.agora.vehicles.driver.GapForm;
import org.agora.vehicles.event.Density;
import org.agora.vehicles.event.VehicleEvents;
import org.agora.vehicles.policy.CavPolicy;
import org.agora.vehicles.policy.LearnedPolicyLoader;
import org.agora.vehicles.policy.PolicyActions;
import org.agora.vehicles.policy.PolicyKind;
import org.agora.vehicles.road.Road;
import org.agora.vehicles.road.Roads;
import org.agora.vehicles.traffic.TrafficRules;
import org.agora.wireless.sidelink.AccessDelay;
import org.agora.wireless.sidelink.SidelinkConfig;

/**
 * {@code v2x-merge}: the MAPPO-PIS on-ramp merge with HDVs and CAVs, intent sharing over the V2V
 * sidelink and the safety module, in episodes of a chosen density or with a continuous inflow;
 * also merge-v0 and long highways with an on-ramp. See docs/models/merge.md.
 */
public final class MergeScenario implements Scenario {

    public static final String ID = "v2x-merge";

    /** The study's C-V2X sidelink, whose transmit power, access delay and collision loss are parameters here. */
    private static final SidelinkConfig SIDELINK = SidelinkConfig.defaults();

    /** The scenario's parameters enter it as they are declared below, in this order. */
    private static final ParameterSet.Builder DECLARED = ParameterSet.builder();

    static final Parameter<String> DENSITY = DECLARED.add(Parameter.choice("density", "medium", "easy", "medium",
            "hard", "inflow")
            .describe("vehicles per episode (MAPPO-PIS table), or a continuous inflow without episodes"));
    static final Parameter<String> ROAD = DECLARED.add(Parameter.choice("road", "mappo-pis", "mappo-pis", "merge-v0",
            "highway")
            .describe("MAPPO-PIS merge (1 main lane), highway-env merge-v0 (2 lanes), or a long highway with an "
                    + "on-ramp"));
    static final Parameter<String> DRIVERS = DECLARED.add(Parameter.choice("drivers", "mappo-pis", "mappo-pis",
            "highway-env").describe("human drivers' MOBIL and desired-speed parameters"));
    static final Parameter<String> POLICY = DECLARED.add(Parameter.choice("policy", "cooperative", "cooperative",
            "rule-based", "learned")
            .describe("CAV policy: cooperative (uses shared intents), rule-based (the baseline), or learned "
                    + "(model=PATH)"));
    static final Parameter<String> MODEL = DECLARED.add(Parameter.text("model", "")
            .describe("the policy file of policy=learned (policy.json written by agora train); relative to the "
                    + "working directory"));
    static final Parameter<String> POLICY_ACTIONS = DECLARED.add(Parameter.choice("policyActions", "greedy",
            "greedy", "sampled")
            .describe("how policy=learned chooses: the most probable action (greedy), or one drawn from the "
                    + "policy's distribution (sampled, from the run's random stream policy-actions)"));
    static final Parameter<Boolean> INTENT_SHARING = DECLARED.add(Parameter.flag("intentSharing", true)
            .describe("CAVs broadcast their intended trajectories over the sidelink"));
    static final Parameter<Boolean> SAFETY_MODULE = DECLARED.add(Parameter.flag("safetyModule", true)
            .describe("the safety module checks and may replace the CAVs' actions"));
    static final Parameter<Double> SIMULATION_RATE = DECLARED.add(Parameter.real("simulationRate", 15.0).unit("Hz")
            .range(1, 1000).describe("simulation steps per second"));
    static final Parameter<Integer> DECISION_EVERY = DECLARED.add(Parameter.integer("decisionEvery", 3).range(1, 1000)
            .describe("CAVs decide every this many simulation steps (3 at 15 Hz = 5 Hz)"));
    static final Parameter<Double> EPISODE_LENGTH = DECLARED.add(Parameter.duration("episodeLength", 20.0).positive()
            .describe("length of an episode (ends early on a CAV collision)"));
    static final Parameter<Integer> HORIZON_STEPS = DECLARED.add(Parameter.integer("horizonSteps", 15).range(1, 1000)
            .describe("intent and safety horizon, in simulation steps"));
    static final Parameter<Double> CAV_SHARE = DECLARED.add(Parameter.real("cavShare", 0.5).range(0, 1)
            .describe("share of CAVs among inflow vehicles"));
    static final Parameter<Double> MAIN_INFLOW = DECLARED.add(Parameter.real("mainInflow", 1080.0).unit("veh/h")
            .range(0, 10_000).describe("inflow into each main lane"));
    static final Parameter<Double> RAMP_INFLOW = DECLARED.add(Parameter.real("rampInflow", 1080.0).unit("veh/h")
            .range(0, 10_000).describe("inflow into the ramp"));
    static final Parameter<Double> SPAWN_SPEED = DECLARED.add(Parameter.real("spawnSpeed", 26.0).unit("m/s")
            .range(1, 60).describe("mean entry speed of inflow vehicles"));
    static final Parameter<Double> SPAWN_SPEED_SPREAD = DECLARED.add(Parameter.real("spawnSpeedSpread", 1.5)
            .unit("m/s").range(0, 20).describe("standard deviation of the inflow entry speed"));
    static final Parameter<Double> HIGHWAY_LENGTH = DECLARED.add(Parameter.real("highwayLength", 5000.0).unit("m")
            .range(500, 100_000).describe("length of the highway (road: highway)"));
    static final Parameter<Integer> HIGHWAY_LANES = DECLARED.add(Parameter.integer("highwayLanes", 2).range(1, 8)
            .describe("main lanes of the highway (road: highway)"));
    static final Parameter<Double> RAMP_START = DECLARED.add(Parameter.real("rampStart", 800.0).unit("m")
            .range(0, 100_000).describe("where the highway's on-ramp starts (road: highway)"));
    static final Parameter<Double> RAMP_STRAIGHT = DECLARED.add(Parameter.real("rampStraight", 100.0).unit("m")
            .range(1, 10_000).describe("straight length of the highway's ramp (road: highway)"));
    static final Parameter<Double> MERGE_LENGTH = DECLARED.add(Parameter.real("mergeLength", 200.0).unit("m")
            .range(10, 10_000).describe("length of the highway's merge lane (road: highway)"));
    static final Parameter<Double> STATE_INTERVAL = DECLARED.add(Parameter.duration("stateInterval", 1.0)
            .describe("time between VehicleMoved samples of every vehicle; 0 for none"));
    static final Parameter<Double> DETECTOR_INTERVAL = DECLARED.add(Parameter.duration("detectorInterval", 5.0)
            .describe("time between MergeTrafficMeasured readings (flow, speed, density at the merge); 0 for none"));
    static final Parameter<Double> TX_POWER = DECLARED.add(Parameter.real("txPower", SIDELINK.txPowerDbm()).unit("dBm")
            .range(-30, 40)
            .describe("sidelink transmit power"));
    static final Parameter<String> ACCESS_DELAY = DECLARED.add(Parameter.choice("accessDelay",
            SIDELINK.accessDelay().word(), "uniform",
            "fixed", "exponential").describe("distribution of the sidelink channel-access delay"));
    static final Parameter<Double> ACCESS_DELAY_TIME = DECLARED.add(Parameter.duration("accessDelayTime",
            SIDELINK.accessDelay().valueS())
            .describe("its selection window (uniform), value (fixed) or mean (exponential)"));
    static final Parameter<Double> SIDELINK_COLLISION = DECLARED.add(Parameter.real("sidelinkCollision",
            SIDELINK.collisionProbability())
            .range(0, 1).describe("share of decodable sidelink packets lost to simultaneous transmissions"));
    static final Parameter<Boolean> VEHICLE_BLOCKAGE = DECLARED.add(Parameter.flag("vehicleBlockage", true)
            .describe("a vehicle between sender and receiver makes the link NLOSv"));
    static final Parameter<Double> SAFETY_NOISE = DECLARED.add(Parameter.real("safetyNoise", 0.05).range(0, 0.5)
            .describe("relative spread of human accelerations in the safety module's predictions"));

    static final Parameter<String> RULES = DECLARED.add(Parameter.choice("rules", "agora", "agora", "study")
            .describe("preset of every rule below: Agora's, or the study's code's (each rule set explicitly "
                    + "overrides it)"));
    static final Parameter<String> MERGE_LANE = DECLARED.add(Parameter.choice("mergeLane", "rules", "rules", "open",
            "closed").describe("main-road vehicles may enter the merge lane (agora: open) or not (study: closed)"));
    static final Parameter<String> FOOTPRINT_SCALE = DECLARED.add(Parameter.choice("footprintScale", "rules",
            "rules", "1.0", "0.9")
            .describe("factor on the 5 x 2 m footprint in the collision test (agora: 1.0; study: 0.9)"));
    static final Parameter<String> CRASHED_VEHICLES = DECLARED.add(Parameter.choice("crashedVehicles", "rules",
            "rules", "removed", "stop")
            .describe("crashed vehicles leave the road (agora: removed) or brake to a stop in place (study: stop)"));
    static final Parameter<String> ROAD_END = DECLARED.add(Parameter.choice("roadEnd", "rules", "rules", "remove",
            "keep")
            .describe("vehicles leave at the road's end (agora: remove) or drive on (study: keep; inflow always "
                    + "removes)"));
    static final Parameter<String> OBSERVATION = DECLARED.add(Parameter.choice("observation", "rules", "rules",
            "agora", "study")
            .describe("CAV observation: ego x from the merge end, clipped (agora) or absolute, unclipped (study)"));
    static final Parameter<String> IDM_GAP = DECLARED.add(Parameter.choice("idmGap", "rules", "rules", "bumper",
            "centre").describe("IDM gap: bumper to bumper, s0 = 5 m (agora) or centre to centre, s0 = 10 m (study)"));
    static final Parameter<String> SAFETY_RULES = DECLARED.add(Parameter.choice("safetyRules", "rules", "rules",
            "agora", "study")
            .describe("safety module: Agora's, or the study's (1 s, 4 neighbours, frozen HDV accelerations, safety "
                    + "room)"));

    private static final ParameterSet PARAMETERS = DECLARED.build();

    static final String SET_CAV_SHARE = "set-cav-share";
    static final String SET_INTENT_SHARING = "set-intent-sharing";
    static final String SET_SAFETY_MODULE = "set-safety-module";
    static final Parameter<Double> SHARE = Parameter.real("share", 0.5).range(0, 1).describe("the new CAV share");
    static final Parameter<Boolean> ENABLED = Parameter.flag("enabled", true).describe("on or off");

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String summary() {
        return "On-ramp merge of HDVs and CAVs with intent sharing over V2V and a safety module (MAPPO-PIS)";
    }

    @Override
    public String description() {
        return "Human drivers (IDM/MOBIL, aggressive and defensive linear drivers) and connected automated vehicles "
                + "merge from an on-ramp; CAVs choose meta-actions at 5 Hz on a 15 Hz simulation, broadcast their "
                + "intended trajectories over a lossy, delayed C-V2X sidelink, and a safety module replaces unsafe "
                + "actions. Episodes of easy/medium/hard density (20 s, ending on a CAV collision) or a continuous "
                + "inflow; intent sharing and the safety module can be switched off. See docs/models/merge.md.";
    }

    @Override
    public ParameterSet parameters() {
        return PARAMETERS;
    }

    @Override
    public List<Action> actions() {
        return List.of(
                new Action(SET_CAV_SHARE, "set the CAV share of entering vehicles (inflow; in episodes, from the next one)",
                        ParameterSet.of(SHARE)),
                new Action(SET_INTENT_SHARING, "switch intent sharing on or off", ParameterSet.of(ENABLED)),
                new Action(SET_SAFETY_MODULE, "switch the safety module on or off", ParameterSet.of(ENABLED)));
    }

    @Override
    public double defaultUntil() {
        return 200;
    }

    @Override
    public List<Class<? extends Event>> events() {
        return VehicleEvents.TYPES;
    }

    @Override
    public List<Metric> metrics() {
        return MergeSummary.METRICS.all();
    }

    @Override
    public Optional<EventSummary> summaryFromEvents() {
        return Optional.of(new MergeSummary());
    }

    /** A learned policy must exist, be readable and observe what this scenario can show it. */
    @Override
    public void check(ScenarioSpec spec, SpecLocations where) {
        Parameters p = spec.parameters();
        if (!p.get(POLICY).equals(PolicyKind.LEARNED.word())) {
            return;
        }
        String model = "parameters." + MODEL.name();
        if (p.get(MODEL).isBlank()) {
            throw where.problem(model, "policy=learned needs model=PATH (a policy.json written by agora train)");
        }
        try {
            learned(p, null);
        } catch (BadInputException e) {
            throw where.problem(model, e.getMessage());
        }
    }

    /**
     * The learned policy of the parameters; {@code kernel} gives a sampling policy its random
     * stream (null when the policy is only checked, never run).
     */
    private static CavPolicy learned(Parameters p, Kernel kernel) {
        PolicyActions actions = PolicyActions.of(p.get(POLICY_ACTIONS));
        DoubleSupplier uniform = kernel == null ? () -> {
            throw new IllegalStateException("a checked policy does not decide");
        } : kernel.random(PolicyActions.STREAM)::nextDouble;
        return LearnedPolicyLoader.installed().load(Path.of(p.get(MODEL)), p.get(INTENT_SHARING),
                config(p).rules().observation().name().toLowerCase(java.util.Locale.ROOT), actions, uniform);
    }

    @Override
    public Model create(RunContext context) {
        Parameters p = context.parameters();
        MergeConfig config = config(p);
        CavPolicy policy = config.policy() == PolicyKind.LEARNED ? learned(p, context.kernel()) : config.policy().create();
        return new MergeModel(context, config, p.get(STATE_INTERVAL), p.get(DETECTOR_INTERVAL), policy);
    }

    /** The merge world of a model this scenario created (for benchmarks and tools), or null for another model. */
    public static MergeWorld worldOf(Model model) {
        return model instanceof MergeModel merge ? merge.world() : null;
    }

    /** The road the parameters describe (for a display that draws it before a run starts). */
    public static Road road(Parameters parameters) {
        return config(parameters).road();
    }

    /** The road a run's parameters name (the highway's dimensions apply to {@code road: highway} only). */
    static Road road(String kind, int highwayLanes, double highwayLength, double rampStart, double rampStraight,
            double mergeLength) {
        return switch (kind) {
            case "merge-v0" -> Roads.mergeV0();
            case "highway" -> Roads.highway(highwayLanes, highwayLength, rampStart, rampStraight, 100, mergeLength);
            default -> Roads.mappoPis();
        };
    }

    /** The world settings of the parameters' defaults ({@link MergeConfig#defaults()}). */
    static MergeConfig defaultConfig() {
        return config(PARAMETERS.defaults());
    }

    /** The world settings that resolved v2x-merge parameters describe (for trainers and tools). */
    public static MergeConfig configOf(Parameters parameters) {
        return config(parameters);
    }

    /** The world settings the parameters describe. */
    static MergeConfig config(Parameters p) {
        Road road = road(p.get(ROAD), p.get(HIGHWAY_LANES), p.get(HIGHWAY_LENGTH), p.get(RAMP_START),
                p.get(RAMP_STRAIGHT), p.get(MERGE_LENGTH));
        DriverSet drivers = p.get(DRIVERS).equals("highway-env") ? DriverSet.HIGHWAY_ENV : DriverSet.MAPPO_PIS;
        double rate = p.get(SIMULATION_RATE);
        int every = p.get(DECISION_EVERY);
        SidelinkConfig sidelink = SIDELINK
                .withMessagesPerSecond(Math.min(1000, rate / every))
                .withTxPowerDbm(p.get(TX_POWER))
                .withCollisionProbability(p.get(SIDELINK_COLLISION))
                .withAccessDelay(AccessDelay.of(p.get(ACCESS_DELAY), p.get(ACCESS_DELAY_TIME)));
        return new MergeConfig(road, drivers, Density.of(p.get(DENSITY)), rate, every, p.get(EPISODE_LENGTH),
                p.get(HORIZON_STEPS), p.get(INTENT_SHARING), p.get(SAFETY_MODULE), PolicyKind.of(p.get(POLICY)),
                p.get(CAV_SHARE), p.get(MAIN_INFLOW), p.get(RAMP_INFLOW), p.get(SPAWN_SPEED), p.get(SPAWN_SPEED_SPREAD),
                p.get(SAFETY_NOISE), sidelink, p.get(VEHICLE_BLOCKAGE), rules(p));
    }

    /** The rules the parameters describe: the {@code rules} preset, then each rule set explicitly. */
    static MergeRules rules(Parameters p) {
        MergeRules preset = MergeRules.preset(p.get(RULES));
        TrafficRules traffic = preset.traffic();
        if (!p.get(MERGE_LANE).equals("rules")) {
            traffic = traffic.withMergeLaneOpen(p.get(MERGE_LANE).equals("open"));
        }
        if (!p.get(FOOTPRINT_SCALE).equals("rules")) {
            traffic = traffic.withFootprintScale(Double.parseDouble(p.get(FOOTPRINT_SCALE)));
        }
        if (!p.get(CRASHED_VEHICLES).equals("rules")) {
            traffic = traffic.withCrashedStop(p.get(CRASHED_VEHICLES).equals("stop"));
        }
        if (!p.get(ROAD_END).equals("rules")) {
            traffic = traffic.withRemoveAtRoadEnd(p.get(ROAD_END).equals("remove"));
        }
        if (!p.get(IDM_GAP).equals("rules")) {
            traffic = traffic.withGapForm(GapForm.of(p.get(IDM_GAP)));
        }
        MergeRules rules = preset.withTraffic(traffic);
        if (!p.get(OBSERVATION).equals("rules")) {
            rules = rules.withObservation(ObservationLayout.of(p.get(OBSERVATION)));
        }
        if (!p.get(SAFETY_RULES).equals("rules")) {
            rules = rules.withSafety(SafetyRules.of(p.get(SAFETY_RULES)));
        }
        return rules;
    }
}

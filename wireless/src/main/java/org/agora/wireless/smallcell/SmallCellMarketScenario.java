package org.agora.wireless.smallcell;

import java.util.List;
import org.agora.core.event.Event;
import org.agora.core.scenario.Action;
import org.agora.core.scenario.Intervention;
import org.agora.core.scenario.Metric;
import org.agora.core.scenario.Model;
import org.agora.core.scenario.Parameter;
import org.agora.core.scenario.ParameterSet;
import org.agora.core.scenario.Population;
import org.agora.core.scenario.PopulationKind;
import org.agora.core.scenario.RunContext;
import org.agora.core.scenario.Scenario;
import org.agora.core.scenario.ScenarioSpec;
import org.agora.core.scenario.SpecLocations;
import org.agora.wireless.smallcell.events.SmallCellEvents;
import org.agora.wireless.smallcell.events.UserKind;

/**
 * {@code smallcell-market}: a dense city of small cells whose users, when their link degrades,
 * buy extra resource blocks from their nearest CoMP cluster until their handover completes; the
 * market and its baselines run on the same sequence of degradations (docs/models/smallcells.md).
 * Stateless and thread-safe.
 */
public final class SmallCellMarketScenario implements Scenario {

    public static final String ID = "smallcell-market";

    /** The scenario's parameters enter it as they are declared below, in this order. */
    private static final ParameterSet.Builder DECLARED = ParameterSet.builder();

    // The city.
    static final Parameter<Integer> COLUMNS = DECLARED.add(Parameter.integer("columns", 6).range(1, 100)
            .describe("city blocks west to east"));
    static final Parameter<Integer> ROWS = DECLARED.add(Parameter.integer("rows", 6).range(1, 100)
            .describe("city blocks south to north"));
    static final Parameter<Double> BLOCK_SIZE = DECLARED.add(Parameter.real("blockSize", 80.0).unit("m")
            .range(10, 1000).describe("side of a square city block (one building)"));
    static final Parameter<Double> STREET_WIDTH = DECLARED.add(Parameter.real("streetWidth", 20.0).unit("m")
            .range(6, 100).describe("width of a street, wall to wall"));
    static final Parameter<Double> MIN_BUILDING_HEIGHT = DECLARED.add(Parameter.real("minBuildingHeight", 12.0)
            .unit("m").range(0, 500).describe("lowest roof"));
    static final Parameter<Double> BUILDING_HEIGHT_RANGE = DECLARED.add(Parameter.real("buildingHeightRange", 28.0)
            .unit("m").range(0, 500).describe("roofs are uniform in [minBuildingHeight, minBuildingHeight + this]"));

    // The radio network.
    static final Parameter<Integer> CELLS = DECLARED.add(Parameter.integer("cells", 25).range(1, 10_000)
            .describe("small cells on lamp posts, spread by farthest-point sampling"));
    static final Parameter<Double> CELL_HEIGHT = DECLARED.add(Parameter.real("cellHeight", 10.0).unit("m")
            .range(1.5, 50).describe("antenna height of a small cell"));
    static final Parameter<Double> USER_HEIGHT = DECLARED.add(Parameter.real("userHeight", 1.5).unit("m")
            .range(1.1, 22.5).describe("antenna height of a user"));
    static final Parameter<Double> CARRIER = DECLARED.add(Parameter.real("carrier", 3.5).unit("GHz").range(0.5, 100)
            .describe("carrier frequency"));
    static final Parameter<Double> TX_POWER = DECLARED.add(Parameter.real("txPower", 30.0).unit("dBm").range(-30, 60)
            .describe("transmit power of a cell over the carrier"));
    static final Parameter<Double> NOISE_FIGURE = DECLARED.add(Parameter.real("noiseFigure", 9.0).unit("dB")
            .range(0, 30).describe("the user's receiver noise figure"));
    static final Parameter<Integer> BLOCKS_PER_CELL = DECLARED.add(Parameter.integer("blocksPerCell", 100)
            .range(1, 10_000).describe("resource blocks of a cell's carrier"));
    static final Parameter<Double> BLOCK_BANDWIDTH = DECLARED.add(Parameter.real("blockBandwidth", 180e3).unit("Hz")
            .range(1e3, 1e8).describe("bandwidth of one resource block"));
    static final Parameter<Integer> BLOCKS_PER_USER = DECLARED.add(Parameter.integer("blocksPerUser", 10)
            .range(1, 10_000)
            .describe("blocks a cell schedules to each user it serves (less when it has too many users)"));
    static final Parameter<String> RATE_MODEL = DECLARED.add(Parameter.choice("rateModel", "truncated-shannon",
            "truncated-shannon", "shannon").describe("bit rate from SINR: TR 36.942 truncated Shannon, or Shannon"));
    static final Parameter<Boolean> SHADOWING = DECLARED.add(Parameter.flag("shadowing", true)
            .describe("spatially correlated log-normal shadow fading on every link"));
    static final Parameter<Double> CHANNEL_UPDATE_DISTANCE = DECLARED.add(Parameter.real("channelUpdateDistance", 0.5)
            .unit("m").range(0.01, 100).describe("a user's links are recomputed after it moved this far"));

    // CoMP clusters.
    static final Parameter<Integer> CLUSTER_SIZE = DECLARED.add(Parameter.integer("clusterSize", 4).range(1, 1000)
            .describe("cells per CoMP cluster (the aim, for the grid rule)"));
    static final Parameter<String> CLUSTERING = DECLARED.add(Parameter.choice("clustering", "nearest", "nearest",
            "grid").describe("nearest: greedy nearest neighbours; grid: square tiles of the city"));

    // Measurements and handover.
    static final Parameter<Double> MEASUREMENT_INTERVAL = DECLARED.add(Parameter.duration("measurementInterval", 0.010)
            .range(0.001, 10).describe("time between two measurements (and moves) of every user"));
    static final Parameter<Integer> FILTER_COEFFICIENT = DECLARED.add(Parameter.integer("filterCoefficient", 4)
            .range(0, 19).describe("layer-3 filter coefficient k: F = (1 − a)F + aM, a = 1/2^(k/4)"));
    static final Parameter<Double> A3_OFFSET = DECLARED.add(Parameter.real("a3Offset", 0.0).unit("dB").range(-30, 30)
            .describe("A3 offset"));
    static final Parameter<Double> HYSTERESIS = DECLARED.add(Parameter.real("hysteresis", 3.0).unit("dB").range(0, 30)
            .describe("A3 hysteresis"));
    static final Parameter<Double> TIME_TO_TRIGGER = DECLARED.add(Parameter.duration("timeToTrigger", 0.256)
            .range(0, 10)
            .describe("A3 time-to-trigger (3GPP allows 0, 40, …, 256, …, 5120 ms; any value is accepted)"));
    static final Parameter<Double> PREPARATION_DELAY = DECLARED.add(Parameter.duration("preparationDelay", 0.050)
            .range(0, 10).describe("from the A3 report to the handover command"));
    static final Parameter<Double> EXECUTION_DELAY = DECLARED.add(Parameter.duration("executionDelay", 0.015)
            .range(0, 10).describe("from the command to detaching from the source"));
    static final Parameter<Double> INTERRUPTION = DECLARED.add(Parameter.duration("interruption", 0.0275).range(0, 10)
            .describe("user-plane interruption, detach to attach (ITU-R M.2134: 27.5 ms)"));
    static final Parameter<Double> PING_PONG_WINDOW = DECLARED.add(Parameter.duration("pingPongWindow", 1.0)
            .range(0, 100).describe("a handover back within this time of the previous one is a ping-pong"));

    // Degradation, requests and the market.
    static final Parameter<String> REQUEST_RULE = DECLARED.add(Parameter.choice("requestRule", "drop", "drop", "below")
            .describe("when a link is degraded: below: SINR under requestSinr; drop: that, and also requestDrop "
                    + "under its own average over dropWindow (an abrupt loss, not a poor spot)"));
    static final Parameter<Double> REQUEST_SINR = DECLARED.add(Parameter.real("requestSinr", 3.0).unit("dB")
            .range(-30, 50)
            .describe("a user whose serving SINR stays below this for requestHold asks for extra blocks"));
    static final Parameter<Double> REQUEST_DROP = DECLARED.add(Parameter.real("requestDrop", 6.0).unit("dB")
            .range(0, 100).describe("drop rule: how far under its average the SINR must fall"));
    static final Parameter<Double> DROP_WINDOW = DECLARED.add(Parameter.duration("dropWindow", 1.0).range(0.001, 1000)
            .describe("drop rule: time constant of the SINR's exponential average"));
    static final Parameter<Double> REQUEST_HOLD = DECLARED.add(Parameter.duration("requestHold", 0.020).range(0, 10)
            .describe("how long the SINR must stay below requestSinr"));
    static final Parameter<Double> RECOVERY_MARGIN = DECLARED.add(Parameter.real("recoveryMargin", 3.0).unit("dB")
            .range(0, 30).describe("a degraded link recovers when its SINR is requestSinr + this for recoveryHold"));
    static final Parameter<Double> RECOVERY_HOLD = DECLARED.add(Parameter.duration("recoveryHold", 0.200).range(0, 10)
            .describe("how long the SINR must stay above the recovery level"));
    static final Parameter<Double> TARGET_RATE = DECLARED.add(Parameter.real("targetRate", 4e6).unit("bit/s")
            .range(1e3, 1e10).describe("the rate a degraded user buys blocks to restore"));
    static final Parameter<Double> OUTAGE_RATE = DECLARED.add(Parameter.real("outageRate", 1e6).unit("bit/s")
            .range(0, 1e10).describe("a user below this rate is in outage"));
    static final Parameter<Integer> MAX_EXTRA_BLOCKS = DECLARED.add(Parameter.integer("maxExtraBlocks", 30)
            .range(1, 10_000).describe("most blocks a user asks for"));
    static final Parameter<Double> MESSAGE_DELAY = DECLARED.add(Parameter.duration("messageDelay", 0.001)
            .range(1e-6, 1)
            .describe("one-way delay of a market message (request, offer, bid, grant) between user and cluster"));
    static final Parameter<Double> GATHER_WINDOW = DECLARED.add(Parameter.duration("gatherWindow", 0.005)
            .range(1e-6, 10)
            .describe("a cluster opens a session this long after the first request reaches it, to gather others"));
    static final Parameter<Double> CONTROLLER_DELAY = DECLARED.add(Parameter.duration("controllerDelay", 0.005)
            .range(0, 10).describe("extra time a central controller takes to decide (equal split, optimum)"));
    static final Parameter<Double> RESERVE_PRICE = DECLARED.add(Parameter.real("reservePrice", 0.02)
            .unit("credits/(block·s)").range(0, 1e6).describe("a cell's cost of lending a block; it lends at no less"));
    static final Parameter<Double> BID_INCREMENT = DECLARED.add(Parameter.real("bidIncrement", 0.005)
            .unit("credits/(block·s)").range(1e-9, 1e6).describe("the market's ε: the least a bid raises a price by"));
    static final Parameter<Integer> MAX_ROUNDS = DECLARED.add(Parameter.integer("maxRounds", 50).range(1, 1_000_000)
            .describe("the market's round cap"));
    static final Parameter<Double> RETRY_INTERVAL = DECLARED.add(Parameter.duration("retryInterval", 0.250)
            .range(0, 100).describe("a degraded user who got nothing asks again after this"));
    static final Parameter<Double> MAX_GRANT = DECLARED.add(Parameter.duration("maxGrant", 5.0).range(0.001, 1e6)
            .describe("longest a grant lasts if neither handover nor recovery ends it"));
    static final Parameter<String> ALLOCATOR = DECLARED.add(Parameter.choice("allocator", "market", "market",
            "equal-split", "optimum", "wait-for-handover")
            .describe("the allocator whose messages are published as events (all four run on the same degradations "
                    + "and are compared in summary.json)"));

    // Blockage.
    static final Parameter<Double> BLOCKAGE_RATE = DECLARED.add(Parameter.real("blockageRate", 0.5).unit("1/min")
            .range(0, 1e4).describe("random blockages of a user's serving link per minute (Poisson)"));
    static final Parameter<Double> BLOCKAGE_DEPTH = DECLARED.add(Parameter.real("blockageDepth", 20.0).unit("dB")
            .range(0, 100).describe("extra loss of a random blockage"));
    static final Parameter<Double> BLOCKAGE_DURATION = DECLARED.add(Parameter.duration("blockageDuration", 2.0)
            .range(0, 1e4).describe("mean length of a random blockage (exponential)"));

    // Output.
    static final Parameter<Double> REPORT_INTERVAL = DECLARED.add(Parameter.duration("reportInterval", 1.0)
            .range(0, 1e6).describe("each user publishes a MeasurementReported event this often (0: never)"));

    private static final ParameterSet PARAMETERS = DECLARED.build();

    // Population kinds: the same names with each kind's defaults.
    private static final ParameterSet.Builder PEDESTRIAN_DECLARED = ParameterSet.builder();
    private static final ParameterSet.Builder VEHICLE_DECLARED = ParameterSet.builder();
    static final Parameter<Double> SPEED = PEDESTRIAN_DECLARED.add(Parameter.real("speed", 1.4).unit("m/s")
            .range(0.01, 100).describe("mean speed (each user's is drawn within ±30%)"));
    static final Parameter<Double> VALUE_PER_MBIT = PEDESTRIAN_DECLARED.add(Parameter.real("valuePerMbit", 1.0)
            .unit("credits/Mbit").range(0, 1e6).describe("mean value of data (each user's is drawn within ±50%)"));
    static final Parameter<Double> BUDGET = PEDESTRIAN_DECLARED.add(Parameter.real("budget", 10.0).unit("credits/s")
            .range(0, 1e9).describe("most a user spends per second on extra blocks"));
    static final Parameter<Double> VEHICLE_SPEED = VEHICLE_DECLARED.add(Parameter.real("speed", 10.0).unit("m/s")
            .range(0.01, 100).describe("mean speed when moving (each user's is drawn within ±30%)"));
    static final Parameter<Double> VEHICLE_VALUE_PER_MBIT = VEHICLE_DECLARED.add(Parameter.real("valuePerMbit", 2.0)
            .unit("credits/Mbit").range(0, 1e6).describe("mean value of data (each user's is drawn within ±50%)"));
    static final Parameter<Double> VEHICLE_BUDGET = VEHICLE_DECLARED.add(Parameter.real("budget", 20.0)
            .unit("credits/s").range(0, 1e9).describe("most a user spends per second on extra blocks"));
    static final Parameter<Double> STOP_PROBABILITY = VEHICLE_DECLARED.add(Parameter.real("stopProbability", 0.3)
            .range(0, 1).describe("chance to stop at an intersection (a light, a knot of traffic)"));
    static final Parameter<Double> MEAN_STOP = VEHICLE_DECLARED.add(Parameter.duration("meanStop", 8.0).range(0, 1e4)
            .describe("mean length of a stop (exponential)"));

    static final PopulationKind PEDESTRIAN = new PopulationKind(UserKind.PEDESTRIAN.word(),
            "walks the sidewalks 1.5 m from the walls, turning at random",
            PEDESTRIAN_DECLARED.build());
    static final PopulationKind VEHICLE = new PopulationKind(UserKind.VEHICLE.word(),
            "drives the near lane, turning at random and stopping at some intersections",
            VEHICLE_DECLARED.build());

    // Actions.
    static final Parameter<Integer> USER = Parameter.integer("user", 0).atLeast(0).describe("the user's number (ue-N)");
    static final Parameter<Integer> CELL = Parameter.integer("cell", -1).atLeast(-1)
            .describe("the cell whose link is blocked (bs-N), or -1 for the user's serving cell");
    static final Parameter<Double> DEPTH = Parameter.real("depthDb", 25.0).unit("dB").range(0, 100)
            .describe("extra loss");
    static final Parameter<Double> DURATION = Parameter.duration("duration", 10.0).range(0, 1e6)
            .describe("how long the blockage lasts");
    static final Parameter<Double> X = Parameter.real("x", 0.0).unit("m").describe("east coordinate of the centre");
    static final Parameter<Double> Y = Parameter.real("y", 0.0).unit("m").describe("north coordinate of the centre");
    static final Parameter<Double> RADIUS = Parameter.real("radius", 30.0).unit("m").range(0, 1e5)
            .describe("users within this distance are affected");
    static final Parameter<Double> RATE = Parameter.real("rate", 0.5).unit("1/min").range(0, 1e4)
            .describe("new random blockage rate per user");

    static final Action BLOCK_LINK = new Action("block-link",
            "block one user's link (to its serving cell, or to a given cell) by depthDb for a duration",
            ParameterSet.of(USER, DEPTH, DURATION, CELL));
    static final Action BLOCK_AREA = new Action("block-area",
            "a knot of traffic: block the serving link of every user within radius of (x, y)",
            ParameterSet.of(X, Y, RADIUS, DEPTH, DURATION));
    static final Action SET_BLOCKAGE_RATE = new Action("set-blockage-rate",
            "change the rate of random blockages (a blockage storm, and its end)", ParameterSet.of(RATE));

    @Override
    public String id() {
        return ID;
    }

    @Override
    public String summary() {
        return "Small cells in a Manhattan city: users buy extra blocks from a CoMP cluster until their handover completes";
    }

    @Override
    public String description() {
        return "Pedestrians and vehicles move through a Manhattan grid of buildings served by small cells on lamp posts "
                + "(3GPP UMi street canyon, line of sight decided by the buildings, correlated shadowing, blockages). "
                + "Handovers follow event A3 with time-to-trigger, preparation, execution and a user-plane interruption. "
                + "A user whose link degrades asks its nearest CoMP cluster for extra resource blocks: an ascending "
                + "bilateral market, an equal split, a centralized optimum and no extra bandwidth all run on the same "
                + "degradations, and summary.json compares them (outage, bits during handovers, time to grant, welfare, "
                + "revenue, fairness, gap to the optimum).";
    }

    @Override
    public ParameterSet parameters() {
        return PARAMETERS;
    }

    @Override
    public List<PopulationKind> populationKinds() {
        return List.of(PEDESTRIAN, VEHICLE);
    }

    @Override
    public Population defaultPopulation() {
        return Population.of(PEDESTRIAN.group(90), VEHICLE.group(30));
    }

    @Override
    public List<Action> actions() {
        return List.of(BLOCK_LINK, BLOCK_AREA, SET_BLOCKAGE_RATE);
    }

    @Override
    public double defaultUntil() {
        return 120;
    }

    @Override
    public List<Class<? extends Event>> events() {
        return SmallCellEvents.TYPES;
    }

    @Override
    public List<Metric> metrics() {
        return SmallCellSummary.METRICS.all();
    }

    /** More cells than lamp posts, or a blocked link of a user or cell the run lacks, is bad input. */
    @Override
    public void check(ScenarioSpec spec, SpecLocations where) {
        SmallCellConfig config = SmallCellConfig.from(spec.parameters(), spec.population());
        int room = SmallCellModel.lampPosts(config.city());
        if (config.radio().cells() > room) {
            throw where.problem("parameters.cells", "a " + config.city().columns() + "×" + config.city().rows()
                    + " city has lamp posts for " + room + " cells, not " + config.radio().cells());
        }
        for (int i = 0; i < spec.interventions().size(); i++) {
            Intervention intervention = spec.interventions().get(i);
            if (!intervention.action().equals(BLOCK_LINK.name())) {
                continue;
            }
            int user = intervention.arguments().get(USER);
            int cell = intervention.arguments().get(CELL);
            if (user >= config.users()) {
                throw where.problem("interventions[" + i + "].user", "no user " + user + " (this run has "
                        + config.users() + ", numbered from 0)");
            }
            if (cell >= config.radio().cells()) {
                throw where.problem("interventions[" + i + "].cell", "no cell " + cell + " (this run has "
                        + config.radio().cells() + ", numbered from 0)");
            }
        }
    }

    @Override
    public Model create(RunContext context) {
        return new SmallCellModel(context, SmallCellConfig.from(context.parameters(), context.population()));
    }

    /**
     * The summary from a run's events: the same {@link SmallCellTally} the model computes its own
     * summary with, so the two agree.
     */
    @Override
    public java.util.Optional<org.agora.core.scenario.EventSummary> summaryFromEvents() {
        return java.util.Optional.of(new SmallCellTally());
    }

    /** A read-only view of a model this scenario created (for displays and tools), or null for another model. */
    public static SmallCellView viewOf(Model model) {
        return model instanceof SmallCellModel smallCells ? new SmallCellView(smallCells) : null;
    }
}

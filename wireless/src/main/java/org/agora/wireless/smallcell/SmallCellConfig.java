package org.agora.wireless.smallcell;

import static org.agora.wireless.smallcell.SmallCellMarketScenario.*;

import java.util.ArrayList;
import java.util.List;
import org.agora.core.scenario.Parameters;
import org.agora.core.scenario.Population;
import org.agora.wireless.channel.RateModel;
import org.agora.wireless.city.MoverProfile;
import org.agora.wireless.comp.ClusteringRule;
import org.agora.wireless.handover.A3Rule;
import org.agora.wireless.handover.HandoverConfig;
import org.agora.wireless.smallcell.events.UserKind;

/**
 * Everything a small-cell run is configured with, resolved and checked from the scenario's
 * parameters and population. Units: metres, seconds, dB/dBm, Hz, bit/s, blocks, credits.
 *
 * @param city the city's geometry
 * @param radio cells, propagation and CoMP clusters
 * @param measurementIntervalS time between two measurements (and moves)
 * @param handover the handover procedure
 * @param market degradation, requests and the allocators
 * @param blockage random blockages
 * @param reportIntervalS how often each user publishes a measurement report (0: never)
 * @param groups the users, group by group
 */
public record SmallCellConfig(City city, Radio radio, double measurementIntervalS, HandoverConfig handover, Market market,
        Blockage blockage, double reportIntervalS, List<UserGroup> groups) {

    /**
     * @param columns blocks west to east
     * @param rows blocks south to north
     * @param blockSizeM side of a block
     * @param streetWidthM width of a street
     * @param minBuildingHeightM lowest roof
     * @param buildingHeightRangeM roofs are uniform in [min, min + range]
     */
    public record City(int columns, int rows, double blockSizeM, double streetWidthM, double minBuildingHeightM,
            double buildingHeightRangeM) {
    }

    /**
     * @param cells number of small cells
     * @param cellHeightM cell antenna height
     * @param userHeightM user antenna height
     * @param carrierGHz carrier frequency
     * @param txPowerDbm a cell's transmit power over the carrier
     * @param noiseFigureDb the user's noise figure
     * @param blocksPerCell resource blocks of the carrier
     * @param blockBandwidthHz bandwidth of a block
     * @param blocksPerUser blocks a cell schedules to each user it serves
     * @param rateModel bit rate from SINR
     * @param shadowing correlated shadow fading on or off
     * @param channelUpdateDistanceM links are recomputed after a user moved this far
     * @param clusterSize cells per CoMP cluster
     * @param clustering how cells are clustered
     */
    public record Radio(int cells, double cellHeightM, double userHeightM, double carrierGHz, double txPowerDbm,
            double noiseFigureDb, int blocksPerCell, double blockBandwidthHz, int blocksPerUser, RateModel rateModel,
            boolean shadowing, double channelUpdateDistanceM, int clusterSize, ClusteringRule clustering) {
    }

    /**
     * @param dropRule whether a degradation also needs an abrupt drop (else a low SINR suffices)
     * @param requestSinrDb a serving SINR below this (for the hold time) is a degradation
     * @param requestDropDb drop rule: how far under its average the SINR must be
     * @param dropWindowS drop rule: time constant of the average
     * @param requestHoldS how long it must stay below
     * @param recoveryMarginDb recovery needs requestSinrDb + this
     * @param recoveryHoldS for this long
     * @param targetRateBps the rate a degraded user buys blocks to restore
     * @param outageRateBps below this rate a user is in outage
     * @param maxExtraBlocks most blocks a user asks for
     * @param messageDelayS one-way delay of a market message
     * @param gatherWindowS a cluster opens a session this long after the first request arrives
     * @param controllerDelayS a central controller's decision time
     * @param reservePrice a cell's cost of lending a block, credits per block per second
     * @param bidIncrement the market's ε, credits per block per second
     * @param maxRounds the market's round cap
     * @param retryIntervalS a degraded user who got nothing asks again after this
     * @param maxGrantS longest a grant lasts
     * @param published the allocator whose messages become events
     */
    public record Market(boolean dropRule, double requestSinrDb, double requestDropDb, double dropWindowS,
            double requestHoldS, double recoveryMarginDb, double recoveryHoldS,
            double targetRateBps, double outageRateBps, int maxExtraBlocks, double messageDelayS, double gatherWindowS,
            double controllerDelayS,
            double reservePrice, double bidIncrement, int maxRounds, double retryIntervalS, double maxGrantS,
            String published) {
    }

    /**
     * @param ratePerMinute random blockages per user per minute
     * @param depthDb extra loss of one
     * @param meanDurationS mean length (exponential)
     */
    public record Blockage(double ratePerMinute, double depthDb, double meanDurationS) {
    }

    /**
     * @param kind pedestrian or vehicle
     * @param count users in the group
     * @param mover how they move
     * @param valuePerMbit mean value of data, credits per Mbit
     * @param budget most they spend, credits per second
     */
    public record UserGroup(UserKind kind, int count, MoverProfile mover, double valuePerMbit, double budget) {
    }

    /** Reads the configuration of a run. */
    public static SmallCellConfig from(Parameters p, Population population) {
        double streetWidth = p.get(STREET_WIDTH);
        City city = new City(p.get(COLUMNS), p.get(ROWS), p.get(BLOCK_SIZE), streetWidth, p.get(MIN_BUILDING_HEIGHT),
                p.get(BUILDING_HEIGHT_RANGE));
        Radio radio = new Radio(p.get(CELLS), p.get(CELL_HEIGHT), p.get(USER_HEIGHT), p.get(CARRIER), p.get(TX_POWER),
                p.get(NOISE_FIGURE), p.get(BLOCKS_PER_CELL), p.get(BLOCK_BANDWIDTH), p.get(BLOCKS_PER_USER),
                RateModel.named(p.get(RATE_MODEL)), p.get(SHADOWING), p.get(CHANNEL_UPDATE_DISTANCE),
                p.get(CLUSTER_SIZE), ClusteringRule.named(p.get(CLUSTERING)));
        HandoverConfig handover = new HandoverConfig(p.get(FILTER_COEFFICIENT),
                new A3Rule(p.get(A3_OFFSET), p.get(HYSTERESIS), p.get(TIME_TO_TRIGGER)), p.get(PREPARATION_DELAY),
                p.get(EXECUTION_DELAY), p.get(INTERRUPTION), p.get(PING_PONG_WINDOW));
        Market market = new Market(p.get(REQUEST_RULE).equals("drop"), p.get(REQUEST_SINR), p.get(REQUEST_DROP),
                p.get(DROP_WINDOW), p.get(REQUEST_HOLD), p.get(RECOVERY_MARGIN),
                p.get(RECOVERY_HOLD), p.get(TARGET_RATE), p.get(OUTAGE_RATE), p.get(MAX_EXTRA_BLOCKS),
                p.get(MESSAGE_DELAY), p.get(GATHER_WINDOW), p.get(CONTROLLER_DELAY), p.get(RESERVE_PRICE), p.get(BID_INCREMENT),
                p.get(MAX_ROUNDS), p.get(RETRY_INTERVAL), p.get(MAX_GRANT), p.get(ALLOCATOR));
        Blockage blockage = new Blockage(p.get(BLOCKAGE_RATE), p.get(BLOCKAGE_DEPTH), p.get(BLOCKAGE_DURATION));
        List<UserGroup> groups = new ArrayList<>();
        for (Population.Group group : population.groups()) {
            Parameters g = group.parameters();
            double speed = g.get(SPEED);
            MoverProfile mover;
            UserKind kind = UserKind.of(group.kind());
            if (kind == UserKind.VEHICLE) {
                mover = new MoverProfile(speed, 0.3 * speed, streetWidth / 4, 0.5, g.get(STOP_PROBABILITY),
                        g.get(MEAN_STOP));
            } else {
                mover = new MoverProfile(speed, 0.3 * speed, Math.min(1.5, streetWidth / 4), 0.5, 0, 0);
            }
            groups.add(new UserGroup(kind, group.count(), mover, g.get(VALUE_PER_MBIT),
                    g.get(BUDGET)));
        }
        return new SmallCellConfig(city, radio, p.get(MEASUREMENT_INTERVAL), handover, market, blockage,
                p.get(REPORT_INTERVAL), List.copyOf(groups));
    }

    /** The number of users. */
    public int users() {
        int total = 0;
        for (UserGroup group : groups) {
            total += group.count();
        }
        return total;
    }
}

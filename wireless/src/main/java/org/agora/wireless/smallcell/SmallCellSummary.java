package org.agora.wireless.smallcell;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agora.core.scenario.Metric;
import org.agora.core.scenario.MetricSet;
import org.agora.core.scenario.Summary;

/**
 * The summary of a small-cell run, from what a {@link SmallCellTally} added up of its events.
 * Metrics that compare allocators are maps keyed by allocator ({@code market},
 * {@code waitForHandover}, {@code equalSplit}, {@code optimum}, always in that order): outage, bits
 * during handovers and time to grant come from each allocator living through the run on its own
 * ledger; welfare, revenue, fairness and the gap come from every allocator run on the very
 * instances of the published allocator's sessions. Stateless.
 */
final class SmallCellSummary {

    /** The metrics, declared once: each constant is listed here and keys its value in {@link #of}. */
    static final MetricSet METRICS = new MetricSet();
    static final Metric ALLOCATOR = METRICS.declare("allocator", "",
            "the allocator whose messages were published as events");
    static final Metric USERS = METRICS.declare("users", "users", "users in the city");
    static final Metric CELLS = METRICS.declare("cells", "cells", "small cells");
    static final Metric CLUSTERS = METRICS.declare("clusters", "clusters", "CoMP clusters");
    static final Metric DEGRADATIONS = METRICS.declare("degradations", "degradations",
            "times a user's serving link degraded (the onsets of requests)");
    static final Metric BLOCKAGES = METRICS.declare("blockages", "blockages",
            "link blockages (random and by intervention)");
    static final Metric HANDOVERS = METRICS.declare("handovers", "handovers", "handovers completed");
    static final Metric PING_PONGS = METRICS.declare("pingPongs", "handovers",
            "handovers back to the previous cell within the ping-pong window");
    static final Metric SESSIONS = METRICS.declare("sessions", "sessions",
            "allocation sessions of the published allocator (the compared instances)");
    static final Metric SESSION_USERS_MEAN = METRICS.declare("sessionUsersMean", "users",
            "users per compared instance, mean");
    static final Metric SESSION_USERS_MAX = METRICS.declare("sessionUsersMax", "users",
            "users in the largest compared instance");
    static final Metric MARKET_ROUNDS_MEAN = METRICS.declare("marketRoundsMean", "rounds",
            "rounds per session of the published allocator (0 if not the market)");
    static final Metric MARKET_ROUNDS_MAX = METRICS.declare("marketRoundsMax", "rounds", "most rounds of one session");
    static final Metric OUTAGE_TIME = METRICS.declare("outageTime", "user·s",
            "time users spent below the outage rate, by allocator");
    static final Metric DEGRADED_OUTAGE_TIME = METRICS.declare("degradedOutageTime", "user·s",
            "the same, counting only degraded users, by allocator");
    static final Metric BITS_DURING_HANDOVERS = METRICS.declare("bitsDuringHandovers", "bit",
            "bits delivered between handover triggers and completions, by allocator");
    static final Metric REQUESTS = METRICS.declare("requests", "requests",
            "requests sent, by allocator (none when waiting for the handover)");
    static final Metric GRANTED_REQUESTS = METRICS.declare("grantedRequests", "requests",
            "requests that got at least one block, by allocator");
    static final Metric TIME_TO_GRANT = METRICS.declare("timeToGrant", "s",
            "mean time from request to grant, by allocator (null without grants)");
    static final Metric WELFARE = METRICS.declare("welfare", "credits/s",
            "Σ over compared instances of blocks·(value − reserve), by allocator");
    static final Metric REVENUE = METRICS.declare("revenue", "credits/s",
            "Σ over compared instances of payments, by allocator");
    static final Metric JAIN_FAIRNESS = METRICS.declare("jainFairness", "fraction",
            "mean over compared instances of Jain's index of the users' satisfaction min(1, rate/targetRate), by "
            + "allocator");
    static final Metric GAP_TO_OPTIMUM = METRICS.declare("gapToOptimum", "fraction",
            "1 − welfare/optimum's welfare over the compared instances, by allocator");
    static final Metric RATE_AROUND_DEGRADATION = METRICS.declare("rateAroundDegradation", "bit/s",
            "mean rate of degraded users in 50 ms bins from 0.5 s before to 2.5 s after the onset: offsetS and "
            + "one list per allocator");

    private SmallCellSummary() {
    }

    /** The summary of the events a tally has added up. */
    static Map<String, Object> of(SmallCellTally tally) {
        Summary summary = METRICS.summary();
        summary.put(ALLOCATOR, tally.published());
        summary.put(USERS, tally.users());
        summary.put(CELLS, tally.cells());
        summary.put(CLUSTERS, tally.clusters());
        summary.put(DEGRADATIONS, tally.degradations());
        summary.put(BLOCKAGES, tally.blockages());
        summary.put(HANDOVERS, tally.handovers());
        summary.put(PING_PONGS, tally.pingPongs());
        summary.put(SESSIONS, tally.sessions());
        summary.put(SESSION_USERS_MEAN, tally.meanUsers());
        summary.put(SESSION_USERS_MAX, tally.largestSession());
        summary.put(MARKET_ROUNDS_MEAN, tally.meanRounds());
        summary.put(MARKET_ROUNDS_MAX, tally.mostRounds());
        List<String> names = tally.allocators();
        summary.put(OUTAGE_TIME, byAllocator(names, tally::outageS));
        summary.put(DEGRADED_OUTAGE_TIME, byAllocator(names, tally::degradedOutageS));
        summary.put(BITS_DURING_HANDOVERS, byAllocator(names, tally::bitsDuringHandovers));
        summary.put(REQUESTS, byAllocator(names, tally::requests));
        summary.put(GRANTED_REQUESTS, byAllocator(names, tally::grantedRequests));
        summary.put(TIME_TO_GRANT, byAllocator(names, tally::timeToGrant));
        int optimum = SmallCellModel.optimumIndex();
        summary.put(WELFARE, byAllocator(names, tally::welfare));
        summary.put(REVENUE, byAllocator(names, tally::revenue));
        summary.put(JAIN_FAIRNESS, byAllocator(names, tally::meanJain));
        summary.put(GAP_TO_OPTIMUM, byAllocator(names, a -> tally.gap(a, optimum)));
        Map<String, Object> trace = new LinkedHashMap<>();
        trace.put("offsetS", list(RateTrace.offsets()));
        for (int a = 0; a < names.size(); a++) {
            trace.put(names.get(a), list(tally.rateMeans(a)));
        }
        summary.put(RATE_AROUND_DEGRADATION, trace);
        return summary.asMap();
    }

    private static Map<String, Object> byAllocator(List<String> names, java.util.function.IntFunction<Object> metric) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (int a = 0; a < names.size(); a++) {
            values.put(names.get(a), metric.apply(a));
        }
        return values;
    }

    private static List<Double> list(double[] values) {
        return java.util.Arrays.stream(values).map(v -> Math.round(v * 1000) / 1000.0).boxed().toList();
    }
}

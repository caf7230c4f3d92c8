package org.agora.wireless.smallcell;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agora.core.scenario.Metric;

/**
 * The summary of a small-cell run, from what a {@link SmallCellTally} added up of its events.
 * Metrics that compare allocators are maps keyed by allocator ({@code market},
 * {@code waitForHandover}, {@code equalSplit}, {@code optimum}, always in that order): outage, bits
 * during handovers and time to grant come from each allocator living through the run on its own
 * ledger; welfare, revenue, fairness and the gap come from every allocator run on the very
 * instances of the published allocator's sessions. Stateless.
 */
final class SmallCellSummary {

    static final List<Metric> METRICS = List.of(
            new Metric("allocator", "", "the allocator whose messages were published as events"),
            new Metric("users", "users", "users in the city"),
            new Metric("cells", "cells", "small cells"),
            new Metric("clusters", "clusters", "CoMP clusters"),
            new Metric("degradations", "degradations", "times a user's serving link degraded (the onsets of requests)"),
            new Metric("blockages", "blockages", "link blockages (random and by intervention)"),
            new Metric("handovers", "handovers", "handovers completed"),
            new Metric("pingPongs", "handovers", "handovers back to the previous cell within the ping-pong window"),
            new Metric("sessions", "sessions", "allocation sessions of the published allocator (the compared instances)"),
            new Metric("sessionUsersMean", "users", "users per compared instance, mean"),
            new Metric("sessionUsersMax", "users", "users in the largest compared instance"),
            new Metric("marketRoundsMean", "rounds", "rounds per session of the published allocator (0 if not the market)"),
            new Metric("marketRoundsMax", "rounds", "most rounds of one session"),
            new Metric("outageTime", "user·s", "time users spent below the outage rate, by allocator"),
            new Metric("degradedOutageTime", "user·s", "the same, counting only degraded users, by allocator"),
            new Metric("bitsDuringHandovers", "bit", "bits delivered between handover triggers and completions, by allocator"),
            new Metric("requests", "requests", "requests sent, by allocator (none when waiting for the handover)"),
            new Metric("grantedRequests", "requests", "requests that got at least one block, by allocator"),
            new Metric("timeToGrant", "s", "mean time from request to grant, by allocator (null without grants)"),
            new Metric("welfare", "credits/s", "Σ over compared instances of blocks·(value − reserve), by allocator"),
            new Metric("revenue", "credits/s", "Σ over compared instances of payments, by allocator"),
            new Metric("jainFairness", "fraction", "mean over compared instances of Jain's index of the users' satisfaction "
                    + "min(1, rate/targetRate), by allocator"),
            new Metric("gapToOptimum", "fraction", "1 − welfare/optimum's welfare over the compared instances, by allocator"),
            new Metric("rateAroundDegradation", "bit/s", "mean rate of degraded users in 50 ms bins from 0.5 s before to "
                    + "2.5 s after the onset: offsetS and one list per allocator"));

    private SmallCellSummary() {
    }

    /** The summary of the events a tally has added up. */
    static Map<String, Object> of(SmallCellTally tally) {
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("allocator", tally.published());
        summary.put("users", tally.users());
        summary.put("cells", tally.cells());
        summary.put("clusters", tally.clusters());
        summary.put("degradations", tally.degradations());
        summary.put("blockages", tally.blockages());
        summary.put("handovers", tally.handovers());
        summary.put("pingPongs", tally.pingPongs());
        summary.put("sessions", tally.sessions());
        summary.put("sessionUsersMean", tally.meanUsers());
        summary.put("sessionUsersMax", tally.largestSession());
        summary.put("marketRoundsMean", tally.meanRounds());
        summary.put("marketRoundsMax", tally.mostRounds());
        List<String> names = tally.allocators();
        summary.put("outageTime", byAllocator(names, tally::outageS));
        summary.put("degradedOutageTime", byAllocator(names, tally::degradedOutageS));
        summary.put("bitsDuringHandovers", byAllocator(names, tally::bitsDuringHandovers));
        summary.put("requests", byAllocator(names, tally::requests));
        summary.put("grantedRequests", byAllocator(names, tally::grantedRequests));
        summary.put("timeToGrant", byAllocator(names, tally::timeToGrant));
        int optimum = SmallCellModel.optimumIndex();
        summary.put("welfare", byAllocator(names, tally::welfare));
        summary.put("revenue", byAllocator(names, tally::revenue));
        summary.put("jainFairness", byAllocator(names, tally::meanJain));
        summary.put("gapToOptimum", byAllocator(names, a -> tally.gap(a, optimum)));
        Map<String, Object> trace = new LinkedHashMap<>();
        trace.put("offsetS", list(RateTrace.offsets()));
        for (int a = 0; a < names.size(); a++) {
            trace.put(names.get(a), list(tally.rateMeans(a)));
        }
        summary.put("rateAroundDegradation", trace);
        return summary;
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

package org.agora.wireless.smallcell;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agora.core.scenario.Metric;

/**
 * The summary of a small-cell run. Metrics that compare allocators are maps keyed by allocator
 * ({@code market}, {@code waitForHandover}, {@code equalSplit}, {@code optimum}, always in that
 * order): outage, bits during handovers and time to grant come from each allocator living
 * through the run on its own ledger; welfare, revenue, fairness and the gap come from every
 * allocator run on the very instances of the published allocator's sessions. Stateless.
 */
final class SmallCellSummary {

    static final List<Metric> METRICS = List.of(
            new Metric("allocator", "", "the allocator whose messages were published as events"),
            new Metric("users", "", "users in the city"),
            new Metric("cells", "", "small cells"),
            new Metric("clusters", "", "CoMP clusters"),
            new Metric("degradations", "", "times a user's serving link degraded (the onsets of requests)"),
            new Metric("blockages", "", "link blockages (random and by intervention)"),
            new Metric("handovers", "", "handovers completed"),
            new Metric("pingPongs", "", "handovers back to the previous cell within the ping-pong window"),
            new Metric("sessions", "", "allocation sessions of the published allocator (the compared instances)"),
            new Metric("sessionUsersMean", "", "users per compared instance, mean"),
            new Metric("sessionUsersMax", "", "users in the largest compared instance"),
            new Metric("marketRoundsMean", "", "rounds per session of the published allocator (0 if not the market)"),
            new Metric("marketRoundsMax", "", "most rounds of one session"),
            new Metric("outageTime", "user·s", "time users spent below the outage rate, by allocator"),
            new Metric("degradedOutageTime", "user·s", "the same, counting only degraded users, by allocator"),
            new Metric("bitsDuringHandovers", "bit", "bits delivered between handover triggers and completions, by allocator"),
            new Metric("requests", "", "requests sent, by allocator (none when waiting for the handover)"),
            new Metric("grantedRequests", "", "requests that got at least one block, by allocator"),
            new Metric("timeToGrant", "s", "mean time from request to grant, by allocator (null without grants)"),
            new Metric("welfare", "credits/s", "Σ over compared instances of blocks·(value − reserve), by allocator"),
            new Metric("revenue", "credits/s", "Σ over compared instances of payments, by allocator"),
            new Metric("jainFairness", "", "mean over compared instances of Jain's index of the users' satisfaction "
                    + "min(1, rate/targetRate), by allocator"),
            new Metric("gapToOptimum", "", "1 − welfare/optimum's welfare over the compared instances, by allocator"),
            new Metric("rateAroundDegradation", "bit/s", "mean rate of degraded users in 50 ms bins from 0.5 s before to "
                    + "2.5 s after the onset: offsetS and one list per allocator"));

    private SmallCellSummary() {
    }

    static Map<String, Object> of(SmallCellModel model) {
        Contender[] contenders = model.contenders();
        SessionComparison comparison = model.comparison();
        Map<String, Object> summary = new LinkedHashMap<>();
        summary.put("allocator", model.published().name);
        summary.put("users", model.userCount());
        summary.put("cells", model.cellCount());
        summary.put("clusters", model.clusters().count());
        summary.put("degradations", model.degradations());
        summary.put("blockages", model.blockages());
        summary.put("handovers", model.handovers());
        summary.put("pingPongs", model.pingPongs());
        summary.put("sessions", comparison.sessions());
        summary.put("sessionUsersMean", comparison.meanUsers());
        summary.put("sessionUsersMax", comparison.largest());
        summary.put("marketRoundsMean", comparison.meanRounds());
        summary.put("marketRoundsMax", comparison.mostRounds());
        summary.put("outageTime", byAllocator(contenders, c -> c.outageS));
        summary.put("degradedOutageTime", byAllocator(contenders, c -> c.degradedOutageS));
        summary.put("bitsDuringHandovers", byAllocator(contenders, c -> c.bitsDuringHandovers));
        summary.put("requests", byAllocator(contenders, c -> c.requestsSent));
        summary.put("grantedRequests", byAllocator(contenders, c -> c.requestsGranted));
        summary.put("timeToGrant", byAllocator(contenders,
                c -> c.requestsGranted == 0 ? null : c.waitSum / c.requestsGranted));
        int optimum = SmallCellModel.optimumIndex();
        summary.put("welfare", byAllocator(contenders, c -> comparison.welfare(c.index)));
        summary.put("revenue", byAllocator(contenders, c -> comparison.revenue(c.index)));
        summary.put("jainFairness", byAllocator(contenders, c -> comparison.meanJain(c.index)));
        summary.put("gapToOptimum", byAllocator(contenders, c -> comparison.gap(c.index, optimum)));
        Map<String, Object> trace = new LinkedHashMap<>();
        trace.put("offsetS", list(model.trace().offsets()));
        for (Contender contender : contenders) {
            trace.put(contender.name, list(model.trace().means(contender.index)));
        }
        summary.put("rateAroundDegradation", trace);
        return summary;
    }

    private static Map<String, Object> byAllocator(Contender[] contenders,
            java.util.function.Function<Contender, Object> metric) {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Contender contender : contenders) {
            values.put(contender.name, metric.apply(contender));
        }
        return values;
    }

    private static List<Double> list(double[] values) {
        return java.util.Arrays.stream(values).map(v -> Math.round(v * 1000) / 1000.0).boxed().toList();
    }
}

package org.agora.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.agora.wireless.market.Allocation;
import org.agora.wireless.market.AscendingAuction;
import org.agora.wireless.market.CentralizedOptimum;
import org.agora.wireless.market.EqualSplit;
import org.agora.wireless.market.MarketInstance;
import org.agora.wireless.market.SyntheticInstances;

/**
 * The market's optimality gap and rounds against the centralized optimum (exact min-cost flow)
 * and the equal split, on the same city-like instances at three sizes, with budgets that bind and
 * without. Not a timing: one run of each, times given for orientation only (the timings are
 * {@link MarketBenchmark}'s). The optimum at 10,000 × 1,000 is computed once (it takes seconds).
 */
public final class MarketGapComparison implements Comparison {

    @Override
    public String name() {
        return "MarketGap";
    }

    @Override
    public List<String> run() {
        List<String> lines = new ArrayList<>();
        lines.add("| users × cells | budgets | seeds | market rounds (mean, max) | market gap to optimum | "
                + "equal-split gap | market ms | optimum ms |");
        lines.add("|---|---|---|---|---|---|---|---|");
        AscendingAuction market = new AscendingAuction(0.005, 50);
        AscendingAuction uncapped = new AscendingAuction(0.005, Integer.MAX_VALUE);
        int[][] sizes = {{100, 10, 20}, {1_000, 100, 5}, {10_000, 1_000, 1}};
        for (int[] size : sizes) {
            for (boolean budgets : new boolean[] {false, true}) {
                double marketWelfare = 0;
                double splitWelfare = 0;
                double optimumWelfare = 0;
                double marketMs = 0;
                double optimumMs = 0;
                long rounds = 0;
                int mostRounds = 0;
                for (int seed = 1; seed <= size[2]; seed++) {
                    MarketInstance instance = SyntheticInstances.cityLike(seed, size[0], size[1], 4, budgets);
                    long start = System.nanoTime();
                    Allocation byMarket = market.allocate(instance);
                    marketMs += (System.nanoTime() - start) / 1e6;
                    start = System.nanoTime();
                    Allocation best = new CentralizedOptimum().allocate(instance);
                    optimumMs += (System.nanoTime() - start) / 1e6;
                    marketWelfare += byMarket.welfare();
                    splitWelfare += new EqualSplit().allocate(instance).welfare();
                    optimumWelfare += best.welfare();
                    rounds += byMarket.rounds();
                    mostRounds = Math.max(mostRounds, byMarket.rounds());
                }
                lines.add(String.format(Locale.ROOT, "| %,d × %,d | %s | %d | %.1f, %d | %.4f%% | %.2f%% | %.1f | %.1f |",
                        size[0], size[1], budgets ? "binding" : "unlimited", size[2], (double) rounds / size[2],
                        mostRounds, 100 * (1 - marketWelfare / optimumWelfare), 100 * (1 - splitWelfare / optimumWelfare),
                        marketMs / size[2], optimumMs / size[2]));
            }
        }
        // Without the round cap, the 2ε-per-block bound is what holds; show how close the cap gets.
        MarketInstance instance = SyntheticInstances.cityLike(1, 1_000, 100, 4, false);
        Allocation capped = market.allocate(instance);
        Allocation free = uncapped.allocate(instance);
        double optimum = new CentralizedOptimum().allocate(instance).welfare();
        lines.add(String.format(Locale.ROOT, "1,000 × 100, unlimited budgets, seed 1: gap %.4f%% with the 50-round cap "
                + "(%d rounds), %.4f%% without (%d rounds); the proven bound is 2ε·Σneed = %.1f credits/s of %.1f",
                100 * (1 - capped.welfare() / optimum), capped.rounds(), 100 * (1 - free.welfare() / optimum),
                free.rounds(), 2 * 0.005 * instance.totalNeed(), optimum));
        lines.add("Welfare = Σ blocks·(value − reserve). The optimum ignores budgets, so with binding budgets its gap "
                + "also counts what budgets forbid.");
        return lines;
    }
}

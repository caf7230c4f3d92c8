package org.agora.wireless.market;

/**
 * The second baseline: each station, in turn, splits its spare blocks equally among the users
 * that may use it and still need blocks (water-filling: a user needing less than its share frees
 * the rest for the others; blocks that do not divide evenly go one each to the lowest-numbered
 * users). No prices, no values: it ignores what a block is worth to whom. Stateless.
 */
public final class EqualSplit implements Allocator {

    @Override
    public String name() {
        return "equalSplit";
    }

    @Override
    public Allocation allocate(MarketInstance instance) {
        int[] blocks = new int[instance.options()];
        int[] remaining = new int[instance.users()];
        for (int u = 0; u < instance.users(); u++) {
            remaining[u] = instance.need(u);
        }
        // The options at each station, in user order.
        int[] count = new int[instance.stations() + 1];
        for (int k = 0; k < instance.options(); k++) {
            count[instance.optionStation(k) + 1]++;
        }
        for (int b = 0; b < instance.stations(); b++) {
            count[b + 1] += count[b];
        }
        int[] byStation = new int[instance.options()];
        int[] fill = count.clone();
        int[] userOf = new int[instance.options()];
        for (int u = 0; u < instance.users(); u++) {
            for (int k = instance.optionStart(u); k < instance.optionEnd(u); k++) {
                userOf[k] = u;
                byStation[fill[instance.optionStation(k)]++] = k;
            }
        }
        int[] active = new int[instance.options()];
        for (int b = 0; b < instance.stations(); b++) {
            int spare = instance.supply(b);
            int n = 0;
            for (int i = count[b]; i < count[b + 1]; i++) {
                if (remaining[userOf[byStation[i]]] > 0) {
                    active[n++] = byStation[i];
                }
            }
            while (spare > 0 && n > 0) {
                int share = spare / n;
                if (share == 0) {
                    for (int i = 0; i < spare; i++) {
                        give(active[i], 1, blocks, remaining, userOf);
                    }
                    break;
                }
                int still = 0;
                for (int i = 0; i < n; i++) {
                    int k = active[i];
                    int given = Math.min(share, remaining[userOf[k]]);
                    give(k, given, blocks, remaining, userOf);
                    spare -= given;
                    if (remaining[userOf[k]] > 0) {
                        active[still++] = k;
                    }
                }
                n = still;
            }
        }
        return new Allocation(instance, blocks, new double[instance.options()], 0);
    }

    private static void give(int option, int amount, int[] blocks, int[] remaining, int[] userOf) {
        blocks[option] += amount;
        remaining[userOf[option]] -= amount;
    }
}

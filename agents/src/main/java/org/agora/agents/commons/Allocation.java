package org.agora.agents.commons;

import java.util.function.Supplier;
import org.agora.core.kernel.RandomStream;

/**
 * Splits the pool among concurrent, private requests. If the requests add up to no more than the
 * pool, everyone gets what they asked; otherwise the pool is handed out by the
 * {@link AllocationRule}, so that exactly the whole pool is given, nobody gets more than they
 * asked, and any agent that asked for something can receive units.
 *
 * <p>Requests and shares are whole units. The random stream is asked for only when the pool is
 * over-demanded, so runs without over-demand never create it.
 */
public final class Allocation {

    private int[] wanting = new int[0];

    /**
     * Allocates the pool.
     *
     * @param requests what each agent asks for, in units, each &ge; 0 (entries 0 to n − 1 are read)
     * @param n the number of agents
     * @param pool the units in the pool (&ge; 0)
     * @param rule how to split an over-demanded pool
     * @param random the seeded stream to draw from, asked for only when the pool is over-demanded
     * @param taken receives what each agent gets (entries 0 to n − 1 are written)
     * @return the units given out in total
     */
    public long allocate(int[] requests, int n, long pool, AllocationRule rule, Supplier<RandomStream> random,
            int[] taken) {
        long demand = 0;
        for (int i = 0; i < n; i++) {
            if (requests[i] < 0) {
                throw new IllegalArgumentException("request of agent " + i + " is negative: " + requests[i]);
            }
            demand += requests[i];
        }
        if (demand <= pool) {
            System.arraycopy(requests, 0, taken, 0, n);
            return demand;
        }
        if (rule == AllocationRule.RANDOM_UNITS) {
            randomUnits(requests, n, pool, random.get(), taken);
        } else {
            proportional(requests, n, pool, demand, random, taken);
        }
        return pool;
    }

    /**
     * One unit at a time to a uniformly random agent among those that still want more. The agents
     * still wanting are kept in a dense array (a satisfied one is swapped out), so each unit is one
     * draw: O(pool + n).
     */
    private void randomUnits(int[] requests, int n, long pool, RandomStream random, int[] taken) {
        int[] open = wanting(n);
        int count = 0;
        for (int i = 0; i < n; i++) {
            taken[i] = 0;
            if (requests[i] > 0) {
                open[count++] = i;
            }
        }
        for (long left = pool; left > 0; left--) {
            int slot = random.nextInt(count);
            int agent = open[slot];
            if (++taken[agent] == requests[agent]) {
                open[slot] = open[--count];
            }
        }
    }

    /**
     * ⌊pool·r_i/Σr⌋ each, computed exactly in integers; the k units left (k is less than the number
     * of agents whose share was rounded down) go one each to k distinct agents drawn uniformly
     * among those rounded down.
     */
    private void proportional(int[] requests, int n, long pool, long demand, Supplier<RandomStream> random, int[] taken) {
        int[] roundedDown = wanting(n);
        int count = 0;
        long given = 0;
        for (int i = 0; i < n; i++) {
            long numerator = pool * requests[i];
            taken[i] = (int) (numerator / demand);
            given += taken[i];
            if (numerator % demand != 0) {
                roundedDown[count++] = i;
            }
        }
        long left = pool - given;
        if (left > 0) {
            RandomStream stream = random.get();
            for (int k = 0; k < left; k++) {
                int slot = k + stream.nextInt(count - k);
                int agent = roundedDown[slot];
                roundedDown[slot] = roundedDown[k];
                roundedDown[k] = agent;
                taken[agent]++;
            }
        }
    }

    private int[] wanting(int n) {
        if (wanting.length < n) {
            wanting = new int[Math.max(n, 2 * wanting.length)];
        }
        return wanting;
    }
}

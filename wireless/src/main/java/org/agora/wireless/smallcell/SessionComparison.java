package org.agora.wireless.smallcell;

import java.util.List;
import org.agora.wireless.market.Allocation;
import org.agora.wireless.market.Allocator;
import org.agora.wireless.market.Fairness;
import org.agora.wireless.market.MarketInstance;

/**
 * Every allocator on the very same instance: at each session of the published allocator, the
 * instance (its users' requests and the cluster's spare blocks at the opening) is given to all of
 * them, and their welfare, revenue and fairness are summed. This is the static comparison behind
 * welfare, revenue, Jain fairness and the gap to the optimum in summary.json. Not thread-safe.
 */
final class SessionComparison {

    /** The allocators' results on one instance, by allocator number. */
    record Outcome(double[] welfare) {
        double welfare(int allocator) {
            return welfare[allocator];
        }
    }

    private final List<Allocator> allocators;
    private final double targetRateBps;
    private final double[] welfare;
    private final double[] revenue;
    private final double[] jainSum;
    private long sessions;
    private long users;
    private int largest;
    private long rounds;
    private int mostRounds;
    private long cleared;

    SessionComparison(List<Allocator> allocators, double targetRateBps) {
        this.allocators = allocators;
        this.targetRateBps = targetRateBps;
        this.welfare = new double[allocators.size()];
        this.revenue = new double[allocators.size()];
        this.jainSum = new double[allocators.size()];
    }

    /** Runs every allocator on {@code instance}, whose user i made {@code requests.get(i)}. */
    Outcome evaluate(MarketInstance instance, List<BandwidthRequest> requests) {
        sessions++;
        users += instance.users();
        largest = Math.max(largest, instance.users());
        double[] outcome = new double[allocators.size()];
        for (int a = 0; a < allocators.size(); a++) {
            Allocation allocation = allocators.get(a).allocate(instance);
            outcome[a] = allocation.welfare();
            welfare[a] += allocation.welfare();
            revenue[a] += allocation.revenue();
            double[] satisfaction = new double[instance.users()];
            for (int i = 0; i < instance.users(); i++) {
                double rate = requests.get(i).primaryBps() + allocation.extraRateOfUser(i);
                satisfaction[i] = Math.min(1, rate / targetRateBps);
            }
            jainSum[a] += Fairness.jain(satisfaction);
        }
        return new Outcome(outcome);
    }

    /** Notes the rounds of a finished published session. */
    void addRounds(int sessionRounds) {
        cleared++;
        rounds += sessionRounds;
        mostRounds = Math.max(mostRounds, sessionRounds);
    }

    long sessions() {
        return sessions;
    }

    double meanUsers() {
        return sessions == 0 ? 0 : (double) users / sessions;
    }

    int largest() {
        return largest;
    }

    double meanRounds() {
        return cleared == 0 ? 0 : (double) rounds / cleared;
    }

    int mostRounds() {
        return mostRounds;
    }

    /** Σ welfare of allocator {@code a} over the sessions, credits per second. */
    double welfare(int a) {
        return welfare[a];
    }

    /** Σ revenue of allocator {@code a}, credits per second. */
    double revenue(int a) {
        return revenue[a];
    }

    /** Mean Jain index of allocator {@code a} over the sessions (1 without sessions). */
    double meanJain(int a) {
        return sessions == 0 ? 1 : jainSum[a] / sessions;
    }

    /** 1 − welfare(a)/welfare(optimum), or 0 when the optimum's welfare is 0. */
    double gap(int a, int optimum) {
        return welfare[optimum] <= 0 ? 0 : 1 - welfare[a] / welfare[optimum];
    }
}

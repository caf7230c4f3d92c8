package org.agora.wireless.smallcell;

import java.util.List;
import org.agora.wireless.market.Allocation;
import org.agora.wireless.market.Allocator;
import org.agora.wireless.market.Fairness;
import org.agora.wireless.market.MarketInstance;

/**
 * Every allocator on the very same instance: at each session of the published allocator, the
 * instance (its users' requests and the cluster's spare blocks at the opening) is given to all of
 * them, and their welfare, revenue and fairness are summed since the last accounting
 * ({@link org.agora.wireless.smallcell.events.AllocatorsAccounted}), which {@link #reset()} starts
 * afresh. This is the static comparison behind welfare, revenue, Jain fairness and the gap to the
 * optimum in summary.json ({@link SmallCellTally} adds the accountings up). Not thread-safe.
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

    /** Sessions evaluated since the last accounting. */
    long sessions() {
        return sessions;
    }

    /** Σ of their users. */
    long users() {
        return users;
    }

    /** Users of the largest of them (0 if none). */
    int largest() {
        return largest;
    }

    /** Published sessions cleared since the last accounting. */
    long cleared() {
        return cleared;
    }

    /** Σ of their rounds. */
    long rounds() {
        return rounds;
    }

    /** Rounds of the longest of them (0 if none). */
    int mostRounds() {
        return mostRounds;
    }

    /** Σ welfare of allocator {@code a} since the last accounting, credits per second. */
    double welfare(int a) {
        return welfare[a];
    }

    /** Σ revenue of allocator {@code a}, credits per second. */
    double revenue(int a) {
        return revenue[a];
    }

    /** Σ of allocator {@code a}'s Jain indices. */
    double jainSum(int a) {
        return jainSum[a];
    }

    /** Starts the next accounting. */
    void reset() {
        java.util.Arrays.fill(welfare, 0);
        java.util.Arrays.fill(revenue, 0);
        java.util.Arrays.fill(jainSum, 0);
        sessions = 0;
        users = 0;
        largest = 0;
        rounds = 0;
        mostRounds = 0;
        cleared = 0;
    }
}

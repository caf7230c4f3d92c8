package org.agora.wireless.smallcell;

import java.util.List;
import java.util.Map;
import org.agora.core.event.Event;
import org.agora.core.scenario.EventSummary;
import org.agora.wireless.smallcell.events.AllocatorsAccounted;
import org.agora.wireless.smallcell.events.BlockageStarted;
import org.agora.wireless.smallcell.events.CityBuilt;
import org.agora.wireless.smallcell.events.HandoverCompleted;
import org.agora.wireless.smallcell.events.LinkDegraded;

/**
 * The small-cell summary computed from a run's events: the city's size from {@code CityBuilt},
 * degradations, blockages, handovers and ping-pongs counted from their events, and the allocator
 * comparison added up from the {@code AllocatorsAccounted} events. The model computes its own
 * summary with one of these subscribed to its bus, so summary.json and {@code agora analyze}
 * agree by construction. Events of other kinds are ignored. Not thread-safe.
 */
final class SmallCellTally implements EventSummary {

    private int users;
    private int cells;
    private int clusters;
    private long degradations;
    private long blockages;
    private int handovers;
    private int pingPongs;
    private List<String> allocators = List.of();
    private String published = "";
    private double[] outageS = new double[0];
    private double[] degradedOutageS = new double[0];
    private double[] bitsDuringHandovers = new double[0];
    private long[] requests = new long[0];
    private long[] grantedRequests = new long[0];
    private double[] waitS = new double[0];
    private double[] welfare = new double[0];
    private double[] revenue = new double[0];
    private double[] jainSum = new double[0];
    private double[][] rateSums = new double[0][];
    private long[][] rateCounts = new long[0][];
    private long sessions;
    private long sessionUsers;
    private int largestSession;
    private long clearedSessions;
    private long rounds;
    private int mostRounds;

    @Override
    public void accept(Event event) {
        if (event instanceof CityBuilt city) {
            users = city.userKinds().size();
            cells = city.cells().size();
            clusters = (int) city.cells().stream().map(CityBuilt.CellSite::cluster).distinct().count();
        } else if (event instanceof LinkDegraded) {
            degradations++;
        } else if (event instanceof BlockageStarted) {
            blockages++;
        } else if (event instanceof HandoverCompleted completed) {
            handovers++;
            pingPongs += completed.pingPong() ? 1 : 0;
        } else if (event instanceof AllocatorsAccounted accounted) {
            add(accounted);
        }
    }

    private void add(AllocatorsAccounted accounted) {
        if (allocators.isEmpty()) {
            allocators = List.copyOf(accounted.allocators());
            int n = allocators.size();
            outageS = new double[n];
            degradedOutageS = new double[n];
            bitsDuringHandovers = new double[n];
            requests = new long[n];
            grantedRequests = new long[n];
            waitS = new double[n];
            welfare = new double[n];
            revenue = new double[n];
            jainSum = new double[n];
            rateSums = new double[n][RateTrace.bins()];
            rateCounts = new long[n][RateTrace.bins()];
        }
        published = accounted.published();
        for (int a = 0; a < allocators.size(); a++) {
            outageS[a] += accounted.outageS().get(a);
            degradedOutageS[a] += accounted.degradedOutageS().get(a);
            bitsDuringHandovers[a] += accounted.bitsDuringHandovers().get(a);
            requests[a] += accounted.requests().get(a);
            grantedRequests[a] += accounted.grantedRequests().get(a);
            waitS[a] += accounted.waitS().get(a);
            welfare[a] += accounted.welfare().get(a);
            revenue[a] += accounted.revenue().get(a);
            jainSum[a] += accounted.jainSum().get(a);
            for (int bin = 0; bin < rateSums[a].length; bin++) {
                rateSums[a][bin] += accounted.rateSumsBps().get(a).get(bin);
                rateCounts[a][bin] += accounted.rateCounts().get(a).get(bin);
            }
        }
        sessions += accounted.sessions();
        sessionUsers += accounted.sessionUsers();
        largestSession = Math.max(largestSession, accounted.largestSession());
        clearedSessions += accounted.clearedSessions();
        rounds += accounted.rounds();
        mostRounds = Math.max(mostRounds, accounted.mostRounds());
    }

    @Override
    public Map<String, Object> summary() {
        return SmallCellSummary.of(this);
    }

    // What SmallCellSummary reads.

    String published() {
        return published;
    }

    List<String> allocators() {
        return allocators;
    }

    int users() {
        return users;
    }

    int cells() {
        return cells;
    }

    int clusters() {
        return clusters;
    }

    long degradations() {
        return degradations;
    }

    long blockages() {
        return blockages;
    }

    int handovers() {
        return handovers;
    }

    int pingPongs() {
        return pingPongs;
    }

    long sessions() {
        return sessions;
    }

    /** Users per compared instance, mean; null (not applicable) without sessions. */
    Double meanUsers() {
        return sessions == 0 ? null : (double) sessionUsers / sessions;
    }

    int largestSession() {
        return largestSession;
    }

    /** Rounds per cleared session of the published allocator, mean; null without cleared sessions. */
    Double meanRounds() {
        return clearedSessions == 0 ? null : (double) rounds / clearedSessions;
    }

    int mostRounds() {
        return mostRounds;
    }

    double outageS(int a) {
        return outageS[a];
    }

    double degradedOutageS(int a) {
        return degradedOutageS[a];
    }

    double bitsDuringHandovers(int a) {
        return bitsDuringHandovers[a];
    }

    long requests(int a) {
        return requests[a];
    }

    long grantedRequests(int a) {
        return grantedRequests[a];
    }

    /** Mean time from request to grant, seconds; null without grants. */
    Double timeToGrant(int a) {
        return grantedRequests[a] == 0 ? null : waitS[a] / grantedRequests[a];
    }

    /** Σ welfare of allocator {@code a} over the compared instances, credits per second. */
    double welfare(int a) {
        return welfare[a];
    }

    /** Σ revenue of allocator {@code a}, credits per second. */
    double revenue(int a) {
        return revenue[a];
    }

    /** Mean Jain index of allocator {@code a} over the compared instances; null without sessions. */
    Double meanJain(int a) {
        return sessions == 0 ? null : jainSum[a] / sessions;
    }

    /** 1 − welfare(a)/welfare(optimum); null (not applicable) when the optimum's welfare is 0. */
    Double gap(int a, int optimum) {
        return welfare[optimum] <= 0 ? null : 1 - welfare[a] / welfare[optimum];
    }

    /** Mean rate of degraded users per bin around the onset, allocator {@code a}, bit/s. */
    double[] rateMeans(int a) {
        return RateTrace.means(rateSums[a], rateCounts[a]);
    }
}

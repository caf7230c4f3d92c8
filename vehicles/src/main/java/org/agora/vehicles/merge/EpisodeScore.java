package org.agora.vehicles.merge;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.agora.vehicles.road.Road;
import org.agora.vehicles.traffic.Vehicle;

/**
 * The score of the current episode: its roster of CAVs, which of them crashed in the current
 * decision step, the rewards settled at the end of each decision step ({@link MergeReward}), and
 * its counts of decisions, collisions and merges. Belongs to the simulation thread.
 */
final class EpisodeScore {

    private final List<Vehicle> roster = new ArrayList<>();
    private final Map<Vehicle, Boolean> crashedInDecision = new IdentityHashMap<>();
    private double[] lastRewards = new double[0];
    private double lastDecisionReward;
    private double reward;
    private int decisions;
    private int collisions;
    private int merges;
    private boolean cavCollided;

    /** A new episode: nothing counted, nobody on the roster yet. */
    void restart() {
        decisions = 0;
        reward = 0;
        collisions = 0;
        merges = 0;
        cavCollided = false;
        roster.clear();
    }

    /** {@code cav} joins the episode's roster. */
    void enlist(Vehicle cav) {
        roster.add(cav);
    }

    /** The roster is complete: every CAV's reward starts at 0. */
    void rosterComplete() {
        lastRewards = new double[roster.size()];
    }

    /** A new decision step: no CAV has crashed in it yet. */
    void newDecision() {
        crashedInDecision.clear();
    }

    /** A collision; {@code cavInvolved} if a CAV was one of the parties. */
    void collided(boolean cavInvolved) {
        collisions++;
        if (cavInvolved) {
            cavCollided = true;
        }
    }

    /** {@code cav} crashed in the current decision step. */
    void crashed(Vehicle cav) {
        crashedInDecision.put(cav, Boolean.TRUE);
    }

    /** A vehicle merged from the ramp. */
    void merged() {
        merges++;
    }

    /** The decision step ended: each roster CAV still there (or crashed in it) earns its reward, and their mean adds up. */
    void settle(Road road) {
        if (lastRewards.length != roster.size()) {
            lastRewards = new double[roster.size()];
        }
        double sum = 0;
        int counted = 0;
        for (int i = 0; i < roster.size(); i++) {
            Vehicle cav = roster.get(i);
            boolean collided = crashedInDecision.containsKey(cav);
            if (cav.removed() && !collided) {
                lastRewards[i] = 0;
                continue;
            }
            lastRewards[i] = MergeReward.of(cav, road, collided);
            sum += lastRewards[i];
            counted++;
        }
        lastDecisionReward = counted == 0 ? 0 : sum / counted;
        reward += lastDecisionReward;
        decisions++;
        crashedInDecision.clear();
    }

    List<Vehicle> roster() {
        return Collections.unmodifiableList(roster);
    }

    int rosterSize() {
        return roster.size();
    }

    boolean crashedInDecision(Vehicle cav) {
        return crashedInDecision.containsKey(cav);
    }

    double[] lastRewards() {
        return lastRewards;
    }

    double lastDecisionReward() {
        return lastDecisionReward;
    }

    double reward() {
        return reward;
    }

    int decisions() {
        return decisions;
    }

    int collisions() {
        return collisions;
    }

    int merges() {
        return merges;
    }

    boolean cavCollided() {
        return cavCollided;
    }
}

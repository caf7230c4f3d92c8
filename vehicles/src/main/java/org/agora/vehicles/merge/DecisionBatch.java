package org.agora.vehicles.merge;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.agora.vehicles.cav.MetaAction;
import org.agora.vehicles.safety.SafetyDecision;
import org.agora.vehicles.traffic.Vehicle;

/**
 * The CAVs deciding in one decision step, in order, with the action each proposed, the action it
 * will take (the proposal, or the safety module's replacement) and whether it must brake hard.
 * Reused step after step. Belongs to the simulation thread.
 */
final class DecisionBatch {

    private final List<Vehicle> cavs = new ArrayList<>();
    private MetaAction[] proposed = new MetaAction[8];
    private MetaAction[] chosen = new MetaAction[8];
    private boolean[] brakes = new boolean[8];

    /** Starts a new decision step with no CAV. */
    void clear() {
        cavs.clear();
    }

    /** {@code cav} proposes {@code action}. */
    void add(Vehicle cav, MetaAction action) {
        int i = cavs.size();
        if (i == proposed.length) {
            proposed = Arrays.copyOf(proposed, i * 2);
            chosen = Arrays.copyOf(chosen, i * 2);
            brakes = Arrays.copyOf(brakes, i * 2);
        }
        cavs.add(cav);
        proposed[i] = action;
        chosen[i] = action;
        brakes[i] = false;
    }

    /** The safety module replaced a CAV's action. */
    void override(SafetyDecision decision) {
        int i = cavs.indexOf(decision.cav());
        chosen[i] = decision.chosen();
        brakes[i] = decision.emergencyBrake();
    }

    /** The deciding CAVs, in order (a live view). */
    List<Vehicle> cavs() {
        return cavs;
    }

    boolean isEmpty() {
        return cavs.isEmpty();
    }

    int size() {
        return cavs.size();
    }

    Vehicle cav(int i) {
        return cavs.get(i);
    }

    /** The proposals, by position (the array may be longer than {@link #size()}). */
    MetaAction[] proposed() {
        return proposed;
    }

    MetaAction chosen(int i) {
        return chosen[i];
    }

    boolean brakes(int i) {
        return brakes[i];
    }
}

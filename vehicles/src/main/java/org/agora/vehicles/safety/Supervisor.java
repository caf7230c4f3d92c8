package org.agora.vehicles.safety;

import java.util.List;
import org.agora.core.kernel.RandomStream;
import org.agora.vehicles.cav.MetaAction;
import org.agora.vehicles.traffic.Traffic;
import org.agora.vehicles.traffic.Vehicle;

/** Checks the CAVs' proposed actions at a decision step and may replace some. Belongs to the simulation thread. */
public interface Supervisor {

    /**
     * Checks every CAV's proposed action, in priority order.
     *
     * @param traffic the traffic, sensed this step
     * @param cavs the CAVs deciding now
     * @param proposed their proposed actions, by position in {@code cavs}
     * @param random the stream the noise factors of the human drivers' predictions are drawn from
     * @return one decision per CAV, in priority order
     */
    List<SafetyDecision> supervise(Traffic traffic, List<Vehicle> cavs, MetaAction[] proposed, RandomStream random);

    /**
     * Writes the predicted trajectory of the {@code index}-th CAV of the last call under its final
     * action into the arrays (one point per step), if this supervisor predicted it.
     *
     * @return whether it did (otherwise the arrays are untouched)
     */
    boolean chosenTrajectory(int index, double[] x, double[] y, double[] heading, double[] speed);
}

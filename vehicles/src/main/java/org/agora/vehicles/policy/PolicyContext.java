package org.agora.vehicles.policy;

import org.agora.vehicles.cav.MetaAction;
import org.agora.vehicles.intent.IntentTable;
import org.agora.vehicles.traffic.Traffic;
import org.agora.vehicles.traffic.Vehicle;

/** What a CAV knows when it decides: the sensed traffic and the intents it has received. */
public interface PolicyContext {

    /** The traffic, sensed this step (positions, speeds, leaders). */
    Traffic traffic();

    /** The simulation time, seconds. */
    double now();

    /** The intents {@code cav} has received (empty when intent sharing is off). */
    IntentTable intents(Vehicle cav);

    /** Whether {@code action} can change anything for {@code cav} now. */
    boolean available(Vehicle cav, MetaAction action);
}

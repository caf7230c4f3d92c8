package org.agora.vehicles.policy;

import org.agora.vehicles.cav.MetaAction;
import org.agora.vehicles.traffic.Vehicle;

/**
 * How a CAV chooses its meta-action at a decision step: rule-based, cooperative, or a learned
 * policy (see {@link org.agora.vehicles.rl.LearnedPolicy}). Implementations must be deterministic
 * given what they are shown: randomness comes only from the run's streams.
 */
public interface CavPolicy {

    /** The action {@code cav} proposes now (the safety module may still replace it). */
    MetaAction decide(Vehicle cav, PolicyContext context);
}

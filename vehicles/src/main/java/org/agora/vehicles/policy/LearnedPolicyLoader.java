package org.agora.vehicles.policy;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.ServiceLoader;
import java.util.function.DoubleSupplier;

/**
 * Loads a learned CAV policy from a model file, checking that it can drive in a scenario with
 * these settings. Found through {@link ServiceLoader}
 * ({@code META-INF/services/org.agora.vehicles.policy.LearnedPolicyLoader}); the learning package
 * provides it, so that the merge scenario does not depend on the trainer. Thread-safe.
 */
public interface LearnedPolicyLoader {

    /**
     * The policy in {@code model}.
     *
     * @param intentSharing whether the scenario shares intents
     * @param observationLayout the scenario's observation layout ({@code agora} or {@code study})
     * @param actions how the policy chooses its action from its network's distribution
     * @param uniform numbers uniform in [0, 1), one per decision, for {@link PolicyActions#SAMPLED}
     *     (the run's {@link PolicyActions#STREAM} stream); may be null for {@link PolicyActions#GREEDY}
     * @throws org.agora.core.config.BadInputException one line naming the file and why it cannot be
     *     used (missing, not a policy file, observations the scenario cannot give)
     */
    CavPolicy load(Path model, boolean intentSharing, String observationLayout, PolicyActions actions,
            DoubleSupplier uniform);

    /** The installed loader. */
    static LearnedPolicyLoader installed() {
        Iterator<LearnedPolicyLoader> loaders = ServiceLoader.load(LearnedPolicyLoader.class).iterator();
        if (!loaders.hasNext()) {
            throw new IllegalStateException("no learned-policy loader is installed");
        }
        return loaders.next();
    }
}

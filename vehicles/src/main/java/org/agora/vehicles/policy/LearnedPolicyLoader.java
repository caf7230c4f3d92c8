package org.agora.vehicles.policy;

import java.nio.file.Path;
import java.util.Iterator;
import java.util.Map;
import java.util.ServiceLoader;

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
     * @param parameters the scenario's parameters by name
     * @throws org.agora.core.config.BadInputException one line naming the file and why it cannot be
     *     used (missing, not a policy file, observations the scenario cannot give)
     */
    CavPolicy load(Path model, boolean intentSharing, String observationLayout, Map<String, Object> parameters);

    /** The installed loader. */
    static LearnedPolicyLoader installed() {
        Iterator<LearnedPolicyLoader> loaders = ServiceLoader.load(LearnedPolicyLoader.class).iterator();
        if (!loaders.hasNext()) {
            throw new IllegalStateException("no learned-policy loader is installed");
        }
        return loaders.next();
    }
}

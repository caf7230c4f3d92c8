package org.agora.vehicles.learning;

import java.nio.file.Path;
import java.util.Map;
import org.agora.core.config.BadInputException;
import org.agora.vehicles.policy.CavPolicy;
import org.agora.vehicles.policy.LearnedPolicyLoader;

/** Loads {@link PolicyFile}s for {@code policy=learned}: refuses one the scenario cannot feed. */
public final class PolicyFileLoader implements LearnedPolicyLoader {

    @Override
    public CavPolicy load(Path model, boolean intentSharing, Map<String, Object> parameters) {
        PolicyFile policy = PolicyFile.read(model);
        String problem = policy.compatibility(intentSharing, parameters);
        if (problem != null) {
            throw new BadInputException(model + ": " + problem);
        }
        return policy.policy();
    }
}

package org.agora.vehicles.learning;

import java.nio.file.Path;
import java.util.Map;
import org.agora.core.config.BadInputException;
import org.agora.vehicles.merge.ObservationLayout;
import org.agora.vehicles.policy.CavPolicy;
import org.agora.vehicles.policy.LearnedPolicyLoader;

/** Loads {@link PolicyFile}s for {@code policy=learned}: refuses one the scenario cannot feed. */
public final class PolicyFileLoader implements LearnedPolicyLoader {

    @Override
    public CavPolicy load(Path model, boolean intentSharing, String observationLayout, Map<String, Object> parameters) {
        PolicyFile policy = PolicyFile.read(model);
        ObservationLayout layout = ObservationLayout.of(observationLayout);
        String problem = policy.compatibility(intentSharing, layout);
        if (problem != null) {
            throw new BadInputException(model + ": " + problem);
        }
        return policy.policy(layout);
    }
}

package org.agora.vehicles.learning;

import java.nio.file.Path;
import java.util.function.DoubleSupplier;
import org.agora.core.config.BadInputException;
import org.agora.vehicles.merge.ObservationLayout;
import org.agora.vehicles.policy.CavPolicy;
import org.agora.vehicles.policy.LearnedPolicyLoader;
import org.agora.vehicles.policy.PolicyActions;

/** Loads {@link PolicyFile}s for {@code policy=learned}: refuses one the scenario cannot feed. */
public final class PolicyFileLoader implements LearnedPolicyLoader {

    @Override
    public CavPolicy load(Path model, boolean intentSharing, String observationLayout, PolicyActions actions,
            DoubleSupplier uniform) {
        PolicyFile policy = PolicyFile.read(model);
        ObservationLayout layout = ObservationLayout.of(observationLayout);
        String problem = policy.compatibility(intentSharing, layout);
        if (problem != null) {
            throw new BadInputException(model + ": " + problem);
        }
        return policy.policy(layout, actions, uniform);
    }
}

package org.agora.agents.commons.policies;

import org.agora.agents.Transcript;
import org.agora.agents.Utterance;
import org.agora.agents.commons.Remark;

/**
 * Noisy sustainable: means to ask what a sustainable member asks, but adds seeded Gaussian noise
 * of standard deviation {@code noise} units and rounds to the nearest whole unit (never below 0).
 * It talks like a sustainable member and means to keep agreements, but the noise can break them.
 */
final class NoisySustainable extends AbstractHarvestPolicy {

    private final double noise;

    NoisySustainable(PolicyContext context, double noise) {
        super(context);
        this.noise = noise;
    }

    @Override
    public Integer decide() {
        int intended = sustainableRequest();
        if (noise == 0) {
            return intended;
        }
        double noisy = Math.rint(intended + noise * context.random().get().gaussian());
        return (int) Math.max(0, Math.min(Integer.MAX_VALUE, noisy));
    }

    @Override
    public Utterance<Remark> speak(Transcript<Remark> transcript) {
        return speakSustainably();
    }

    @Override
    public boolean endorses(int limit) {
        return endorsesSustainably(limit);
    }
}

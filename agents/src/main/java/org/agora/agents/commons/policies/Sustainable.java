package org.agora.agents.commons.policies;

import org.agora.agents.Transcript;
import org.agora.agents.Utterance;
import org.agora.agents.commons.Remark;

/**
 * Sustainable: asks for exactly the per-agent threshold f(t), or the agreed limit if that is
 * stricter. In the discussion it proposes next month's threshold unless a limit at least as strict
 * is on the table, and endorses any limit at least as strict. It keeps agreements.
 */
final class Sustainable extends AbstractHarvestPolicy {

    Sustainable(PolicyContext context) {
        super(context);
    }

    @Override
    public Integer decide() {
        return sustainableRequest();
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

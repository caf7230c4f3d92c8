package org.agora.agents.commons;

/** {@code govsim-fishery}: see {@link Setting#FISHERY}. */
public final class FisheryScenario extends CommonsScenario {

    public FisheryScenario() {
        super(Setting.FISHERY);
    }
}

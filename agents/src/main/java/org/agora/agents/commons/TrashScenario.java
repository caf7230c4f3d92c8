package org.agora.agents.commons;

/** {@code govsim-trash}: see {@link Setting#TRASH}. */
public final class TrashScenario extends CommonsScenario {

    public TrashScenario() {
        super(Setting.TRASH);
    }
}

package org.agora.scenarios.architecture.cycle.a;

import org.agora.scenarios.architecture.cycle.b.Pong;

/** One half of a package cycle made on purpose, to show the cycle rule would catch it. */
public final class Ping {

    public Pong answer() {
        return new Pong();
    }
}

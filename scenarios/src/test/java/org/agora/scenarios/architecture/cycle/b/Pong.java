package org.agora.scenarios.architecture.cycle.b;

import org.agora.scenarios.architecture.cycle.a.Ping;

/** The other half of the package cycle made on purpose. */
public final class Pong {

    public Ping serve() {
        return new Ping();
    }
}

package org.agora.bench;

import org.agora.core.event.Event;
import org.agora.core.event.EventHeader;

/**
 * The events of the Kafka benchmark: about 200 bytes of JSON each, like the allocation events
 * of the societies, from 100 sources (the record keys).
 */
final class KafkaBenchEvents {

    static final String RUN = "bench-s1-0a1b2c3d";
    static final int SOURCES = 100;
    /** The sources' ids, made once: a model's agent keeps its id, it does not format it anew at every event. */
    private static final String[] AGENTS = new String[SOURCES];

    static {
        for (int i = 0; i < SOURCES; i++) {
            AGENTS[i] = "agent-" + i;
        }
    }

    /** A share of a resource granted to an agent in a round. */
    record ShareAllocated(EventHeader header, String agent, double requested, double granted, double remaining,
            int round, String rule) implements Event {
    }

    private KafkaBenchEvents() {
    }

    static ShareAllocated event(long seq) {
        String agent = AGENTS[(int) (seq % SOURCES)];
        return new ShareAllocated(new EventHeader(seq * 0.25, RUN, seq, agent), agent,
                10 + seq % 17 * 0.25, 8 + seq % 13 * 0.5, 1000 - seq % 997 * 0.75, (int) (seq / SOURCES), "proportional");
    }
}

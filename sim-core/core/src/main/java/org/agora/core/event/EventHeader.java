package org.agora.core.event;

import java.util.Objects;

/**
 * The part every event shares: the simulation time in seconds when the event happened, the run
 * that produced it, the event's sequence number in its run, and the entity it is about. Immutable;
 * equal, hashed and printed as a record of those four values would be.
 *
 * <p>Why a class and not a record: the bus stamps one header per event, and every event a sink
 * keeps (or that the JIT cannot prove dead) allocates it. As a record of its four values it took
 * 40 bytes; here it takes 32, because what every header of a run shares (the run id, and the upper
 * half of the sequence number, which changes once every 2<sup>32</sup> events) sits in one
 * {@link RunPart} the bus makes once, so a header holds the time, the lower half of its sequence
 * number, its source and a reference to that part. On a loaded machine the cost of an event is
 * mostly that of writing its header to memory not in the cache (docs/benchmarks.md), which is
 * counted in cache lines: a fifth fewer bytes, a fifth fewer lines.
 */
public final class EventHeader {

    private final double time;
    private final int seqLow;
    private final String source;
    private final RunPart run;

    /**
     * @param time simulation time in seconds when the event happened
     * @param runId the run that produced it (derived from scenario, parameters and seed, never from wall time)
     * @param seq the event's sequence number in its run: 0, 1, 2, … in publication order
     * @param source the id of the entity the event is about (an agent, a vehicle, a cell; "run" for the run itself)
     */
    public EventHeader(double time, String runId, long seq, String source) {
        this(time, new RunPart(runId, seq >>> Integer.SIZE), seq, source);
    }

    /** A header whose run part the caller shares among the headers of a run (the bus). */
    EventHeader(double time, RunPart run, long seq, String source) {
        this.time = time;
        this.run = run;
        this.seqLow = (int) seq;
        this.source = source;
    }

    /** Simulation time in seconds when the event happened. */
    public double time() {
        return time;
    }

    /** The run that produced the event. */
    public String runId() {
        return run.runId;
    }

    /** The event's sequence number in its run: 0, 1, 2, … in publication order. */
    public long seq() {
        return (run.seqHigh << Integer.SIZE) | Integer.toUnsignedLong(seqLow);
    }

    /** The id of the entity the event is about ("run" for the run itself). */
    public String source() {
        return source;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof EventHeader header && Double.compare(time, header.time) == 0
                && seq() == header.seq() && Objects.equals(runId(), header.runId())
                && Objects.equals(source, header.source);
    }

    @Override
    public int hashCode() {
        return Objects.hash(time, runId(), seq(), source);
    }

    @Override
    public String toString() {
        return "EventHeader[time=" + time + ", runId=" + runId() + ", seq=" + seq() + ", source=" + source + "]";
    }

    /**
     * What the headers of a run share: its id and the upper 32 bits of their sequence numbers.
     * The bus makes one per run and a new one each time the lower 32 bits wrap around.
     */
    record RunPart(String runId, long seqHigh) {
    }
}

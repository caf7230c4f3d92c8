package org.agora.wireless.handover;

import java.util.Arrays;

/**
 * One user's serving cell and handover procedure: filtered measurements, the A3 trigger, then
 * preparation, execution and the user-plane interruption, and the count of handovers and
 * ping-pongs. The owner calls {@link #measure} at every measurement and the step methods when
 * their delays have passed (it schedules them; see {@link HandoverConfig}). Not thread-safe.
 */
public final class HandoverProcess {

    /** Where the procedure is. */
    public enum Phase {
        /** Served, watching A3. */
        CONNECTED,
        /** A3 reported; source and target prepare. */
        PREPARING,
        /** The command was sent; the user still receives from the source. */
        EXECUTING,
        /** Detached from the source, not yet attached to the target: no user-plane data. */
        INTERRUPTED
    }

    private final HandoverConfig config;
    private final L3Filter filter;
    private final A3Monitor monitor;
    private final double[] filteredDbm;
    private Phase phase = Phase.CONNECTED;
    private int serving;
    private int target = -1;
    private double triggeredAt = Double.NaN;
    private int previousServing = -1;
    private double lastCompletedAt = Double.NaN;
    private int handovers;
    private int pingPongs;

    /** @param serving the cell the user starts attached to */
    public HandoverProcess(HandoverConfig config, int cells, int serving) {
        this.config = config;
        this.filter = new L3Filter(config.filterCoefficient());
        this.monitor = new A3Monitor(config.a3(), cells);
        this.filteredDbm = new double[cells];
        Arrays.fill(filteredDbm, Double.NaN);
        this.serving = serving;
    }

    /**
     * Filters one measurement of every cell's RSRP (dBm) at {@code now} (seconds). If connected
     * and A3 fires, enters {@link Phase#PREPARING} and returns the target; otherwise −1.
     */
    public int measure(double now, double[] rsrpDbm) {
        for (int b = 0; b < filteredDbm.length; b++) {
            filteredDbm[b] = filter.apply(filteredDbm[b], rsrpDbm[b]);
        }
        if (phase != Phase.CONNECTED) {
            return -1;
        }
        int chosen = monitor.update(now, serving, filteredDbm);
        if (chosen >= 0) {
            phase = Phase.PREPARING;
            target = chosen;
            triggeredAt = now;
        }
        return chosen;
    }

    /** Preparation is over: the handover command goes out. */
    public void prepared() {
        expect(Phase.PREPARING);
        phase = Phase.EXECUTING;
    }

    /** The user detaches from the source: the user-plane interruption starts. */
    public void detached() {
        expect(Phase.EXECUTING);
        phase = Phase.INTERRUPTED;
    }

    /**
     * The user attached to the target at {@code now}: it is the serving cell from now on. Returns
     * true if this handover is a ping-pong (back to the cell left by the previous handover within
     * the ping-pong window).
     */
    public boolean completed(double now) {
        expect(Phase.INTERRUPTED);
        boolean pingPong = target == previousServing && now - lastCompletedAt <= config.pingPongWindowS();
        previousServing = serving;
        serving = target;
        target = -1;
        lastCompletedAt = now;
        phase = Phase.CONNECTED;
        monitor.reset();
        handovers++;
        if (pingPong) {
            pingPongs++;
        }
        return pingPong;
    }

    private void expect(Phase expected) {
        if (phase != expected) {
            throw new IllegalStateException("handover step out of order: in " + phase + ", expected " + expected);
        }
    }

    public Phase phase() {
        return phase;
    }

    /** True between the A3 report and the attach to the target. */
    public boolean inProgress() {
        return phase != Phase.CONNECTED;
    }

    /** True while the user plane is interrupted. */
    public boolean interrupted() {
        return phase == Phase.INTERRUPTED;
    }

    /** The serving cell (the source, during a handover). */
    public int serving() {
        return serving;
    }

    /** The target of the handover in progress, or −1. */
    public int target() {
        return target;
    }

    /** When the handover in progress was triggered (seconds), or NaN. */
    public double triggeredAt() {
        return triggeredAt;
    }

    /** The L3-filtered RSRP of cell {@code b}, dBm (NaN before the first measurement). */
    public double filteredDbm(int b) {
        return filteredDbm[b];
    }

    /** Completed handovers. */
    public int handovers() {
        return handovers;
    }

    /** Completed handovers that were ping-pongs. */
    public int pingPongs() {
        return pingPongs;
    }

    public HandoverConfig config() {
        return config;
    }
}

package org.agora.wireless.smallcell;

import java.util.ArrayList;
import java.util.List;
import org.agora.wireless.city.ManhattanGrid;
import org.agora.wireless.comp.CompClusters;
import org.agora.wireless.handover.HandoverProcess;
import org.agora.wireless.smallcell.events.UserKind;

/**
 * A read-only view of a running small-cell model, for displays and tools: the city, the cells and
 * their clusters, the users (position, serving cell, handover phase, degradation, rate) and the
 * extra blocks of the published allocator. It never changes the model. Positions in metres (x east,
 * y north), rates in bit/s, prices in credits per block per second.
 *
 * <p>Threading: read it on the simulation thread, or while the simulation cannot step.
 */
public final class SmallCellView {

    /** Extra blocks a cell lends a user. */
    public record GrantView(int cell, int blocks, double price, int session) {
    }

    private final SmallCellModel model;

    SmallCellView(SmallCellModel model) {
        this.model = model;
    }

    public ManhattanGrid grid() {
        return model.grid();
    }

    public int cells() {
        return model.cellCount();
    }

    public String cellId(int cell) {
        return model.cellId(cell);
    }

    public double cellX(int cell) {
        return model.cellX(cell);
    }

    public double cellY(int cell) {
        return model.cellY(cell);
    }

    public CompClusters clusters() {
        return model.clusters();
    }

    public String clusterId(int cluster) {
        return model.clusterId(cluster);
    }

    public int users() {
        return model.userCount();
    }

    public String userId(int user) {
        return model.user(user).id;
    }

    /** The user's population kind. */
    public UserKind userKind(int user) {
        return model.user(user).kind;
    }

    public double userX(int user) {
        return model.user(user).mover.x();
    }

    public double userY(int user) {
        return model.user(user).mover.y();
    }

    /** The cell serving the user (the source until a handover completes). */
    public int servingCell(int user) {
        return model.user(user).handover.serving();
    }

    /** The target of the user's handover in progress, or −1. */
    public int handoverTarget(int user) {
        HandoverProcess handover = model.user(user).handover;
        return handover.inProgress() ? handover.target() : -1;
    }

    public HandoverProcess.Phase phase(int user) {
        return model.user(user).handover.phase();
    }

    /** Whether the user's serving link is degraded (it asks for extra blocks). */
    public boolean degraded(int user) {
        return model.user(user).degraded;
    }

    /** The SINR of the user's link from {@code cell}, dB. */
    public double sinrDb(int user, int cell) {
        return model.links().sinrDb(user, cell);
    }

    /** The user's bit rate now under the published allocator, bit/s. */
    public double rateBps(int user) {
        return model.publishedRateBps(model.user(user));
    }

    /** The published allocator's grants the user holds. */
    public List<GrantView> grants(int user) {
        List<GrantView> views = new ArrayList<>();
        for (Grant grant : model.published().grantsOf(user)) {
            views.add(new GrantView(grant.cell, grant.blocks, grant.price, grant.session));
        }
        return views;
    }

    /** Blocks the cell lends now (published allocator). */
    public int lentBlocks(int cell) {
        return model.published().lent[cell];
    }

    /** Blocks the cell could lend now (published allocator). */
    public int spareBlocks(int cell) {
        return model.spareBlocks(cell, model.published().lent[cell]);
    }

    /** The allocator whose messages are published: market, wait-for-handover, equal-split or optimum. */
    public String allocator() {
        return model.published().name;
    }

    /** The best SINR a user at (x, y) would have over the median channel, dB (for coverage maps). */
    public double coverageSinrDb(double x, double y) {
        return model.links().medianBestSinrDb(x, y);
    }

    /** Simulation time, seconds. */
    public double now() {
        return model.now();
    }
}

package org.agora.viz.smallcell;

import org.agora.wireless.smallcell.SmallCellView;

/** What the Console's model inspector shows of a small-cell run (MASON lists a bean's getters). */
public final class SmallCellInspection {

    private final SmallCellScene scene;

    SmallCellInspection(SmallCellScene scene) {
        this.scene = scene;
    }

    private SmallCellView view() {
        return scene.view();
    }

    /** Simulation time, seconds. */
    public double getTime() {
        return view() == null ? 0 : view().now();
    }

    /** The allocator whose messages are published. */
    public String getAllocator() {
        return view() == null ? "" : view().allocator();
    }

    public int getUsers() {
        return view() == null ? 0 : view().users();
    }

    public int getDegraded() {
        int count = 0;
        for (int u = 0; view() != null && u < view().users(); u++) {
            count += view().degraded(u) ? 1 : 0;
        }
        return count;
    }

    public int getInHandover() {
        int count = 0;
        for (int u = 0; view() != null && u < view().users(); u++) {
            count += view().handoverTarget(u) >= 0 ? 1 : 0;
        }
        return count;
    }

    public int getHoldingExtraBlocks() {
        int count = 0;
        for (int u = 0; view() != null && u < view().users(); u++) {
            count += view().grants(u).isEmpty() ? 0 : 1;
        }
        return count;
    }

    public int getBlocksLent() {
        int lent = 0;
        for (int b = 0; view() != null && b < view().cells(); b++) {
            lent += view().lentBlocks(b);
        }
        return lent;
    }

    /** Mean rate of the users now, Mbit/s. */
    public double getMeanRate() {
        if (view() == null || view().users() == 0) {
            return 0;
        }
        double sum = 0;
        for (int u = 0; u < view().users(); u++) {
            sum += view().rateBps(u);
        }
        return sum / view().users() / 1e6;
    }
}

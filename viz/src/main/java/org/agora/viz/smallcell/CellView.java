package org.agora.viz.smallcell;

import org.agora.wireless.smallcell.SmallCellView;

/**
 * A small cell as the display shows it and its inspector lists it: its site, cluster, the blocks it
 * lends and could lend (the published allocator's ledger), and its price as the market last set it.
 */
public final class CellView {

    private final SmallCellScene scene;
    private final int cell;

    CellView(SmallCellScene scene, int cell) {
        this.scene = scene;
        this.cell = cell;
    }

    private SmallCellView view() {
        return scene.view();
    }

    /** The cell's number in the model. */
    public int index() {
        return cell;
    }

    public String getId() {
        return view().cellId(cell);
    }

    /** Its cluster's number. */
    public int clusterIndex() {
        return view().clusters().clusterOf(cell);
    }

    public String getCluster() {
        return view().clusterId(view().clusters().clusterOf(cell));
    }

    /** East, metres. */
    public double getX() {
        return view().cellX(cell);
    }

    /** North, metres. */
    public double getY() {
        return view().cellY(cell);
    }

    public int getLentBlocks() {
        return view().lentBlocks(cell);
    }

    public int getSpareBlocks() {
        return view().spareBlocks(cell);
    }

    /** Users it serves now. */
    public int getUsersServed() {
        int served = 0;
        for (int u = 0; u < view().users(); u++) {
            served += view().servingCell(u) == cell ? 1 : 0;
        }
        return served;
    }

    /** Its ask or grant price as last set by the market, credits per block per second; −1 before any. */
    public double getPrice() {
        return scene.priceOf(getId());
    }

    @Override
    public String toString() {
        return getId();
    }
}

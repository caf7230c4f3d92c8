package org.agora.viz.smallcell;

import java.awt.Color;
import java.util.stream.Collectors;
import org.agora.wireless.smallcell.SmallCellView;

/**
 * A user as the display shows it and its inspector lists it: read-only getters over the model
 * (MASON's inspectors list a bean's getters). Units: metres, dB, Mbit/s.
 */
public final class UserView {

    private final SmallCellScene scene;
    private final int user;

    UserView(SmallCellScene scene, int user) {
        this.scene = scene;
        this.user = user;
    }

    private SmallCellView view() {
        return scene.view();
    }

    /** The user's number in the model. */
    public int index() {
        return user;
    }

    public String getId() {
        return view().userId(user);
    }

    /** pedestrian or vehicle. */
    public String getKind() {
        return view().userKind(user).word();
    }

    /** East, metres. */
    public double getX() {
        return view().userX(user);
    }

    /** North, metres. */
    public double getY() {
        return view().userY(user);
    }

    public String getServingCell() {
        return view().cellId(view().servingCell(user));
    }

    /** CONNECTED, PREPARING, EXECUTING or INTERRUPTED. */
    public String getHandoverPhase() {
        return view().phase(user).name();
    }

    /** The target of a handover in progress, or "none". */
    public String getHandoverTarget() {
        int target = view().handoverTarget(user);
        return target < 0 ? "none" : view().cellId(target);
    }

    public boolean isDegraded() {
        return view().degraded(user);
    }

    /** The serving link's SINR, dB. */
    public double getServingSinr() {
        return view().sinrDb(user, view().servingCell(user));
    }

    /** Its rate now (serving link plus extra blocks), Mbit/s. */
    public double getRate() {
        return view().rateBps(user) / 1e6;
    }

    public int getExtraBlocks() {
        return view().grants(user).stream().mapToInt(SmallCellView.GrantView::blocks).sum();
    }

    /** Its grants: cell, blocks and price of each, or "none". */
    public String getGrants() {
        String grants = view().grants(user).stream()
                .map(g -> view().cellId(g.cell()) + ": " + g.blocks() + " blocks at " + g.price())
                .collect(Collectors.joining("; "));
        return grants.isEmpty() ? "none" : grants;
    }

    /** The colour it is drawn in: holding extra blocks, in a handover, degraded, or none of these. */
    public Color colour() {
        if (getExtraBlocks() > 0) {
            return CityColours.HOLDING;
        }
        if (view().handoverTarget(user) >= 0 || !getHandoverPhase().equals("CONNECTED")) {
            return CityColours.HANDOVER;
        }
        return view().degraded(user) ? CityColours.DEGRADED : CityColours.CONNECTED;
    }

    @Override
    public String toString() {
        return getId();
    }
}

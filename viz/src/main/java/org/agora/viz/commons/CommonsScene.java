package org.agora.viz.commons;

import java.util.ArrayList;
import java.util.List;
import org.agora.agents.commons.Setting;
import org.agora.agents.commons.SocietyView;

/**
 * What the commons display draws, laid out on a fixed field of {@link #WIDTH} × {@link #HEIGHT}
 * units (pixels at scale 1): the pool on the left, one column per member on the right (the first
 * {@link #MEMBERS_SHOWN}), and the scale of the members' bars for the month shown.
 *
 * <p>Threading: changed on the simulation thread while it holds the schedule's lock; read by the
 * painting, which takes the same lock.
 */
final class CommonsScene {

    static final double WIDTH = 1040;
    static final double HEIGHT = 540;
    static final double TOP = 80;
    static final double BOTTOM = 470;
    static final double POOL_LEFT = 60;
    static final double POOL_RIGHT = 280;
    static final double MEMBERS_LEFT = 380;
    static final double MEMBERS_RIGHT = 930;
    static final int MEMBERS_SHOWN = 40;

    private final Setting setting;
    private final List<MemberView> members = new ArrayList<>();
    private SocietyView view;
    private double unitsPerBar = 1;

    CommonsScene(Setting setting) {
        this.setting = setting;
    }

    Setting setting() {
        return setting;
    }

    SocietyView view() {
        return view;
    }

    void reset(SocietyView newView) {
        view = newView;
        members.clear();
        update();
    }

    /** Brings the members up to date (newcomers join) and fixes the bars' scale for the month shown. */
    void update() {
        if (view == null) {
            return;
        }
        for (int i = members.size(); i < view.members(); i++) {
            members.add(new MemberView(this, i));
        }
        long largest = Math.max(1, Math.max(view.agentThreshold(), Math.max(view.limitInForce(), view.agreedLimit())));
        for (int i = 0; i < Math.min(MEMBERS_SHOWN, members.size()); i++) {
            largest = Math.max(largest, Math.max(view.requested(i), view.taken(i)));
        }
        unitsPerBar = largest * 1.15;
    }

    List<MemberView> members() {
        return members;
    }

    /** How many members have a column. */
    int shown() {
        return Math.min(MEMBERS_SHOWN, members.size());
    }

    double columnWidth() {
        return (MEMBERS_RIGHT - MEMBERS_LEFT) / Math.max(1, shown());
    }

    /** The x of the centre of member {@code i}'s column. */
    double columnCentre(int i) {
        return MEMBERS_LEFT + (i + 0.5) * columnWidth();
    }

    /** Field units per pool unit in the members' bars. */
    double barScale() {
        return (BOTTOM - TOP) / unitsPerBar;
    }

    /** Field units per pool unit in the pool's tank. */
    double poolScale() {
        return view == null ? 0 : (BOTTOM - TOP) / Math.max(1, view.capacity());
    }

    /** The y of the pool's tank at {@code units}. */
    double poolY(double units) {
        return BOTTOM - units * poolScale();
    }

    /** The x of the members' value axis, field units: just left of the first column. */
    static final double AXIS_X = MEMBERS_LEFT - 6;

    /** The values the members' axis marks, pool units: 0 and round steps (1, 2 or 5 × 10^k, eight or fewer) up to the bars' top. */
    List<Long> barTicks() {
        double wanted = unitsPerBar / 8;
        long step = 1;
        while (step < wanted) {
            if (2 * step >= wanted) {
                step *= 2;
            } else if (5 * step >= wanted) {
                step *= 5;
            } else {
                step *= 10;
            }
        }
        List<Long> ticks = new ArrayList<>();
        for (long units = 0; units <= unitsPerBar; units += step) {
            ticks.add(units);
        }
        return ticks;
    }

    /** The y of the members' bars at {@code units}. */
    double barY(double units) {
        return BOTTOM - units * barScale();
    }
}

package org.agora.viz.commons;

import org.agora.agents.commons.SocietyView;

/** What the Console's model inspector shows of a commons run (MASON lists a bean's getters), in the pool's units. */
public final class CommonsInspection {

    private final CommonsScene scene;

    CommonsInspection(CommonsScene scene) {
        this.scene = scene;
    }

    private SocietyView view() {
        return scene.view();
    }

    public int getMonth() {
        return view() == null ? 0 : view().month();
    }

    public long getLevel() {
        return view() == null ? 0 : view().level();
    }

    public long getLevelBeforeHarvest() {
        return view() == null ? 0 : view().levelBeforeHarvest();
    }

    public long getCapacity() {
        return view() == null ? 0 : view().capacity();
    }

    public long getCollapseThreshold() {
        return view() == null ? 0 : view().collapseThreshold();
    }

    /** F(t): the group's sustainable harvest this month (the least to take out, for a chore). */
    public long getGroupThreshold() {
        return view() == null ? 0 : view().groupThreshold();
    }

    public int getAgentThreshold() {
        return view() == null ? 0 : view().agentThreshold();
    }

    /** The limit agreed this month for the next, or −1. */
    public int getAgreedLimit() {
        return view() == null ? -1 : view().agreedLimit();
    }

    public int getMembers() {
        return view() == null ? 0 : view().members();
    }

    public boolean isCollapsed() {
        return view() != null && view().collapsed();
    }
}

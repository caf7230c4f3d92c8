package org.agora.viz.commons;

import org.agora.agents.commons.SocietyView;

/** A member as the display shows it and its inspector lists it: read-only getters over the model, in the pool's units. */
public final class MemberView {

    private final CommonsScene scene;
    private final int member;

    MemberView(CommonsScene scene, int member) {
        this.scene = scene;
        this.member = member;
    }

    private SocietyView view() {
        return scene.view();
    }

    /** The member's number in the society. */
    public int index() {
        return member;
    }

    public String getId() {
        return view().memberId(member);
    }

    /** Its kind (policy). */
    public String getKind() {
        return view().memberKind(member);
    }

    /** The month it joined in. */
    public int getJoined() {
        return view().joined(member);
    }

    /** What it asked for this month. */
    public int getRequested() {
        return view().requested(member);
    }

    /** What it got (took out, for a chore) this month. */
    public int getTaken() {
        return view().taken(member);
    }

    /** The limit it was expected to keep this month: the agreed one, or the threshold. */
    public int getLimitInForce() {
        return view().limitInForce();
    }

    /** Whether its request broke that limit (went past it; fell short of it for a chore). */
    public boolean isBrokeTheLimit() {
        return view().direction().breaks(getRequested(), getLimitInForce());
    }

    @Override
    public String toString() {
        return getId();
    }
}

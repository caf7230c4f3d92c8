package org.agora.wireless.smallcell.events;

import org.agora.core.event.Worded;

/** The population kind of a small-cell user; events carry it as its lower-case word ({@code pedestrian}). */
public enum UserKind implements Worded {
    PEDESTRIAN,
    VEHICLE;

    /**
     * The kind a population kind's name names.
     *
     * @throws IllegalArgumentException if none does
     */
    public static UserKind of(String word) {
        return Worded.byWord(UserKind.class, word);
    }
}

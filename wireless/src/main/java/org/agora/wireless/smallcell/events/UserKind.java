package org.agora.wireless.smallcell.events;

import java.util.Locale;
import org.agora.core.event.Worded;

/** The population kind of a small-cell user; events carry it as its lower-case word ({@code pedestrian}). */
public enum UserKind implements Worded {
    PEDESTRIAN,
    VEHICLE;

    @Override
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The kind a population kind's name names.
     *
     * @throws IllegalArgumentException if none does
     */
    public static UserKind of(String word) {
        for (UserKind kind : values()) {
            if (kind.word().equals(word)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("unknown user kind '" + word + "'");
    }
}

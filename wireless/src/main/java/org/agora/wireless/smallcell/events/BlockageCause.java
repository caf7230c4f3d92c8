package org.agora.wireless.smallcell.events;

/** What started a blockage of a link ({@link BlockageStarted#cause()}). */
public enum BlockageCause {
    /** The random blockage process (the blockage rate). */
    RANDOM,
    /** A {@code block-link} intervention. */
    INTERVENTION,
    /** A {@code block-area} intervention. */
    AREA
}

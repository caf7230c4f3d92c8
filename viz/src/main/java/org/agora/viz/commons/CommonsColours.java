package org.agora.viz.commons;

import java.awt.Color;
import org.agora.agents.commons.Setting;

/** The commons display's colours (tests look for them on the screen). */
public final class CommonsColours {

    /** The collapse threshold's line. */
    public static final Color COLLAPSE = new Color(0xD62728);
    /** The sustainability line: the level the pool may be harvested down to this month and still grow back. */
    public static final Color SUSTAINABLE = new Color(0x2CA02C);
    /** The per-agent threshold across the members' bars. */
    public static final Color THRESHOLD = new Color(0x2CA02C);
    /** The agreed limit across the members' bars. */
    public static final Color AGREED = new Color(0x7B3294);
    /** Outlines and text. */
    public static final Color INK = new Color(0x222222);
    /** What the pool held before this month's harvest (an outline). */
    public static final Color BEFORE = new Color(0x888888);
    /** The background. */
    public static final Color PAPER = new Color(0xF7F5F0);
    /** The empty part of the pool. */
    public static final Color EMPTY = new Color(0xE4E1DA);

    private CommonsColours() {
    }

    /** The colour of the resource itself: a lake, grass, a clean river, trash. */
    public static Color resource(Setting setting) {
        return switch (setting) {
            case FISHERY -> new Color(0x2E78C7);
            case PASTURE -> new Color(0x5FA83A);
            case POLLUTION -> new Color(0x52B5D9);
            case TRASH -> new Color(0x8A6A45);
        };
    }

    /** A member's colour, by its kind (policy). */
    public static Color kind(String kind) {
        return switch (kind) {
            case "greedy" -> new Color(0xE4572E);
            case "sustainable" -> new Color(0x17A589);
            case "conditional-cooperator" -> new Color(0x3366CC);
            case "noisy-sustainable" -> new Color(0x76B7B2);
            case "universalization-aware" -> new Color(0x9467BD);
            case "bandit" -> new Color(0xF2A541);
            case "scripted" -> new Color(0x7F7F7F);
            default -> new Color(0xA0A0A0);
        };
    }
}

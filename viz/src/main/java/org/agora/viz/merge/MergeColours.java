package org.agora.viz.merge;

import java.awt.Color;

/** The merge display's colours (tests look for them on the screen). */
public final class MergeColours {

    /** A human-driven vehicle's body. */
    public static final Color HDV = new Color(0x2F6DB5);
    /** A connected automated vehicle's body. */
    public static final Color CAV = new Color(0xF08A24);
    /** A CAV's shared intent: the path it announced. */
    public static final Color INTENT = new Color(0xF08A24);
    /** A ring around a CAV whose action the safety module replaced (within the last second). */
    public static final Color OVERRIDE = new Color(0xC2185B);
    /** A cross where a collision happened (within the last three seconds). */
    public static final Color COLLISION = new Color(0xE3120B);
    /** The road's surface. */
    public static final Color ASPHALT = new Color(0x60656B);
    /** Lane edges. */
    public static final Color MARKING = new Color(0xF4F4F4);
    /** The obstacle closing the merge lane. */
    public static final Color OBSTACLE = new Color(0x7A1E1E);
    /** Around the road. */
    public static final Color VERGE = new Color(0xD6E6C8);
    /** The outline of a selected vehicle. */
    public static final Color SELECTED = new Color(0xFFE000);

    private MergeColours() {
    }
}

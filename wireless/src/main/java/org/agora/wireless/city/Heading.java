package org.agora.wireless.city;

/** A direction of travel along the streets of a {@link ManhattanGrid}. */
public enum Heading {
    EAST(1, 0), NORTH(0, 1), WEST(-1, 0), SOUTH(0, -1);

    private final int dx;
    private final int dy;

    Heading(int dx, int dy) {
        this.dx = dx;
        this.dy = dy;
    }

    /** The x component of the unit vector (−1, 0 or 1). */
    public int dx() {
        return dx;
    }

    /** The y component of the unit vector (−1, 0 or 1). */
    public int dy() {
        return dy;
    }

    /** The heading after a left turn. */
    public Heading left() {
        return values()[(ordinal() + 1) % 4];
    }

    /** The heading after a right turn. */
    public Heading right() {
        return values()[(ordinal() + 3) % 4];
    }
}

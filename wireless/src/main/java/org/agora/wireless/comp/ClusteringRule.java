package org.agora.wireless.comp;

/** How base stations are grouped into CoMP clusters. */
public enum ClusteringRule {

    /**
     * Square tiles of the city, sized so that a tile holds {@code clusterSize} cells on average;
     * a cell belongs to the tile it stands in (so cluster sizes vary with the placement).
     */
    GRID,

    /**
     * Greedy nearest neighbours: in order of cell index, each cell not yet clustered starts a
     * cluster with the {@code clusterSize − 1} nearest cells not yet clustered (ties to the lower
     * index); the last cluster may be smaller.
     */
    NEAREST;

    /** The rule by its name in scenario files: {@code grid} or {@code nearest}. */
    public static ClusteringRule named(String name) {
        return switch (name) {
            case "grid" -> GRID;
            case "nearest" -> NEAREST;
            default -> throw new IllegalArgumentException("unknown clustering rule " + name);
        };
    }
}

package org.agora.core.scenario;

import java.util.List;

/**
 * Who takes part in a run: groups of members, each of one kind, in the order the scenario file
 * lists them.
 */
public record Population(List<Group> groups) {

    /** {@code count} members of one {@code kind}, with the kind's parameters resolved. */
    public record Group(String kind, int count, Parameters parameters) {
    }

    public Population {
        groups = List.copyOf(groups);
    }

    public static Population empty() {
        return new Population(List.of());
    }

    public static Population of(Group... groups) {
        return new Population(List.of(groups));
    }

    /** The total number of members. */
    public int size() {
        int size = 0;
        for (Group group : groups) {
            size += group.count();
        }
        return size;
    }

    public boolean isEmpty() {
        return groups.isEmpty();
    }
}

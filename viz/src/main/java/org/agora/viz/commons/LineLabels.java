package org.agora.viz.commons;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Where to write the labels of horizontal lines that may lie close together (the per-agent
 * threshold and the agreed limit are often the same amount): each label as near its line as it
 * can be while no two are closer than a line of text, so none overprints another. Labels keep the
 * order of their lines; a group that had to move apart stays centred on its lines.
 */
final class LineLabels {

    private LineLabels() {
    }

    /**
     * @param wanted the y of each label's line (any order, pixels or field units)
     * @param gap the least distance between two labels' y (a line of text)
     * @return the y to write each label at, in the order of {@code wanted}
     */
    static double[] spread(double[] wanted, double gap) {
        Integer[] order = new Integer[wanted.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> wanted[i]));
        List<Group> groups = new ArrayList<>();
        for (int i : order) {
            groups.add(new Group(wanted[i], gap));
            while (groups.size() > 1) {
                Group last = groups.get(groups.size() - 1);
                Group before = groups.get(groups.size() - 2);
                if (last.top() >= before.top() + before.size * gap) {
                    break;
                }
                before.absorb(last);
                groups.remove(groups.size() - 1);
            }
        }
        double[] placed = new double[wanted.length];
        int next = 0;
        for (Group group : groups) {
            for (int k = 0; k < group.size; k++) {
                placed[order[next++]] = group.top() + k * gap;
            }
        }
        return placed;
    }

    /** Labels of neighbouring lines written one text line apart, centred on the mean of their lines' y. */
    private static final class Group {
        private final double gap;
        private double sum;
        private int size;

        Group(double y, double gap) {
            this.gap = gap;
            this.sum = y;
            this.size = 1;
        }

        /** The first label's y. */
        double top() {
            return sum / size - (size - 1) * gap / 2;
        }

        void absorb(Group other) {
            sum += other.sum;
            size += other.size;
        }
    }
}

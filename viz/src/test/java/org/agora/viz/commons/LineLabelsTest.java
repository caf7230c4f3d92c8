package org.agora.viz.commons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class LineLabelsTest {

    private static final double EPSILON = 1e-9;

    /** The indices of {@code ys} from the smallest y to the largest (ties by index). */
    private static Integer[] byY(double[] ys) {
        Integer[] order = new Integer[ys.length];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble(i -> ys[i]));
        return order;
    }

    @Test
    void twoLinesAtTheSameHeightGetLabelsALineOfTextApartCentredOnThem() {
        assertThat(LineLabels.spread(new double[] {100, 100}, 12)).containsExactly(94, 106);
    }

    @Test
    void labelsOfLinesFarApartStayAtTheirLines() {
        assertThat(LineLabels.spread(new double[] {300, 20, 150}, 12)).containsExactly(300, 20, 150);
    }

    @Test
    void aGroupPushedUpAgainstTheOneAboveJoinsIt() {
        // 90 and 100 move apart to 89 and 101, and 104 is then too close: all three end 12 apart around their mean (98)
        assertThat(LineLabels.spread(new double[] {104, 90, 100}, 12)).containsExactly(110, 86, 98);
    }

    @Property
    void labelsKeepTheirLinesOrderNeverOverprintAndStayCentredOnTheirLines(
            @ForAll @Size(min = 1, max = 8) List<@DoubleRange(min = 0, max = 500) Double> lines,
            @ForAll @DoubleRange(min = 1, max = 40) double gap) {
        double[] wanted = lines.stream().mapToDouble(Double::doubleValue).toArray();
        double[] placed = LineLabels.spread(wanted, gap);

        assertThat(placed).hasSameSizeAs(wanted);
        Integer[] order = byY(wanted);
        for (int k = 1; k < order.length; k++) {
            assertThat(placed[order[k]] - placed[order[k - 1]]).as("labels %d and %d", order[k - 1], order[k])
                    .isGreaterThanOrEqualTo(gap - EPSILON);
        }
        assertThat(Arrays.stream(placed).sum()).isCloseTo(Arrays.stream(wanted).sum(), within(1e-6));
    }

    @Property
    void labelsOfLinesAtLeastALineOfTextApartAreNotMoved(
            @ForAll @Size(min = 1, max = 8) List<@DoubleRange(min = 0, max = 20) Double> steps,
            @ForAll @DoubleRange(min = 1, max = 40) double gap) {
        double[] wanted = new double[steps.size()];
        double y = 0;
        for (int i = 0; i < wanted.length; i++) {
            y += gap + steps.get(i);
            wanted[i] = y;
        }
        assertThat(LineLabels.spread(wanted, gap)).containsExactly(wanted);
    }
}

package org.agora.wireless.city;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;

/** A 3×3 city of 80 m blocks and 20 m streets: pitch 100 m, block (i, j) at [100i + 20, 100i + 100]. */
class ManhattanGridTest {

    private static ManhattanGrid city(double height) {
        double[] heights = new double[9];
        Arrays.fill(heights, height);
        return new ManhattanGrid(3, 3, 80, 20, heights);
    }

    private final ManhattanGrid grid = city(30);

    @Test
    void streetsBlocksAndIntersectionsAreWhereThePitchPutsThem() {
        assertThat(grid.pitchM()).isEqualTo(100);
        assertThat(grid.widthM()).isEqualTo(320);
        assertThat(grid.streetX(1)).isEqualTo(110);
        assertThat(grid.streetY(3)).isEqualTo(310);
        assertThat(grid.insideBuilding(60, 60)).isTrue();
        assertThat(grid.insideBuilding(110, 60)).isFalse();
        assertThat(grid.insideBuilding(60, 110)).isFalse();
        assertThat(grid.buildings()).hasSize(9);
        assertThat(grid.buildings().get(4)).isEqualTo(new Building(1, 1, 120, 120, 200, 200, 30));
    }

    @Test
    void alongAStreetThereIsLineOfSightAndAcrossABlockThereIsNot() {
        assertThat(grid.lineOfSight(110, 5, 10, 110, 315, 1.5)).isTrue();
        assertThat(grid.lineOfSight(5, 210, 10, 315, 210, 1.5)).isTrue();
        assertThat(grid.lineOfSight(110, 60, 10, 210, 60, 1.5)).isFalse();
        assertThat(grid.lineOfSight(105, 5, 10, 115, 315, 1.5)).isTrue();
        assertThat(grid.lineOfSight(10, 10, 10, 210, 210, 1.5)).isFalse();
        assertThat(grid.lineOfSight(15, 30, 10, 215, 40, 1.5)).isFalse();
    }

    @Test
    void grazingACornerLeavesTheLineOfSightOpen() {
        // From (110, 90) to (90, 110) the segment touches block (0,0)'s corner (100, 100) only;
        // two metres further south-west it cuts through the block.
        assertThat(grid.lineOfSight(110, 90, 10, 90, 110, 10)).isTrue();
        assertThat(grid.lineOfSight(110, 88, 10, 90, 108, 10)).isFalse();
    }

    @Test
    void aBuildingLowerThanTheRayDoesNotBlock() {
        ManhattanGrid low = city(5);
        assertThat(low.lineOfSight(110, 60, 10, 210, 60, 10)).isTrue();
        // A ray descending from 10 m to 1.5 m crosses a 5 m roof too low on its far side.
        assertThat(low.lineOfSight(110, 60, 10, 210, 60, 1.5)).isFalse();
    }

    @Property(tries = 1000)
    void lineOfSightIsSymmetric(@ForAll @DoubleRange(min = 0, max = 320) double ax,
            @ForAll @DoubleRange(min = 0, max = 320) double ay, @ForAll @DoubleRange(min = 0, max = 320) double bx,
            @ForAll @DoubleRange(min = 0, max = 320) double by) {
        assertThat(grid.lineOfSight(ax, ay, 10, bx, by, 10)).isEqualTo(grid.lineOfSight(bx, by, 10, ax, ay, 10));
    }

    /** Against a brute-force walk along the segment in centimetre steps. */
    @Property(tries = 1000)
    void lineOfSightAgreesWithSamplingTheSegment(@ForAll @DoubleRange(min = 0, max = 320) double ax,
            @ForAll @DoubleRange(min = 0, max = 320) double ay, @ForAll @DoubleRange(min = 0, max = 320) double bx,
            @ForAll @DoubleRange(min = 0, max = 320) double by) {
        if (grid.insideBuilding(ax, ay) || grid.insideBuilding(bx, by)) {
            return;
        }
        double length = Math.hypot(bx - ax, by - ay);
        int samples = (int) Math.ceil(length / 0.01) + 1;
        int inside = 0;
        for (int i = 1; i < samples; i++) {
            double t = (double) i / samples;
            if (grid.insideBuilding(ax + t * (bx - ax), ay + t * (by - ay))) {
                inside++;
            }
        }
        // A crossing shorter than two samples may slip between them; one that is seen must block.
        if (inside >= 2) {
            assertThat(grid.lineOfSight(ax, ay, 10, bx, by, 10)).isFalse();
        }
        if (inside == 0 && length > 0.05) {
            // Nothing seen inside: blocked only by a sliver thinner than a centimetre step.
            double slack = 0;
            for (int i = 1; i < samples; i++) {
                double t = (i - 0.5) / samples;
                slack += grid.insideBuilding(ax + t * (bx - ax), ay + t * (by - ay)) ? 1 : 0;
            }
            if (slack == 0) {
                assertThat(grid.lineOfSight(ax, ay, 10, bx, by, 10)).isTrue();
            }
        }
    }
}

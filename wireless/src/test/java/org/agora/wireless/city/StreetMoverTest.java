package org.agora.wireless.city;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.LongRange;
import org.agora.core.kernel.RandomStream;
import org.agora.core.kernel.RandomStreams;
import org.junit.jupiter.api.Test;

class StreetMoverTest {

    private static ManhattanGrid city() {
        double[] heights = new double[16];
        Arrays.fill(heights, 20);
        return new ManhattanGrid(4, 4, 80, 20, heights);
    }

    @Property(tries = 60)
    void usersStayOnTheStreetsAndCoverTheirSpeed(@ForAll @LongRange(min = 1, max = 1_000_000) long seed,
            @ForAll boolean vehicle) {
        ManhattanGrid grid = city();
        RandomStream random = new RandomStreams(seed).stream("mobility");
        MoverProfile profile = vehicle ? MoverProfile.vehicle() : MoverProfile.pedestrian();
        StreetMover mover = StreetMover.random(grid, profile, random);
        double covered = 0;
        for (int i = 0; i < 5_000; i++) {
            double x = mover.x();
            double y = mover.y();
            double moved = mover.advance(0.05, random);
            covered += moved;
            assertThat(grid.insideBuilding(mover.x(), mover.y())).isFalse();
            assertThat(mover.x()).isBetween(0.0, grid.widthM());
            assertThat(mover.y()).isBetween(0.0, grid.heightM());
            // The straight-line displacement never exceeds the distance covered.
            assertThat(Math.hypot(mover.x() - x, mover.y() - y)).isLessThanOrEqualTo(moved + 1e-9);
        }
        if (!vehicle) {
            assertThat(covered).isCloseTo(mover.speedMps() * 250, within(1e-6));
        }
    }

    @Test
    void aRightTurnHugsTheCornerAndALeftTurnCrossesTheStreet() {
        ManhattanGrid grid = city();
        RandomStream random = new RandomStreams(3).stream("mobility");
        // Heading east toward intersection (1, 1) at (110, 110), 8.5 m right of the axis (y = 101.5).
        StreetMover right = new StreetMover(grid, MoverProfile.pedestrian(), 1.0, Heading.EAST, 1, 1, -20,
                StreetMover.Turn.RIGHT);
        right.advance(20 - 8.5 - 0.001, random);
        assertThat(right.heading()).isEqualTo(Heading.EAST);
        right.advance(0.002, random);
        assertThat(right.heading()).isEqualTo(Heading.SOUTH);
        // It turned at (101.5, 101.5), the corner of the sidewalks, and now walks south along x = 101.5.
        assertThat(right.x()).isCloseTo(101.5, within(1e-9));
        right.advance(5, random);
        assertThat(right.x()).isCloseTo(101.5, within(1e-9));
        assertThat(right.y()).isCloseTo(101.5 - 5 - 0.001, within(1e-9));

        StreetMover left = new StreetMover(grid, MoverProfile.pedestrian(), 1.0, Heading.EAST, 1, 1, -20,
                StreetMover.Turn.LEFT);
        left.advance(20 + 8.5 + 0.001, random);
        assertThat(left.heading()).isEqualTo(Heading.NORTH);
        // It crossed to the far sidewalk of the cross street: x = 118.5, heading north.
        assertThat(left.x()).isCloseTo(118.5, within(1e-9));
    }

    @Test
    void vehiclesStopAtSomeIntersections() {
        ManhattanGrid grid = city();
        RandomStream random = new RandomStreams(5).stream("mobility");
        StreetMover car = StreetMover.random(grid, new MoverProfile(10, 0, 5, 0.5, 1.0, 4.0), random);
        int stoppedSteps = 0;
        for (int i = 0; i < 2_000; i++) {
            car.advance(0.1, random);
            if (car.stopped()) {
                stoppedSteps++;
            }
        }
        assertThat(stoppedSteps).isGreaterThan(100);
    }
}

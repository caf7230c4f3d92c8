package org.agora.wireless.city;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import org.agora.core.kernel.RandomStream;
import org.agora.core.kernel.RandomStreams;
import org.agora.wireless.channel.Decibels;
import org.agora.wireless.channel.LinkTable;
import org.agora.wireless.channel.UmiStreetCanyon;
import org.junit.jupiter.api.Test;

/**
 * A pedestrian walks east along the south sidewalk of a street (y = 101.5) past the north-west
 * corner (120, 100) of a building. A cell on a lamp post in the cross street at (101.5, 50) sees
 * it until the line from the lamp post through the corner meets the sidewalk:
 * x* = 101.5 + (120 − 101.5)·(101.5 − 50)/(100 − 50) = 120.555 m. There the link turns from LOS to
 * NLOS and, with one cell and no shadowing, the SINR drops by exactly PL_NLOS(d) − PL_LOS(d).
 */
class CornerTurningTest {

    private static final double CORNER_CROSSING_X = 101.5 + 18.5 * 51.5 / 50;

    @Test
    void theLinkTurnsNlosWhereTheBuildingEdgeSaysAndTheSinrDropsByTheGeometry() {
        double[] heights = new double[9];
        Arrays.fill(heights, 30);
        ManhattanGrid grid = new ManhattanGrid(3, 3, 80, 20, heights);
        UmiStreetCanyon umi = new UmiStreetCanyon(3.5, 10, 1.5);
        double noiseDbm = Decibels.thermalNoiseDbm(18e6, 9);
        LinkTable links = new LinkTable(grid, umi, new double[] {101.5}, new double[] {50}, 30, noiseDbm, false, 1);
        // East along row 1's street, toward intersection (2, 1), going straight on: the path runs 8.5 m
        // right (south) of the street's axis y = 110, that is 1.5 m from the building walls.
        StreetMover walker = new StreetMover(grid, MoverProfile.pedestrian(), 1.4, Heading.EAST, 2, 1, 112 - 210,
                StreetMover.Turn.STRAIGHT);
        RandomStream random = new RandomStreams(1).stream("mobility");
        assertThat(walker.y()).isEqualTo(101.5);
        links.update(0, walker.x(), walker.y(), 0, random);
        assertThat(links.lineOfSight(0, 0)).isTrue();
        double lastLosX = walker.x();
        double lastLosSinr = links.sinrDb(0, 0);
        while (links.lineOfSight(0, 0)) {
            lastLosX = walker.x();
            lastLosSinr = links.sinrDb(0, 0);
            walker.advance(0.01, random);
            links.update(0, walker.x(), walker.y(), 0.014, random);
        }
        double firstNlosX = walker.x();
        double step = 1.4 * 0.01;
        assertThat(lastLosX).isLessThanOrEqualTo(CORNER_CROSSING_X);
        assertThat(firstNlosX).isGreaterThan(CORNER_CROSSING_X).isCloseTo(CORNER_CROSSING_X, within(step + 1e-9));
        double distance = Math.hypot(CORNER_CROSSING_X - 101.5, 101.5 - 50);
        double expectedDrop = umi.nlosDb(distance) - umi.losDb(distance);
        assertThat(expectedDrop).isCloseTo(15.66, within(0.05));
        assertThat(lastLosSinr - links.sinrDb(0, 0)).isCloseTo(expectedDrop, within(0.01));
    }
}

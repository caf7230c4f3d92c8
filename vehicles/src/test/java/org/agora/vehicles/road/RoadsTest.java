package org.agora.vehicles.road;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RoadsTest {

    @Test
    void mappoPisGeometry() {
        Road road = Roads.mappoPis();
        Lane main = road.lane(0);
        Lane ramp = road.rampLane();
        assertThat(main.endX()).isEqualTo(520);
        assertThat(main.end()).isEqualTo(LaneEnd.EXIT);
        assertThat(ramp.y(0)).isEqualTo(10.5);
        assertThat(ramp.y(220)).isEqualTo(10.5);
        assertThat(ramp.y(270)).isCloseTo(4 + 3.25, within(1e-9));
        assertThat(ramp.y(320)).isCloseTo(4, within(1e-9));
        assertThat(ramp.y(400)).isEqualTo(4);
        assertThat(ramp.heading(270)).isLessThan(0);
        assertThat(ramp.obstacleX()).isEqualTo(420);
        assertThat(road.left(ramp, 319)).isNull();
        assertThat(road.left(ramp, 320)).isSameAs(main);
        assertThat(road.left(ramp, 420)).isSameAs(main);
        assertThat(road.right(main, 350)).isSameAs(ramp);
        assertThat(road.right(main, 430)).isNull();
        assertThat(road.mergeStartX()).isEqualTo(320);
        assertThat(road.mergeEndX()).isEqualTo(420);
    }

    @Test
    void mergeV0AndHighways() {
        Road v0 = Roads.mergeV0();
        assertThat(v0.mainLanes()).hasSize(2);
        assertThat(v0.rampLane().y(0)).isCloseTo(14.5, within(1e-9));
        assertThat(v0.rampLane().y(230)).isCloseTo(8, within(1e-9));
        assertThat(v0.mergeEndX()).isEqualTo(310);
        Road highway = Roads.highway(3, 5000, 800, 100, 100, 200);
        assertThat(highway.mainLanes()).hasSize(3);
        assertThat(highway.mergeStartX()).isEqualTo(1000);
        assertThat(highway.mergeEndX()).isEqualTo(1200);
        assertThat(highway.left(highway.lane(1), 10)).isSameAs(highway.lane(0));
    }
}

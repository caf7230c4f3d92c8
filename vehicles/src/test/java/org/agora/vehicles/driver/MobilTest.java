package org.agora.vehicles.driver;

import static org.assertj.core.api.Assertions.assertThat;

import org.agora.vehicles.road.Centreline;
import org.agora.vehicles.road.Lane;
import org.agora.vehicles.road.LaneEnd;
import org.agora.vehicles.road.LaneRole;
import org.agora.vehicles.road.Road;
import org.agora.vehicles.traffic.Traffic;
import org.agora.vehicles.traffic.TrafficListener;
import org.agora.vehicles.traffic.Vehicle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** MOBIL changes lanes exactly when its incentive and safety criteria, computed here by hand, say so. */
class MobilTest {

    private static final Driver DRIVER = DriverSet.MAPPO_PIS.driver(DriverKind.IDM);
    private static final IdmParameters P = IdmParameters.reference();

    private static Road twoLanes() {
        Road.Builder road = Road.builder("two-lanes");
        Lane left = road.lane("main-0", LaneRole.MAIN, 0, 10_000, LaneEnd.EXIT, Centreline.straight(0));
        Lane right = road.lane("main-1", LaneRole.MAIN, 0, 10_000, LaneEnd.EXIT, Centreline.straight(4));
        road.adjacent(left, right, 0, 10_000);
        return road.merge(9000, 9100).build();
    }

    @ParameterizedTest
    @ValueSource(doubles = {8, 15, 25, 35, 45, 60, 80, 120, 200})
    void incentive(double leaderGap) {
        Traffic traffic = new Traffic(twoLanes(), 0.1, TrafficListener.NONE);
        Lane right = traffic.road().lane(1);
        Lane left = traffic.road().lane(0);
        Vehicle ego = traffic.spawnHuman("hdv-0", DRIVER, right, 1000, 25, 30, 1e9);
        traffic.spawnHuman("hdv-1", DRIVER, right, 1000 + Vehicle.LENGTH + leaderGap, 20, 20, 1e9);
        traffic.spawnHuman("hdv-2", DRIVER, left, 1000 + Vehicle.LENGTH + 150, 28, 28, 1e9);
        traffic.sense();
        double before = Idm.acceleration(P, 25, 30, leaderGap, 20);
        double after = Idm.acceleration(P, 25, 30, 150, 28);
        boolean expected = after - before >= DRIVER.mobil().minGain();
        assertThat(traffic.mobilRecommends(ego, left)).isEqualTo(expected);
    }

    @ParameterizedTest
    @ValueSource(doubles = {1, 3, 5, 8, 12, 20, 30, 50})
    void safety(double followerGap) {
        Traffic traffic = new Traffic(twoLanes(), 0.1, TrafficListener.NONE);
        Lane right = traffic.road().lane(1);
        Lane left = traffic.road().lane(0);
        Vehicle ego = traffic.spawnHuman("hdv-0", DRIVER, right, 1000, 15, 30, 1e9);
        traffic.spawnHuman("hdv-1", DRIVER, right, 1000 + Vehicle.LENGTH + 10, 0, 0.1, 1e9);
        traffic.spawnHuman("hdv-2", DRIVER, left, 1000 - Vehicle.LENGTH - followerGap, 25, 30, 1e9);
        traffic.sense();
        double imposed = Idm.acceleration(P, 25, 30, followerGap, 15);
        boolean safe = imposed >= -DRIVER.mobil().maxImposedBraking();
        double gain = Idm.acceleration(P, 15, 30, Double.POSITIVE_INFINITY, 0) - Idm.acceleration(P, 15, 30, 10, 0);
        assertThat(gain).isGreaterThan(DRIVER.mobil().minGain());
        assertThat(traffic.mobilRecommends(ego, left)).isEqualTo(safe);
    }

    @ParameterizedTest
    @ValueSource(doubles = {10, 60})
    void theDriverActsOnItAtItsDecisionTime(double leaderGap) {
        Traffic traffic = new Traffic(twoLanes(), 0.1, TrafficListener.NONE);
        Lane right = traffic.road().lane(1);
        Vehicle ego = traffic.spawnHuman("hdv-0", DRIVER, right, 1000, 25, 30, 0.35);
        traffic.spawnHuman("hdv-1", DRIVER, right, 1000 + Vehicle.LENGTH + leaderGap, 20, 20, 1e9);
        boolean expected = Idm.acceleration(P, 25, 30, Double.POSITIVE_INFINITY, 0)
                - Idm.acceleration(P, 25, 30, leaderGap, 20) >= DRIVER.mobil().minGain();
        for (int k = 0; k <= 3; k++) {
            traffic.setTime(k * 0.1);
            traffic.sense();
            traffic.act();
            assertThat(ego.changingLanes()).isFalse();
            traffic.integrate();
        }
        traffic.setTime(0.4);
        traffic.sense();
        traffic.act();
        assertThat(ego.changingLanes()).isEqualTo(expected);
    }
}

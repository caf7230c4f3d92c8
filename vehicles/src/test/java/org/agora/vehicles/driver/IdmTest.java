package org.agora.vehicles.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.agora.vehicles.road.Centreline;
import org.agora.vehicles.road.Lane;
import org.agora.vehicles.road.LaneEnd;
import org.agora.vehicles.road.LaneRole;
import org.agora.vehicles.road.Road;
import org.agora.vehicles.traffic.Traffic;
import org.agora.vehicles.traffic.TrafficListener;
import org.agora.vehicles.traffic.Vehicle;
import org.junit.jupiter.api.Test;

class IdmTest {

    private static final Driver IDM = DriverSet.MAPPO_PIS.driver(DriverKind.IDM);
    private static final double DT = 1.0 / 15;

    static Road singleLane(double length) {
        Road.Builder road = Road.builder("test");
        road.lane("main-0", LaneRole.MAIN, 0, length, LaneEnd.EXIT, Centreline.straight(0));
        return road.merge(length - 2, length - 1).build();
    }

    private static void step(Traffic traffic, int k) {
        traffic.setTime(k * DT);
        traffic.sense();
        traffic.act();
        traffic.integrate();
    }

    @Test
    void aFreeVehicleApproachesItsDesiredSpeed() {
        Traffic traffic = new Traffic(singleLane(100_000), DT, TrafficListener.NONE);
        Vehicle car = traffic.spawnHuman("hdv-0", IDM, traffic.road().lane(0), 0, 5, 25, 100);
        double previous = car.speed();
        for (int k = 0; k < 60 * 15; k++) {
            step(traffic, k);
            assertThat(car.speed()).isGreaterThanOrEqualTo(previous).isLessThanOrEqualTo(25);
            previous = car.speed();
        }
        assertThat(car.speed()).isCloseTo(25, within(0.1));
    }

    @Test
    void aPlatoonSettlesAtTheEquilibriumGap() {
        Traffic traffic = new Traffic(singleLane(1_000_000), DT, TrafficListener.NONE);
        Lane lane = traffic.road().lane(0);
        double leaderSpeed = 20;
        double v0 = 30;
        List<Vehicle> platoon = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            double x = 2000 - i * 60.0;
            platoon.add(traffic.spawnHuman("hdv-" + i, IDM, lane, x, leaderSpeed, i == 0 ? leaderSpeed : v0, 1e9));
        }
        for (int k = 0; k < 400 * 15; k++) {
            step(traffic, k);
        }
        double expected = IDM.idm().equilibriumGap(leaderSpeed, v0);
        // (s0 + v·T)/sqrt(1 − (v/v0)^δ) = (5 + 30)/sqrt(1 − (2/3)^4) = 38.6 m
        assertThat(expected).isCloseTo(35 / Math.sqrt(1 - Math.pow(20.0 / 30, 4)), within(1e-9));
        for (int i = 1; i < platoon.size(); i++) {
            assertThat(platoon.get(i).speed()).isCloseTo(leaderSpeed, within(0.01));
            assertThat(platoon.get(i).gapTo(platoon.get(i - 1))).isCloseTo(expected, within(0.05));
        }
    }

    @Test
    void noCollisionInALongPlatoonBehindABrakingLeader() {
        List<String> crashes = new ArrayList<>();
        Traffic traffic = new Traffic(singleLane(1_000_000), DT, new TrafficListener() {
            @Override
            public void collided(Vehicle vehicle, Vehicle other) {
                crashes.add(vehicle + "/" + other);
            }
        });
        Lane lane = traffic.road().lane(0);
        double v = 25;
        double gap = IDM.idm().equilibriumGap(v, 30);
        Vehicle leader = traffic.spawnCav("cav-0", lane, 10_000, v, v);
        List<Vehicle> followers = new ArrayList<>();
        for (int i = 1; i <= 40; i++) {
            followers.add(traffic.spawnHuman("hdv-" + i, IDM, lane, 10_000 - i * (gap + Vehicle.LENGTH), v, 30, 1e9));
        }
        for (int k = 0; k < 400 * 15; k++) {
            if (k == 30 * 15) {
                traffic.setTargetSpeed(leader, 0);
            }
            step(traffic, k);
        }
        assertThat(crashes).isEmpty();
        assertThat(leader.speed()).isLessThan(0.01);
        for (Vehicle follower : followers) {
            assertThat(follower.speed()).isLessThan(2.0);
        }
        for (int i = 1; i < followers.size(); i++) {
            assertThat(followers.get(i).gapTo(followers.get(i - 1))).isGreaterThan(0);
        }
    }

    @Property(tries = 200)
    void speedsNeverGoBelowZero(@ForAll @DoubleRange(min = 0, max = 40) double speed,
            @ForAll @DoubleRange(min = 0.5, max = 80) double gap, @ForAll @DoubleRange(min = 0, max = 40) double leaderSpeed,
            @ForAll @IntRange(min = 1, max = 200) int steps) {
        Traffic traffic = new Traffic(singleLane(1_000_000), DT, TrafficListener.NONE);
        Lane lane = traffic.road().lane(0);
        Vehicle leader = traffic.spawnCav("cav-0", lane, 1000, leaderSpeed, 0);
        Vehicle follower = traffic.spawnHuman("hdv-1", IDM, lane, 1000 - Vehicle.LENGTH - gap, speed, 30, 1e9);
        for (int k = 0; k < steps; k++) {
            step(traffic, k);
            if (follower.removed()) {
                return;
            }
            assertThat(follower.speed()).isGreaterThanOrEqualTo(0);
            assertThat(leader.speed()).isGreaterThanOrEqualTo(0);
        }
    }

    @Property
    void accelerationNeverFallsAsTheGapGrows(@ForAll @DoubleRange(min = 0, max = 40) double speed,
            @ForAll @DoubleRange(min = 0.01, max = 200) double gap, @ForAll @DoubleRange(min = 0, max = 50) double more,
            @ForAll @DoubleRange(min = 0, max = 40) double leaderSpeed) {
        IdmParameters p = IdmParameters.reference();
        assertThat(Idm.acceleration(p, speed, 30, gap + more, leaderSpeed))
                .isGreaterThanOrEqualTo(Idm.acceleration(p, speed, 30, gap, leaderSpeed) - 1e-9);
    }
}

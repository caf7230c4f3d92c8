package org.agora.vehicles.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.agora.vehicles.driver.DriverKind;
import org.agora.vehicles.driver.DriverSet;
import org.agora.vehicles.road.Centreline;
import org.agora.vehicles.road.LaneEnd;
import org.agora.vehicles.road.LaneRole;
import org.agora.vehicles.road.Road;
import org.junit.jupiter.api.Test;

/** The collision footprint's scale decides whether two cars 4.7 m apart (centre to centre) collide. */
class FootprintScaleTest {

    private static List<String> collisions(double scale) {
        Road.Builder builder = Road.builder("test");
        builder.lane("main-0", LaneRole.MAIN, 0, 1000, LaneEnd.EXIT, Centreline.straight(0));
        Road road = builder.merge(998, 999).build();
        List<String> collided = new ArrayList<>();
        Traffic traffic = new Traffic(road, 0.1, new TrafficListener() {
            @Override
            public void collided(Vehicle vehicle, Vehicle other) {
                collided.add(vehicle.id() + "/" + (other == null ? "obstacle" : other.id()));
            }
        }, TrafficRules.AGORA.withFootprintScale(scale));
        var driver = DriverSet.MAPPO_PIS.driver(DriverKind.IDM);
        traffic.spawnHuman("rear", driver, road.lane(0), 95.3, 0, 1e-3, 1e9);
        traffic.spawnHuman("front", driver, road.lane(0), 100, 0, 1e-3, 1e9);
        traffic.setTime(0);
        traffic.sense();
        traffic.act();
        traffic.integrate();
        assertThat(traffic.vehicles()).as("crashed vehicles are removed").hasSize(collided.isEmpty() ? 2 : 0);
        return collided;
    }

    @Test
    void fullSizeFootprintsOverlapWhereTheStudysSmallerOnesDoNot() {
        assertThat(collisions(1.0)).containsExactly("rear/front");
        assertThat(collisions(0.9)).isEmpty();
    }
}

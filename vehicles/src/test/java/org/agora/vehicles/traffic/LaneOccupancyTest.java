package org.agora.vehicles.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.From;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.Size;
import org.agora.vehicles.driver.Driver;
import org.agora.vehicles.driver.DriverKind;
import org.agora.vehicles.driver.DriverSet;
import org.agora.vehicles.road.Centreline;
import org.agora.vehicles.road.Lane;
import org.agora.vehicles.road.LaneEnd;
import org.agora.vehicles.road.LaneRole;
import org.agora.vehicles.road.Road;

/**
 * A lane's occupancy keeps the x of its vehicles beside them for its searches: after any mix of
 * entries, moves (each followed by a sort, as {@link Traffic#integrate} does) and removals, its
 * order is by x and every search answers as a walk over the vehicles themselves would.
 */
class LaneOccupancyTest {

    private static final Lane LANE = lane();
    private static final Driver DRIVER = DriverSet.MAPPO_PIS.driver(DriverKind.IDM);

    private static Lane lane() {
        Road.Builder builder = Road.builder("test");
        builder.lane("main-0", LaneRole.MAIN, 0, 1000, LaneEnd.EXIT, Centreline.straight(0));
        return builder.merge(998, 999).build().lane(0);
    }

    /** One change to the lane: kind 0 adds a vehicle at x, 1 moves vehicle (index) to x and sorts, 2 removes it. */
    record Change(int kind, int index, double x) {
    }

    @Provide
    Arbitrary<Change> changes() {
        // Whole and half metres, so that ties between vehicles are common.
        Arbitrary<Double> xs = Arbitraries.integers().between(0, 60).map(i -> i / 2.0);
        return Combinators.combine(Arbitraries.integers().between(0, 2), Arbitraries.integers().between(0, 40), xs)
                .as(Change::new);
    }

    @Property
    void searchesAnswerAsAWalkOverTheVehiclesDoes(@ForAll @Size(max = 80) List<@From("changes") Change> changes,
            @ForAll @Size(min = 1, max = 10) List<@From("queries") Double> queries) {
        LaneOccupancy occupancy = new LaneOccupancy();
        List<Vehicle> present = new ArrayList<>();
        int number = 0;
        for (Change change : changes) {
            if (change.kind() == 0 || present.isEmpty()) {
                Vehicle v = new Vehicle(number, "v" + number, VehicleType.HDV, DRIVER, LANE, change.x(), 10, 15, 0);
                number++;
                present.add(v);
                occupancy.add(v);
            } else if (change.kind() == 1) {
                present.get(change.index() % present.size()).x = change.x();
                occupancy.sort();
            } else {
                occupancy.remove(present.remove(change.index() % present.size()));
            }
            assertThat(occupancy.size()).isEqualTo(present.size());
            for (int i = 1; i < occupancy.size(); i++) {
                assertThat(occupancy.get(i - 1).x).isLessThanOrEqualTo(occupancy.get(i).x);
            }
            for (double q : queries) {
                Vehicle self = present.isEmpty() ? null : present.get(0);
                assertThat(occupancy.ahead(q, self)).isSameAs(walkAhead(occupancy, q, self));
                assertThat(occupancy.behind(q, self)).isSameAs(walkBehind(occupancy, q, self));
                assertThat(occupancy.ahead(q, null)).isSameAs(walkAhead(occupancy, q, null));
            }
        }
    }

    @Provide
    Arbitrary<Double> queries() {
        return Arbitraries.integers().between(-2, 62).map(i -> i / 2.0);
    }

    private static Vehicle walkAhead(LaneOccupancy occupancy, double x, Vehicle self) {
        for (int i = 0; i < occupancy.size(); i++) {
            Vehicle v = occupancy.get(i);
            if (v != self && v.x > x) {
                return v;
            }
        }
        return null;
    }

    private static Vehicle walkBehind(LaneOccupancy occupancy, double x, Vehicle self) {
        for (int i = occupancy.size() - 1; i >= 0; i--) {
            Vehicle v = occupancy.get(i);
            if (v != self && v.x <= x) {
                return v;
            }
        }
        return null;
    }
}

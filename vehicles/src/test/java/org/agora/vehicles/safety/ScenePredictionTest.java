package org.agora.vehicles.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.agora.vehicles.cav.MetaAction;
import org.agora.vehicles.driver.GapForm;
import org.agora.vehicles.road.Road;
import org.agora.vehicles.road.Roads;
import org.agora.vehicles.traffic.Traffic;
import org.agora.vehicles.traffic.TrafficListener;
import org.agora.vehicles.traffic.TrafficRules;
import org.agora.vehicles.traffic.Vehicle;

/**
 * One vehicle dynamics: the safety module's prediction without noise (every human driver's factor
 * 1, every CAV keeping its commands) is the traffic itself stepped over the horizon, bit for bit, on
 * random scenes of both merge roads and both IDM gap forms (car following, MOBIL at each driver's
 * own decision times, lane changes under way, obstacles).
 */
class ScenePredictionTest {

    private static final double DT = 1.0 / 15;
    private static final int HORIZON = 15;

    @Property(tries = 300)
    void aNoiseFreePredictionIsTheTrafficSteppedOverTheHorizon(@ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Road road = random.nextBoolean() ? Roads.mappoPis() : Roads.mergeV0();
        GapForm form = random.nextBoolean() ? GapForm.BUMPER : GapForm.CENTRE;
        List<String> collisions = new ArrayList<>();
        Traffic traffic = new Traffic(road, DT, new TrafficListener() {
            @Override
            public void collided(Vehicle vehicle, Vehicle other) {
                collisions.add(vehicle.id());
            }
        }, TrafficRules.AGORA.withGapForm(form));
        int count = 1 + random.nextInt(10);
        for (int v = 0; v < count; v++) {
            RandomScenes.add(traffic, road, random, v, random.nextInt(3) == 0);
        }
        double start = 2.0;
        traffic.setTime(start);
        traffic.sense();
        Scene scene = new Scene(road, DT, 1.0, form);
        scene.clear(start);
        List<Vehicle> vehicles = new ArrayList<>(traffic.vehicles());
        for (Vehicle vehicle : vehicles) {
            if (vehicle.isCav()) {
                scene.addCav(vehicle, MetaAction.IDLE, false);
            } else {
                scene.addHuman(vehicle, 1.0);
            }
        }
        scene.rollOut(HORIZON, SafetyModule.GAP_CAP, -1, 0);
        for (int k = 0; k < HORIZON; k++) {
            if (k > 0) {
                traffic.setTime(start + k * DT);
                traffic.sense();
            }
            traffic.act();
            traffic.integrate();
        }
        // A collision or an exit at the road's end takes a vehicle off the road, which a prediction does not do.
        Assume.that(collisions.isEmpty() && vehicles.stream().noneMatch(Vehicle::removed));
        double[] predicted = new double[4];
        for (int i = 0; i < vehicles.size(); i++) {
            Vehicle vehicle = vehicles.get(i);
            scene.state(i, predicted);
            assertThat(predicted).as("%s", vehicle.id())
                    .containsExactly(vehicle.x(), vehicle.y(), vehicle.heading(), vehicle.speed());
        }
    }
}

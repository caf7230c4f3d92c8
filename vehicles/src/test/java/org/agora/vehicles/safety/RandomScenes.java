package org.agora.vehicles.safety;

import java.util.List;
import java.util.SplittableRandom;
import org.agora.vehicles.driver.DriverKind;
import org.agora.vehicles.driver.DriverSet;
import org.agora.vehicles.road.Lane;
import org.agora.vehicles.road.Road;
import org.agora.vehicles.traffic.Traffic;
import org.agora.vehicles.traffic.Vehicle;

/** Random vehicles for the property tests: anywhere on a random lane, any speed up to 30 m/s, some already changing lanes. */
final class RandomScenes {

    private RandomScenes() {
    }

    /** Adds vehicle number {@code v}: a CAV with a random target speed level, or a human driver of a random kind. */
    static Vehicle add(Traffic traffic, Road road, SplittableRandom random, int v, boolean cav) {
        List<Lane> lanes = road.lanes();
        DriverKind[] kinds = DriverKind.values();
        Lane lane = lanes.get(random.nextInt(lanes.size()));
        double x = lane.startX() + random.nextDouble() * Math.min(lane.endX() - lane.startX() - 5, 400);
        double speed = random.nextDouble() * 30;
        Vehicle vehicle = cav
                ? traffic.spawnCav("cav-" + v, lane, x, speed, 10 + 5 * random.nextInt(5))
                : traffic.spawnHuman("hdv-" + v, DriverSet.MAPPO_PIS.driver(kinds[random.nextInt(kinds.length)]), lane,
                        x, speed, 20 + 8 * random.nextDouble(), random.nextDouble());
        Lane side = random.nextBoolean() ? road.left(lane, x) : road.right(lane, x);
        if (side != null && random.nextInt(3) == 0) {
            traffic.startLaneChange(vehicle, side);
        }
        return vehicle;
    }
}

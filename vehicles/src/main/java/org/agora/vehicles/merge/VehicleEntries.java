package org.agora.vehicles.merge;

import java.util.function.Consumer;
import org.agora.core.kernel.RandomStream;
import org.agora.vehicles.cav.TargetSpeeds;
import org.agora.vehicles.driver.Driver;
import org.agora.vehicles.driver.DriverKind;
import org.agora.vehicles.event.Density;
import org.agora.vehicles.road.Lane;
import org.agora.vehicles.road.Road;
import org.agora.vehicles.traffic.Traffic;
import org.agora.vehicles.traffic.Vehicle;

/**
 * Vehicles entering the road: an episode's whole cast at its start ({@link EpisodePlan}), or a
 * continuous inflow into every lane's start. Draws counts, places, speeds and the CAV share from
 * stream {@code spawn}, and the phase of each human driver's lane-change decisions from
 * {@code driver-noise}. Belongs to the simulation thread.
 */
final class VehicleEntries {

    private final MergeConfig config;
    private final Traffic traffic;
    private final Road road;
    private final RandomStream spawn;
    private final RandomStream driverNoise;
    private final MergeListener listener;
    private final Consumer<Vehicle> cavEntered;
    private double cavShare;
    private boolean shareChanged;

    /**
     * @param cavEntered told of each CAV that entered, right after it did
     */
    VehicleEntries(MergeConfig config, Traffic traffic, RandomStream spawn, RandomStream driverNoise,
            MergeListener listener, Consumer<Vehicle> cavEntered) {
        this.config = config;
        this.traffic = traffic;
        this.road = traffic.road();
        this.spawn = spawn;
        this.driverNoise = driverNoise;
        this.listener = listener;
        this.cavEntered = cavEntered;
        this.cavShare = config.cavShare();
    }

    /** The CAV share of the vehicles entering by inflow from now on, or of each later episode's drawn ones. */
    void setCavShare(double share) {
        this.cavShare = share;
        this.shareChanged = true;
    }

    /** Draws an episode's vehicles for {@code density} and lets them all enter; returns the plan. */
    EpisodePlan.Plan enterEpisode(Density density) {
        EpisodePlan.Plan plan = EpisodePlan.draw(road, density, shareChanged ? cavShare : Double.NaN, spawn);
        for (EpisodePlan.Placement p : plan.placements()) {
            switch (p.role()) {
                case CAV -> enterCav(p.lane(), p.x(), p.speed());
                case IDM_HDV -> enterHuman(DriverKind.IDM, p.lane(), p.x(), p.speed());
                case AGGRESSIVE_HDV -> enterHuman(DriverKind.AGGRESSIVE, p.lane(), p.x(), p.speed());
                case DEFENSIVE_HDV -> enterHuman(DriverKind.DEFENSIVE, p.lane(), p.x(), p.speed());
            }
        }
        return plan;
    }

    /** One step of the continuous inflow: each lane's start may let a vehicle in. */
    void enterByInflow() {
        double dt = config.dt();
        for (Lane lane : road.mainLanes()) {
            tryEnter(lane, config.mainInflow() * dt / 3600);
        }
        if (road.rampLane() != null) {
            tryEnter(road.rampLane(), config.rampInflow() * dt / 3600);
        }
    }

    private void tryEnter(Lane lane, double probability) {
        if (!spawn.chance(probability)) {
            return;
        }
        double speed = Math.max(1, spawn.normal(config.spawnSpeed(), config.spawnSpeedSpread()));
        boolean cav = spawn.chance(cavShare);
        if (!traffic.entryClear(lane, lane.startX(), speed)) {
            listener.entryBlocked(lane, speed);
            return;
        }
        if (cav) {
            enterCav(lane, lane.startX(), speed);
        } else {
            enterHuman(DriverKind.IDM, lane, lane.startX(), speed);
        }
    }

    private void enterCav(Lane lane, double x, double speed) {
        Vehicle cav = traffic.spawnCav("cav-" + traffic.nextNumber(), lane, x, speed,
                TargetSpeeds.speed(TargetSpeeds.nearest(speed)));
        cavEntered.accept(cav);
    }

    private void enterHuman(DriverKind kind, Lane lane, double x, double speed) {
        Driver driver = config.drivers().driver(kind);
        double phase = driverNoise.uniform(0, driver.mobil().decisionPeriod());
        traffic.spawnHuman("hdv-" + traffic.nextNumber(), driver, lane, x, speed, config.drivers().desiredSpeed(speed),
                phase);
    }
}

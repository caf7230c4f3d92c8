package org.agora.vehicles.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.agora.core.kernel.RandomStreams;
import org.agora.vehicles.cav.CavControl;
import org.agora.vehicles.cav.MetaAction;
import org.agora.vehicles.driver.DriverKind;
import org.agora.vehicles.driver.DriverSet;
import org.agora.vehicles.road.Lane;
import org.agora.vehicles.road.Road;
import org.agora.vehicles.road.Roads;
import org.agora.vehicles.traffic.Traffic;
import org.agora.vehicles.traffic.TrafficListener;
import org.agora.vehicles.traffic.Vehicle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SafetyModuleTest {

    private static final double DT = 1.0 / 15;

    /** A CAV told to keep going (IDLE) towards a standing car ahead in its lane, or towards the merge lane's obstacle. */
    private static List<String> drive(boolean supervised, boolean towardsObstacle) {
        List<String> crashes = new ArrayList<>();
        Road road = Roads.mergeV0();
        Traffic traffic = new Traffic(road, DT, new TrafficListener() {
            @Override
            public void collided(Vehicle vehicle, Vehicle other) {
                crashes.add(vehicle + "/" + (other == null ? "obstacle" : other));
            }
        });
        Lane lane = towardsObstacle ? road.rampLane() : road.lane(1);
        Vehicle cav = traffic.spawnCav("cav-0", lane, towardsObstacle ? 240 : 100, 25, 25);
        if (!towardsObstacle) {
            traffic.spawnHuman("hdv-1", DriverSet.MAPPO_PIS.driver(DriverKind.IDM), lane, 220, 0, 0.01, 1e9);
        }
        SafetyModule safety = new SafetyModule(road, DT, 15, 0.05, 1.0);
        RandomStreams streams = new RandomStreams(1);
        for (int k = 0; k < 20 * 15 && crashes.isEmpty() && !cav.removed(); k++) {
            traffic.setTime(k * DT);
            traffic.sense();
            if (k % 3 == 0) {
                MetaAction action = MetaAction.IDLE;
                if (supervised) {
                    SafetyDecision decision = safety.supervise(traffic, List.of(cav), new MetaAction[] {action},
                            streams.stream("safety-noise")).get(0);
                    action = decision.chosen();
                    if (decision.emergencyBrake()) {
                        traffic.setTargetSpeed(cav, 0);
                    }
                }
                CavControl.apply(traffic, cav, action);
            }
            traffic.act();
            traffic.integrate();
        }
        return crashes;
    }

    @ParameterizedTest
    @ValueSource(booleans = {false, true})
    void preventsAConstructedCollisionThatHappensWithoutIt(boolean towardsObstacle) {
        assertThat(drive(false, towardsObstacle)).hasSize(1);
        assertThat(drive(true, towardsObstacle)).isEmpty();
    }

    /**
     * A human driver crawling (0.5 m/s) into the main road at the end of the merge lane, turned towards it, and
     * a CAV coming along the main road: the turned footprint reaches into the CAV's lane although
     * the driver's centre is still over the merge lane.
     */
    private static List<String> passTurningDriver(boolean supervised) {
        List<String> crashes = new ArrayList<>();
        Road road = Roads.mappoPis();
        Traffic traffic = new Traffic(road, DT, new TrafficListener() {
            @Override
            public void collided(Vehicle vehicle, Vehicle other) {
                crashes.add(vehicle + "/" + (other == null ? "obstacle" : other));
            }
        });
        Lane main = road.mainLanes().get(0);
        Vehicle human = traffic.spawnHuman("hdv-0", DriverSet.MAPPO_PIS.driver(DriverKind.IDM), road.rampLane(), 405,
                0.5, 0.5, 1e9);
        traffic.startLaneChange(human, main);
        Vehicle cav = traffic.spawnCav("cav-1", main, 370, 10, 10);
        SafetyModule safety = new SafetyModule(road, DT, 15, 0.05, 1.0);
        RandomStreams streams = new RandomStreams(1);
        for (int k = 0; k < 15 * 15 && crashes.isEmpty() && !cav.removed(); k++) {
            traffic.setTime(k * DT);
            traffic.sense();
            if (k % 3 == 0 && supervised) {
                SafetyDecision decision = safety.supervise(traffic, List.of(cav), new MetaAction[] {MetaAction.IDLE},
                        streams.stream("safety-noise")).get(0);
                if (decision.emergencyBrake()) {
                    traffic.setTargetSpeed(cav, 0);
                }
                CavControl.apply(traffic, cav, decision.chosen());
            }
            traffic.act();
            traffic.integrate();
        }
        return crashes;
    }

    @Test
    void seesADriverTurnedIntoItsLaneBeforeItsCentreIsThere() {
        assertThat(passTurningDriver(false)).containsExactly("cav-1/hdv-0");
        assertThat(passTurningDriver(true)).isEmpty();
    }

    @Property(tries = 150)
    void itsChoiceNeverConflictsSoonerOrWithASmallerGapThanTheActionItReplaced(
            @ForAll @DoubleRange(min = 0, max = 120) double egoX, @ForAll @DoubleRange(min = 10, max = 30) double egoSpeed,
            @ForAll @DoubleRange(min = -40, max = 60) double otherOffset, @ForAll @DoubleRange(min = 0, max = 30) double otherSpeed,
            @ForAll @IntRange(min = 0, max = 4) int proposedIndex, @ForAll boolean egoOnRamp, @ForAll boolean otherOnRamp,
            @ForAll @DoubleRange(min = -30, max = 30) double thirdOffset) {
        Road road = Roads.mergeV0();
        Traffic traffic = new Traffic(road, DT, TrafficListener.NONE);
        Lane egoLane = egoOnRamp ? road.rampLane() : road.lane(1);
        double x0 = egoOnRamp ? 240 + egoX / 2 : 200 + egoX;
        Vehicle ego = traffic.spawnCav("cav-0", egoLane, x0, egoSpeed, egoSpeed);
        Lane otherLane = otherOnRamp ? road.rampLane() : road.lane(1);
        double otherX = x0 + (Math.abs(otherOffset) < Vehicle.LENGTH + 1 ? Vehicle.LENGTH + 1 : otherOffset);
        if (otherX < otherLane.endX() - 3) {
            traffic.spawnHuman("hdv-1", DriverSet.MAPPO_PIS.driver(DriverKind.IDM), otherLane, otherX, otherSpeed, 25, 1e9);
        }
        double thirdX = x0 + (Math.abs(thirdOffset) < Vehicle.LENGTH + 1 ? -Vehicle.LENGTH - 1 : thirdOffset);
        traffic.spawnCav("cav-2", road.lane(0), thirdX, 20, 20);
        traffic.sense();
        SafetyModule safety = new SafetyModule(road, DT, 15, 0, 1.0);
        MetaAction proposed = MetaAction.ofIndex(proposedIndex);
        List<SafetyDecision> decisions = safety.supervise(traffic, List.of(ego), new MetaAction[] {proposed},
                new RandomStreams(3).stream("safety-noise"));
        SafetyDecision decision = decisions.get(0);
        if (decision.chosenOverlapAfter() == decision.proposedOverlapAfter()) {
            assertThat(decision.chosenMinGap()).isGreaterThanOrEqualTo(decision.proposedMinGap());
        } else {
            assertThat(decision.chosenOverlapAfter()).isGreaterThan(decision.proposedOverlapAfter());
        }
        assertThat(decision.proposedMinGap() < 0).isEqualTo(Double.isFinite(decision.proposedOverlapAfter()));
        Map<Vehicle, MetaAction> actions = new IdentityHashMap<>();
        actions.put(ego, proposed);
        assertThat(safety.minimumGap(traffic, ego, proposed, actions, Map.of())).isEqualTo(decision.proposedMinGap());
        if (!decision.overridden()) {
            assertThat(decision.chosen()).isEqualTo(proposed);
        }
    }
}

package org.agora.vehicles.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.agora.core.run.Simulation;
import org.agora.core.scenario.ScenarioSpec;
import org.agora.core.sink.MemorySink;
import org.agora.vehicles.event.Density;
import org.agora.vehicles.event.LaneChanged;
import org.agora.vehicles.event.SafetyOverridden;
import org.agora.vehicles.event.VehicleEntered;
import org.agora.vehicles.event.VehicleExited;
import org.agora.vehicles.event.VehicleMoved;
import org.agora.vehicles.event.VehiclesCollided;
import org.agora.vehicles.rl.MergeEnvironment;
import org.agora.vehicles.traffic.ExitReason;
import org.junit.jupiter.api.Test;

/** Each of the study's rules, switched alone from Agora's, changes what it should (seen on the run's events). */
class MergeRulesTest {

    private static MemorySink run(String... assignments) {
        ScenarioSpec spec = ScenarioSpec.defaults(new MergeScenario()).withAssignments(List.of(assignments))
                .withUntil(400).withSeed(3);
        MemorySink sink = new MemorySink();
        Simulation.of(spec, sink).runToEnd();
        return sink;
    }

    private static long intoRamp(MemorySink sink) {
        return sink.ofType(LaneChanged.class).stream().filter(c -> c.fromLane().startsWith("main") && c.toLane().equals("ramp"))
                .count();
    }

    @Test
    void aClosedMergeLaneKeepsMainRoadTrafficOutOfIt() {
        assertThat(intoRamp(run("density=hard", "safetyModule=false", "policy=rule-based"))).isPositive();
        assertThat(intoRamp(run("density=hard", "safetyModule=false", "policy=rule-based", "mergeLane=closed"))).isZero();
        assertThat(intoRamp(run("density=hard", "safetyModule=false", "policy=rule-based", "rules=study"))).isZero();
        assertThat(intoRamp(run("density=hard", "safetyModule=false", "policy=rule-based", "rules=study",
                "mergeLane=open"))).as("an explicit rule overrides the preset").isPositive();
    }

    @Test
    void wrecksStopInPlaceInsteadOfLeaving() {
        MemorySink removed = run("density=hard", "safetyModule=false");
        MemorySink stop = run("density=hard", "safetyModule=false", "crashedVehicles=stop");
        assertThat(removed.ofType(VehiclesCollided.class)).isNotEmpty();
        assertThat(stop.ofType(VehiclesCollided.class)).isNotEmpty();
        assertThat(exits(removed, ExitReason.COLLISION)).isPositive();
        assertThat(exits(stop, ExitReason.COLLISION)).isZero();
    }

    @Test
    void keptVehiclesDriveOnPastTheRoadsEnd() {
        MemorySink remove = run("density=easy");
        MemorySink keep = run("density=easy", "roadEnd=keep");
        assertThat(exits(remove, ExitReason.END_OF_ROAD)).isPositive();
        assertThat(exits(keep, ExitReason.END_OF_ROAD)).isZero();
        assertThat(keep.ofType(VehicleMoved.class).stream().mapToDouble(VehicleMoved::xM).max().orElse(0)).isGreaterThan(520);
        assertThat(remove.ofType(VehicleMoved.class).stream().mapToDouble(VehicleMoved::xM).max().orElse(0))
                .isLessThanOrEqualTo(520 + 27);
    }

    @Test
    void theGapFormChangesHowHumanDriversFollowNotWhoEnters() {
        MemorySink bumper = run("density=medium", "safetyModule=false");
        MemorySink centre = run("density=medium", "safetyModule=false", "idmGap=centre");
        assertThat(entries(centre)).isEqualTo(entries(bumper));
        Map<String, Double> bumperX = positions(bumper);
        Map<String, Double> centreX = positions(centre);
        double largest = 0;
        for (Map.Entry<String, Double> sample : bumperX.entrySet()) {
            Double other = centreX.get(sample.getKey());
            if (other != null) {
                largest = Math.max(largest, Math.abs(other - sample.getValue()));
            }
        }
        assertThat(largest).isGreaterThan(0.1);
    }

    /** The first episode's entries (later episodes start when a collision ends one, which the gap form changes). */
    private static List<String> entries(MemorySink sink) {
        return sink.ofType(VehicleEntered.class).stream().filter(e -> e.header().time() == 0)
                .map(e -> e.header().time() + " " + e.header().source() + " " + e.lane() + " " + e.xM()).toList();
    }

    /** Each HDV's sampled x by "time source". */
    private static Map<String, Double> positions(MemorySink sink) {
        Map<String, Double> xs = new TreeMap<>();
        for (VehicleMoved moved : sink.ofType(VehicleMoved.class)) {
            if (moved.header().source().startsWith("hdv")) {
                xs.put(moved.header().time() + " " + moved.header().source(), moved.xM());
            }
        }
        return xs;
    }

    @Test
    void theStudysSupervisorNeverBrakesToAStopAndLetsMoreRandomActionsCollide() {
        MemorySink study = run("density=hard", "safetyRules=study");
        assertThat(study.ofType(SafetyOverridden.class)).isNotEmpty().noneMatch(SafetyOverridden::emergencyBrake);
        MergeConfig config = MergeConfig.defaults().withDensity(Density.HARD);
        double agora = RandomActionRollout.collisionShare(config, 100);
        double studys = RandomActionRollout.collisionShare(
                config.withRules(MergeRules.AGORA.withSafety(SafetyRules.STUDY)), 100);
        assertThat(studys).isGreaterThan(agora + 0.05);
    }

    @Test
    void theStudysObservationHasTheAbsolutePositionUnclipped() {
        MergeConfig config = MergeConfig.defaults().withDensity(Density.EASY);
        MergeEnvironment agora = new MergeEnvironment(config, false);
        MergeEnvironment study = new MergeEnvironment(config.withRules(MergeRules.AGORA.withObservation(ObservationLayout.STUDY)), false);
        float[][] a = agora.reset(5);
        float[][] s = study.reset(5);
        double x = study.world().roster().get(0).x();
        assertThat((double) s[0][1]).isCloseTo(x / 150, within(1e-5));
        assertThat((double) a[0][1]).isCloseTo(Math.max(-1, (x - 420) / 150), within(1e-5));
        assertThat(s[0].length).isEqualTo(a[0].length);
    }

    private static long exits(MemorySink sink, ExitReason reason) {
        return sink.ofType(VehicleExited.class).stream().filter(e -> e.reason() == reason).count();
    }
}

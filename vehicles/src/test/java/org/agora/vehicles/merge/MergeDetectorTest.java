package org.agora.vehicles.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.agora.core.run.Simulation;
import org.agora.core.scenario.ScenarioSpec;
import org.agora.core.sink.MemorySink;
import org.agora.vehicles.event.MergeTrafficMeasured;
import org.agora.vehicles.event.VehicleMoved;
import org.junit.jupiter.api.Test;

/** The merge detector's readings: one per interval, and figures that agree with the vehicles' own samples. */
class MergeDetectorTest {

    @Test
    void readingsComeEveryIntervalAndAgreeWithTheVehiclesSampledAtItsEnd() {
        ScenarioSpec spec = ScenarioSpec.defaults(new MergeScenario())
                .withAssignments(List.of("density=inflow", "detectorInterval=1 s", "stateInterval=1 s", "mainInflow=2000"))
                .withUntil(120).withSeed(4);
        MemorySink sink = new MemorySink();
        Simulation.of(spec, sink).runToEnd();
        List<MergeTrafficMeasured> readings = sink.ofType(MergeTrafficMeasured.class);
        assertThat(readings).hasSize(120);
        assertThat(readings.stream().mapToInt(MergeTrafficMeasured::crossings).sum()).isPositive();
        for (MergeTrafficMeasured r : readings) {
            assertThat(r.flowVehPerHour()).isEqualTo(r.crossings() * 3600.0 / r.intervalS());
            assertThat(r.densityVehPerKm()).isGreaterThanOrEqualTo(0);
            if (r.densityVehPerKm() > 0) {
                assertThat(r.meanSpeedMps()).isBetween(0.0, 40.0);
            } else {
                assertThat(r.meanSpeedMps()).isNaN();
            }
        }
        // The density averaged over the run agrees with the vehicles sampled once a second (VehicleMoved)
        // on the main lane beside the merge lane (320 <= x < 420 m, 0.1 km): the detector sees every step.
        double detected = readings.stream().mapToDouble(MergeTrafficMeasured::densityVehPerKm).average().orElseThrow();
        long sampledInSection = sink.ofType(VehicleMoved.class).stream()
                .filter(m -> m.lane().startsWith("main") && m.xM() >= 320 && m.xM() < 420).count();
        double sampled = sampledInSection / 120.0 / 0.1;
        assertThat(sampled).isPositive();
        assertThat(detected).isCloseTo(sampled, within(0.2 * sampled));
    }
}

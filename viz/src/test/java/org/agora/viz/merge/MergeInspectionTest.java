package org.agora.viz.merge;

import static org.assertj.core.api.Assertions.assertThat;

import org.agora.core.run.Simulation;
import org.agora.core.scenario.ScenarioSpec;
import org.agora.core.sink.MemorySink;
import org.agora.vehicles.merge.MergeScenario;
import org.junit.jupiter.api.Test;

/** What the model inspector reads from a merge run's summary so far, by the declared metrics. */
class MergeInspectionTest {

    @Test
    void aMetricWithoutAValueYetReadsAsZero() {
        Simulation simulation = Simulation.of(ScenarioSpec.defaults(new MergeScenario()).withSeed(3), new MemorySink());
        simulation.start();
        MergeScene scene = new MergeScene();
        scene.reset(simulation.model());
        MergeInspection inspection = new MergeInspection(scene);

        // No ramp vehicle has settled yet: the summary says null ("none"), the inspector 0.
        assertThat(scene.summarySoFar()).containsEntry("mergeSuccessShare", null).containsEntry("collisions", 0);
        assertThat(inspection.getMergeSuccessShare()).isZero();
        assertThat(inspection.getCollisions()).isZero();
        assertThat(inspection.getSafetyOverrides()).isZero();
        simulation.finish();
    }
}

package org.agora.viz.merge;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.agora.core.run.HeadlessRun;
import org.agora.core.scenario.ScenarioCatalog;
import org.agora.core.scenario.ScenarioSpec;
import org.agora.vehicles.learning.Mlp;
import org.agora.vehicles.learning.PolicyFile;
import org.agora.vehicles.rl.Observations;
import org.agora.viz.gui.GuiSession;
import org.agora.viz.testing.SameEvents;
import org.agora.viz.testing.XDisplayExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/** A learned policy (policy=learned, model=PATH) drives in the GUI exactly as in a headless run. */
@ExtendWith(XDisplayExtension.class)
class LearnedPolicyGuiIT {

    @TempDir
    Path folder;

    @Test
    void aLearnedPolicyDrivesTheDisplayedRunAsAHeadlessOne() throws Exception {
        int inputs = new Observations(false).size();
        Path model = folder.resolve("policy.json");
        new PolicyFile("mappo", PolicyFile.layoutOf(false), inputs, false, Map.of("density", "easy"), 0, 5,
                Mlp.initialised(new SplittableRandom(5), inputs, 16, 16, 5)).write(model);
        ScenarioSpec spec = ScenarioCatalog.installed().resolve("v2x-merge").withUntil(30).withSeed(4)
                .withAssignments(List.of("density=easy", "policy=learned", "model=" + model)).check();
        Path displayed;
        try (GuiSession session = GuiSession.open(spec, folder.resolve("displayed"))) {
            session.playToEnd();
            displayed = session.gui().runDirectory();
        }
        Path headless = folder.resolve("headless");
        assertThat(new HeadlessRun(spec, headless).execute().done()).isTrue();
        assertThat(Files.size(displayed.resolve(HeadlessRun.EVENTS_FILE))).isGreaterThan(10_000);
        SameEvents.assertSameLines(displayed.resolve(HeadlessRun.EVENTS_FILE), headless.resolve(HeadlessRun.EVENTS_FILE));
    }
}

package org.agora.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import ec.util.MersenneTwisterFast;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import sim.engine.Schedule;
import sim.engine.SimState;
import sim.engine.Steppable;

class AgoraScheduleTest {

    /**
     * Agora's schedule gives consecutive insertions with the same time and ordering one shared key;
     * MASON's own makes a key per insertion. The order of execution, shuffles of equal keys
     * included, must be the same: MASON's schedule with the same shuffling seed is the reference.
     */
    @Test
    void sharingKeysRunsActionsInTheOrderOfMasonsOwnSchedule() {
        long runSeed = 42;
        long shuffleSeed = RandomStreams.seedFor(runSeed, AgoraState.SHUFFLE_STREAM);
        List<String> agora = new ArrayList<>();
        List<String> mason = new ArrayList<>();
        MasonKernel kernel = new MasonKernel(runSeed, Double.POSITIVE_INFINITY, new RunLifecycle() {
            @Override
            public void started(Kernel k) {
                AgoraState state = ((MasonKernel) k).state();
                scheduleMixture(state.schedule, agora);
            }

            @Override
            public void finished(Kernel k) {
                // nothing to collect
            }
        });
        kernel.start();
        while (kernel.step()) {
            // every instant
        }
        SimState reference = new SimState(0);
        reference.random = new MersenneTwisterFast(shuffleSeed);
        reference.schedule.reset();
        scheduleMixture(reference.schedule, mason);
        while (reference.schedule.step(reference)) {
            // every instant
        }
        assertThat(agora).hasSize(3 * 400).isEqualTo(mason);
    }

    /**
     * 400 actions, each run three times: runs of equal keys (shared), alternations of keys (not
     * shared), and re-insertions from inside a step at a later time, as repeating actions do.
     */
    private static void scheduleMixture(Schedule schedule, List<String> log) {
        SplittableRandom draws = new SplittableRandom(7);
        for (int i = 0; i < 400; i++) {
            String name = "a" + i;
            double time = i < 200 ? 1.0 : draws.nextInt(5);
            int ordering = i < 100 ? 0 : draws.nextInt(3);
            double interval = 1 + draws.nextInt(2);
            schedule.scheduleOnce(time, ordering, new Steppable() {
                private static final long serialVersionUID = 1L;
                private int runs;

                @Override
                public void step(SimState state) {
                    log.add(name + "@" + state.schedule.getTime() + "/" + ordering);
                    if (++runs < 3) {
                        state.schedule.scheduleOnce(state.schedule.getTime() + interval, ordering, this);
                    }
                }
            });
        }
    }
}

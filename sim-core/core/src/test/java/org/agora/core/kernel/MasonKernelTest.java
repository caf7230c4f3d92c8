package org.agora.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

class MasonKernelTest {

    private final List<String> log = new ArrayList<>();

    /** Runs a kernel with the given start-up to its end. */
    private MasonKernel run(long seed, double until, Consumer<Kernel> atStart) {
        MasonKernel kernel = new MasonKernel(seed, until, new RunLifecycle() {
            @Override
            public void started(Kernel k) {
                atStart.accept(k);
            }

            @Override
            public void finished(Kernel k) {
                log.add("finished");
            }
        });
        kernel.start();
        while (kernel.step()) {
            // one instant per step
        }
        kernel.finish();
        return kernel;
    }

    private enum Phase { HARVEST, ALLOCATE, REPORT }

    @Test
    void theTimestampMasonsConsoleShowsIsTheMonthOrRoundedSeconds() {
        MasonKernel seconds = new MasonKernel(1, 100, new RunLifecycle() {
            @Override
            public void started(Kernel k) {
            }

            @Override
            public void finished(Kernel k) {
            }
        });
        sim.engine.Schedule schedule = seconds.state().schedule;
        assertThat(schedule.getTimestamp(4.733333333333333, "At Start", "At End")).isEqualTo("4.73 s");
        assertThat(schedule.getTimestamp(sim.engine.Schedule.BEFORE_SIMULATION, "At Start", "At End")).isEqualTo("At Start");
        seconds.showTimeInRoundsOf(org.agora.core.config.SimTime.MONTH);
        assertThat(schedule.getTimestamp(5_184_000, "At Start", "At End")).isEqualTo("month 3");
        assertThat(schedule.getTimestamp(0, "At Start", "At End")).isEqualTo("month 1");
        seconds.showTimeInRoundsOf(5);
        assertThat(schedule.getTimestamp(12, "At Start", "At End")).isEqualTo("round 3");
    }

    @Test
    void actionsOfOneInstantRunInOrderingOrder() {
        run(1, 100, k -> {
            k.at(5, Phase.REPORT, () -> log.add("report@" + k.now()));
            k.at(5, Phase.HARVEST, () -> log.add("harvest@" + k.now()));
            k.at(5, Phase.ALLOCATE, () -> log.add("allocate@" + k.now()));
            k.at(2, 9, () -> log.add("early@" + k.now()));
        });
        assertThat(log).containsExactly("early@2.0", "harvest@5.0", "allocate@5.0", "report@5.0", "finished");
    }

    @Test
    void phasesRunInTheirOrderAtEveryInstantBetweenActionsOfSmallerAndLargerOrdering() {
        run(1, 20, k -> {
            k.everyInPhases(0, 10, 0, List.of(() -> log.add("harvest@" + k.now()), () -> log.add("allocate@" + k.now()),
                    () -> log.add("report@" + k.now())));
            k.at(10, 1, () -> log.add("after@" + k.now()));
            k.at(10, -1, () -> log.add("before@" + k.now()));
        });
        assertThat(log).containsExactly("harvest@0.0", "allocate@0.0", "report@0.0", "before@10.0", "harvest@10.0",
                "allocate@10.0", "report@10.0", "after@10.0", "harvest@20.0", "allocate@20.0", "report@20.0", "finished");
    }

    @Test
    void aPhaseThatStopsTheRunLetsTheInstantsLaterPhasesRunAndNothingAfter() {
        run(1, 100, k -> k.everyInPhases(0, 10, 0, List.of(() -> {
            log.add("decide@" + k.now());
            if (k.now() == 10) {
                k.stop();
            }
        }, () -> log.add("learn@" + k.now()))));
        assertThat(log).containsExactly("decide@0.0", "learn@0.0", "decide@10.0", "learn@10.0", "finished");
    }

    @Test
    void equalTimeAndOrderingAreShuffledBySeedReproducibly() {
        List<List<String>> orders = new ArrayList<>();
        for (long seed : new long[] {1, 1, 2, 3, 4}) {
            List<String> order = new ArrayList<>();
            run(seed, 10, k -> {
                for (int i = 0; i < 8; i++) {
                    String name = "a" + i;
                    k.at(1, 0, () -> order.add(name));
                }
            });
            orders.add(order);
        }
        assertThat(orders.get(0)).isEqualTo(orders.get(1)).hasSize(8);
        assertThat(orders.subList(1, 5)).as("different seeds give different orders").doesNotHaveDuplicates();
    }

    @Test
    void repeatingActionsRunAtExactMultiplesOfTheInterval() {
        List<Double> times = new ArrayList<>();
        run(1, 1.0, k -> k.every(0, 0.1, 0, () -> times.add(k.now())));
        assertThat(times).hasSize(11);
        for (int i = 0; i < times.size(); i++) {
            assertThat(times.get(i)).isEqualTo(i * 0.1);
        }
    }

    @Test
    void aCancelledRepetitionStops() {
        List<Double> times = new ArrayList<>();
        run(1, 100, k -> {
            Repeating[] handle = new Repeating[1];
            handle[0] = k.every(1, 1, 0, () -> {
                times.add(k.now());
                if (handle[0].runs() == 2) {
                    handle[0].cancel();
                }
            });
        });
        assertThat(times).containsExactly(1.0, 2.0, 3.0);
    }

    @Test
    void theStopTimeRunsItsOwnInstantAndNothingLater() {
        MasonKernel kernel = run(1, 10, k -> {
            k.at(10, 5, () -> log.add("at-until"));
            k.at(10.000001, 0, () -> log.add("after-until"));
            k.every(4, 4, 0, () -> log.add("tick@" + k.now()));
        });
        assertThat(log).containsExactly("tick@4.0", "tick@8.0", "at-until", "finished");
        assertThat(kernel.lastInstant()).isEqualTo(10.0);
        assertThat(kernel.stopped()).isTrue();
    }

    @Test
    void stopEndsTheRunAfterTheCurrentInstant() {
        MasonKernel kernel = run(1, 100, k -> {
            k.at(3, 0, () -> {
                log.add("stopping");
                k.stop();
            });
            k.at(3, 1, () -> log.add("same instant, later phase"));
            k.at(4, 0, () -> log.add("next instant"));
        });
        assertThat(log).containsExactly("stopping", "same instant, later phase", "finished");
        assertThat(kernel.lastInstant()).isEqualTo(3.0);
    }

    @Test
    void aRunSteppedThroughMasonsOwnScheduleKnowsItsLastInstantAtTheFinish() {
        List<Double> finishedAt = new ArrayList<>();
        MasonKernel kernel = new MasonKernel(1, 10, new RunLifecycle() {
            @Override
            public void started(Kernel k) {
                k.every(0, 2.5, 0, () -> { });
            }

            @Override
            public void finished(Kernel k) {
                finishedAt.add(k.now());
            }
        });
        AgoraState state = kernel.state();
        state.start();
        while (state.schedule.step(state)) {
            // what MASON's Console does: it steps the schedule, not the kernel
        }
        state.finish();
        assertThat(kernel.lastInstant()).isEqualTo(10.0);
        assertThat(finishedAt).containsExactly(10.0);
    }

    @Test
    void relativeSchedulingCountsFromNow() {
        run(1, 100, k -> k.at(2, 0, () -> k.after(3.5, 0, () -> log.add("at " + k.now()))));
        assertThat(log).containsExactly("at 5.5", "finished");
    }

    @Test
    void schedulingInThePastOrWithBadIntervalsIsRefused() {
        run(1, 100, k -> k.at(5, 0, () -> {
            assertThatThrownBy(() -> k.at(4, 0, () -> { })).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> k.after(-1, 0, () -> { })).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> k.every(6, 0, 0, () -> { })).isInstanceOf(IllegalArgumentException.class);
            assertThatThrownBy(() -> k.at(Double.NaN, 0, () -> { })).isInstanceOf(IllegalArgumentException.class);
            log.add("checked");
        }));
        assertThat(log).contains("checked");
    }

    @Test
    void aRestartBeginsAgainAtTimeZeroWithTheSameDraws() {
        List<Double> draws = new ArrayList<>();
        MasonKernel kernel = new MasonKernel(7, 3, new RunLifecycle() {
            @Override
            public void started(Kernel k) {
                RandomStream stream = k.random("x");
                k.every(1, 1, 0, () -> draws.add(stream.nextDouble()));
            }

            @Override
            public void finished(Kernel k) {
            }
        });
        for (int round = 0; round < 2; round++) {
            kernel.start();
            while (kernel.step()) {
                // one instant per step
            }
            kernel.finish();
        }
        assertThat(draws).hasSize(6);
        assertThat(draws.subList(0, 3)).isEqualTo(draws.subList(3, 6));
    }
}

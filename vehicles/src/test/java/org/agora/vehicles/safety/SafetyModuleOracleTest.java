package org.agora.vehicles.safety;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.agora.core.kernel.RandomStreams;
import org.agora.vehicles.cav.CavControl;
import org.agora.vehicles.cav.MetaAction;
import org.agora.vehicles.driver.DriverKind;
import org.agora.vehicles.driver.DriverSet;
import org.agora.vehicles.intent.Intent;
import org.agora.vehicles.intent.IntentPredictor;
import org.agora.vehicles.event.Density;
import org.agora.vehicles.merge.MergeConfig;
import org.agora.vehicles.rl.MergeEnvironment;
import org.agora.vehicles.road.Lane;
import org.agora.vehicles.road.Road;
import org.agora.vehicles.road.Roads;
import org.agora.vehicles.traffic.Traffic;
import org.agora.vehicles.traffic.TrafficListener;
import org.agora.vehicles.traffic.Vehicle;
import org.junit.jupiter.api.Test;

/**
 * The fast safety module takes exactly the decisions of the straightforward one (its test oracle):
 * the same actions, braking flags, priorities, gaps and overlap times, bit for bit.
 */
class SafetyModuleOracleTest {

    private static final double DT = 1.0 / 15;

    /**
     * Random scenes on both merge roads (one to seven CAVs, up to seven human drivers of every kind,
     * some already changing lanes, random decision phases), driven for six seconds with the
     * oracle's decisions on random proposals: at every decision step both modules must agree.
     */
    @Property(tries = 200)
    void decidesExactlyAsTheStraightforwardModuleOnRandomScenes(@ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Road road = random.nextBoolean() ? Roads.mappoPis() : Roads.mergeV0();
        Traffic traffic = new Traffic(road, DT, TrafficListener.NONE);
        int cavs = 1 + random.nextInt(7);
        int humans = random.nextInt(8);
        for (int v = 0; v < cavs + humans; v++) {
            RandomScenes.add(traffic, road, random, v, v < cavs);
        }
        SafetyModule fast = new SafetyModule(road, DT, 15, 0.05, 1.0);
        StraightforwardSafetyModule plain = new StraightforwardSafetyModule(road, DT, 15, 0.05, 1.0);
        for (int k = 0; k < 90; k++) {
            traffic.setTime(k * DT);
            traffic.sense();
            if (k % 3 == 0) {
                List<Vehicle> deciding = cavs(traffic);
                MetaAction[] proposed = new MetaAction[deciding.size()];
                for (int i = 0; i < proposed.length; i++) {
                    proposed[i] = MetaAction.ofIndex(random.nextInt(5));
                }
                List<SafetyDecision> expected = plain.supervise(traffic, deciding, proposed,
                        new RandomStreams(seed + k).stream("safety-noise"));
                List<SafetyDecision> actual = fast.supervise(traffic, deciding, proposed,
                        new RandomStreams(seed + k).stream("safety-noise"));
                assertThat(actual).isEqualTo(expected);
                for (SafetyDecision decision : expected) {
                    if (decision.emergencyBrake()) {
                        traffic.setTargetSpeed(decision.cav(), 0);
                    }
                    CavControl.apply(traffic, decision.cav(), decision.chosen());
                }
            }
            traffic.act();
            traffic.integrate();
        }
    }

    /**
     * The trajectory the module predicted for each CAV under its final action, which the merge world
     * broadcasts as the CAV's intent, is bit for bit the intent predictor's, decision after decision
     * (paths carried over from the previous decision step included).
     */
    @Property(tries = 100)
    void chosenTrajectoriesAreTheIntentPredictorsExactly(@ForAll long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        Road road = random.nextBoolean() ? Roads.mappoPis() : Roads.mergeV0();
        Traffic traffic = new Traffic(road, DT, TrafficListener.NONE);
        List<Lane> lanes = road.lanes();
        int cavs = 1 + random.nextInt(6);
        for (int v = 0; v < cavs + 3; v++) {
            Lane lane = lanes.get(random.nextInt(lanes.size()));
            double x = lane.startX() + random.nextDouble() * Math.min(lane.endX() - lane.startX() - 5, 400);
            double speed = random.nextDouble() * 30;
            if (v < cavs) {
                traffic.spawnCav("cav-" + v, lane, x, speed, 10 + 5 * random.nextInt(5));
            } else {
                traffic.spawnHuman("hdv-" + v, DriverSet.MAPPO_PIS.driver(DriverKind.IDM), lane, x, speed, 25, 0.5);
            }
        }
        SafetyModule module = new SafetyModule(road, DT, 15, 0.05, 1.0);
        IntentPredictor predictor = new IntentPredictor(road, DT, 15);
        double[][] states = new double[4][15];
        for (int k = 0; k < 90; k++) {
            traffic.setTime(k * DT);
            traffic.sense();
            if (k % 3 == 0) {
                List<Vehicle> deciding = cavs(traffic);
                MetaAction[] proposed = new MetaAction[deciding.size()];
                for (int i = 0; i < proposed.length; i++) {
                    proposed[i] = random.nextInt(3) == 0 ? MetaAction.IDLE : MetaAction.ofIndex(random.nextInt(5));
                }
                List<SafetyDecision> decisions = module.supervise(traffic, deciding, proposed,
                        new RandomStreams(seed + k).stream("safety-noise"));
                for (SafetyDecision decision : decisions) {
                    if (decision.emergencyBrake()) {
                        traffic.setTargetSpeed(decision.cav(), 0);
                    }
                    int i = deciding.indexOf(decision.cav());
                    Intent intent = predictor.predict(decision.cav(), decision.chosen(), 0, traffic.time());
                    assertThat(module.chosenTrajectory(i, states[0], states[1], states[2], states[3])).isTrue();
                    assertThat(states[0]).isEqualTo(intent.x());
                    assertThat(states[1]).isEqualTo(intent.y());
                    assertThat(states[2]).isEqualTo(intent.heading());
                    assertThat(states[3]).isEqualTo(intent.speed());
                    CavControl.apply(traffic, decision.cav(), decision.chosen());
                }
            }
            traffic.act();
            traffic.integrate();
        }
    }

    /** The reinforcement-learning environment at hard density with random actions, as its benchmark runs it. */
    @Test
    void decidesExactlyAsTheStraightforwardModuleInWholeEpisodes() {
        MergeConfig config = MergeConfig.defaults().withDensity(Density.HARD);
        MergeEnvironment environment = new MergeEnvironment(config, true);
        SafetyModule fast = new SafetyModule(config.road(), config.dt(), config.horizonSteps(), config.safetyNoise(), 1.0);
        StraightforwardSafetyModule plain = new StraightforwardSafetyModule(config.road(), config.dt(),
                config.horizonSteps(), config.safetyNoise(), 1.0);
        SplittableRandom random = new SplittableRandom(11);
        long seed = 1;
        environment.reset(seed);
        int[] actions = new int[environment.agents()];
        int overrides = 0;
        for (int step = 0; step < 3000; step++) {
            List<Vehicle> deciding = new ArrayList<>();
            List<MetaAction> proposed = new ArrayList<>();
            for (int i = 0; i < actions.length; i++) {
                actions[i] = random.nextInt(5);
                Vehicle cav = environment.world().roster().get(i);
                if (!cav.removed()) {
                    deciding.add(cav);
                    proposed.add(MetaAction.ofIndex(actions[i]));
                }
            }
            Traffic traffic = environment.world().traffic();
            MetaAction[] asArray = proposed.toArray(new MetaAction[0]);
            List<SafetyDecision> expected = plain.supervise(traffic, deciding, asArray,
                    new RandomStreams(step).stream("safety-noise"));
            List<SafetyDecision> actual = fast.supervise(traffic, deciding, asArray,
                    new RandomStreams(step).stream("safety-noise"));
            assertThat(actual).isEqualTo(expected);
            overrides += (int) expected.stream().filter(SafetyDecision::overridden).count();
            if (environment.step(actions).episodeDone()) {
                environment.reset(++seed);
                actions = new int[environment.agents()];
            }
        }
        assertThat(overrides).as("the episodes exercise overrides").isGreaterThan(300);
    }

    /** The CAVs on the road, in the traffic's order: the vehicles that decide. */
    private static List<Vehicle> cavs(Traffic traffic) {
        List<Vehicle> cavs = new ArrayList<>();
        for (Vehicle vehicle : traffic.vehicles()) {
            if (vehicle.isCav()) {
                cavs.add(vehicle);
            }
        }
        return cavs;
    }
}

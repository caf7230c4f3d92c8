package org.agora.vehicles.driver;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.agora.vehicles.traffic.Traffic;
import org.agora.vehicles.traffic.TrafficListener;
import org.agora.vehicles.traffic.TrafficRules;
import org.agora.vehicles.traffic.Vehicle;
import org.junit.jupiter.api.Test;

/**
 * A braking platoon with the study's IDM gap form follows highway-env's IDM trajectory. The
 * reference trajectory is computed here, independently of Agora's code, from the formula in the
 * reference file (shared/reference/merge-v2x.md, "Human drivers"): a·[1 − (v/v0)^δ − (s* / s)²] with
 * s* = s0 + v·T + v·Δv/(2·√(a·b)), s and s0 = 10 m centre to centre, no max(0, ·), clipped to
 * ±6 m/s², explicit Euler with the position moved by the previous step's speed.
 */
class CentreGapPlatoonTest {

    private static final double DT = 1.0 / 15;
    private static final int STEPS = 20 * 15;
    private static final int CARS = 5;
    private static final double SPACING = 30;
    private static final double LEADER_DESIRED = 15;
    private static final double DESIRED = 25;
    private static final double START_SPEED = 25;

    /** x[k][i]: car i's centre after k steps (car 0 leads), from the formula alone. */
    private static double[][] referenceTrajectory() {
        double a = 3.0;
        double b = 5.0;
        double s0 = 10.0;
        double timeGap = 1.5;
        double delta = 4.0;
        double[][] xs = new double[STEPS + 1][CARS];
        double[] x = new double[CARS];
        double[] v = new double[CARS];
        for (int i = 0; i < CARS; i++) {
            x[i] = 1000 - i * SPACING;
            v[i] = START_SPEED;
        }
        xs[0] = x.clone();
        for (int k = 1; k <= STEPS; k++) {
            double[] acc = new double[CARS];
            for (int i = 0; i < CARS; i++) {
                double v0 = i == 0 ? LEADER_DESIRED : DESIRED;
                double value = a * (1 - Math.pow(v[i] / v0, delta));
                if (i > 0) {
                    double s = x[i - 1] - x[i];
                    double sStar = s0 + v[i] * timeGap + v[i] * (v[i] - v[i - 1]) / (2 * Math.sqrt(a * b));
                    value -= a * Math.pow(sStar / s, 2);
                }
                acc[i] = Math.max(-6, Math.min(6, value));
            }
            for (int i = 0; i < CARS; i++) {
                x[i] += v[i] * DT;
                v[i] = Math.max(0, v[i] + acc[i] * DT);
            }
            xs[k] = x.clone();
        }
        return xs;
    }

    private static double[][] agora(GapForm form) {
        Traffic traffic = new Traffic(IdmTest.singleLane(100_000), DT, TrafficListener.NONE,
                TrafficRules.AGORA.withGapForm(form));
        Driver idm = DriverSet.MAPPO_PIS.driver(DriverKind.IDM);
        List<Vehicle> cars = new ArrayList<>();
        for (int i = 0; i < CARS; i++) {
            cars.add(traffic.spawnHuman("hdv-" + i, idm, traffic.road().lane(0), 1000 - i * SPACING, START_SPEED,
                    i == 0 ? LEADER_DESIRED : DESIRED, 1e9));
        }
        double[][] xs = new double[STEPS + 1][CARS];
        for (int i = 0; i < CARS; i++) {
            xs[0][i] = cars.get(i).x();
        }
        for (int k = 1; k <= STEPS; k++) {
            traffic.setTime((k - 1) * DT);
            traffic.sense();
            traffic.act();
            traffic.integrate();
            for (int i = 0; i < CARS; i++) {
                xs[k][i] = cars.get(i).x();
            }
        }
        return xs;
    }

    @Test
    void theCentreGapFormMatchesHighwayEnvsIdmToAMicrometre() {
        double[][] expected = referenceTrajectory();
        double[][] actual = agora(GapForm.CENTRE);
        for (int k = 0; k <= STEPS; k++) {
            for (int i = 0; i < CARS; i++) {
                assertThat(actual[k][i]).as("car %d after %d steps", i, k).isCloseTo(expected[k][i], within(1e-6));
            }
        }
    }

    @Test
    void theBumperGapFormDrivesThePlatoonDifferently() {
        double[][] expected = referenceTrajectory();
        double[][] actual = agora(GapForm.BUMPER);
        double largest = 0;
        for (int k = 0; k <= STEPS; k++) {
            for (int i = 0; i < CARS; i++) {
                largest = Math.max(largest, Math.abs(actual[k][i] - expected[k][i]));
            }
        }
        assertThat(largest).isGreaterThan(0.5);
    }
}

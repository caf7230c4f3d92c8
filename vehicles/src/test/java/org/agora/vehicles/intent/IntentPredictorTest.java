package org.agora.vehicles.intent;

import static org.assertj.core.api.Assertions.assertThat;

import org.agora.vehicles.cav.CavControl;
import org.agora.vehicles.cav.MetaAction;
import org.agora.vehicles.road.Road;
import org.agora.vehicles.road.Roads;
import org.agora.vehicles.traffic.Traffic;
import org.agora.vehicles.traffic.TrafficListener;
import org.agora.vehicles.traffic.Vehicle;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class IntentPredictorTest {

    @ParameterizedTest
    @EnumSource(MetaAction.class)
    void aLoneCavDrivesExactlyTheTrajectoryItAnnounced(MetaAction action) {
        double dt = 1.0 / 15;
        Road road = Roads.mergeV0();
        Traffic traffic = new Traffic(road, dt, TrafficListener.NONE);
        Vehicle cav = traffic.spawnCav("cav-0", road.rampLane(), 235, 22, 20);
        Intent intent = new IntentPredictor(road, dt, 30).predict(cav, action, 7, 0);
        CavControl.apply(traffic, cav, action);
        for (int k = 0; k < 30; k++) {
            traffic.setTime(k * dt);
            traffic.sense();
            traffic.act();
            traffic.integrate();
            assertThat(cav.x()).isEqualTo(intent.x()[k]);
            assertThat(cav.y()).isEqualTo(intent.y()[k]);
            assertThat(cav.speed()).isEqualTo(intent.speed()[k]);
            assertThat(cav.heading()).isEqualTo(intent.heading()[k]);
        }
        assertThat(intent.message()).isEqualTo(7);
        assertThat(intent.endTime()).isEqualTo(30 * dt);
    }
}

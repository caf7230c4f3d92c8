package org.agora.wireless.smallcell;

import static org.assertj.core.api.Assertions.assertThat;

import org.agora.wireless.smallcell.DegradationRule.Change;
import org.agora.wireless.smallcell.events.UserKind;
import org.junit.jupiter.api.Test;

/** When a link counts as degraded and when as recovered, from its serving SINR measured every 10 ms. */
class DegradationRuleTest {

    private static final double STEP_S = 0.010;

    /** requestSinr 3 dB for 20 ms; recovery at 6 dB for 200 ms; the drop rule as given. */
    private static DegradationRule rule(boolean dropRule) {
        return new DegradationRule(new SmallCellConfig.Market(dropRule, 3.0, 6.0, 1.0, 0.020, 3.0, 0.200, 4e6, 1e6, 30,
                0.001, 0.005, 0.005, 0.02, 0.005, 50, 0.250, 5.0, "market"), STEP_S);
    }

    private static UserEquipment user() {
        return new UserEquipment(0, UserKind.PEDESTRIAN, null, 1.0, 10.0);
    }

    /** Feeds {@code sinrDb} from {@code from} for {@code steps} steps; the first change it says, and when. */
    private static String feed(DegradationRule rule, UserEquipment user, double from, int steps, double sinrDb) {
        for (int i = 0; i < steps; i++) {
            double now = from + i * STEP_S;
            Change change = rule.observe(user, now, sinrDb);
            if (change != Change.NONE) {
                return change + " at " + Math.round(now * 1000) + " ms";
            }
        }
        return "NONE";
    }

    @Test
    void aLowSinrHeldForTheHoldTimeDegradesAndAHighOneHeldLongerRecovers() {
        DegradationRule rule = rule(false);
        UserEquipment user = user();
        assertThat(feed(rule, user, 0, 10, 10.0)).isEqualTo("NONE");
        assertThat(feed(rule, user, 0.100, 10, 0.0)).as("below 3 dB from 100 ms, held 20 ms").isEqualTo("DEGRADED at 120 ms");
        user.degraded = true;
        assertThat(feed(rule, user, 0.200, 10, 5.0)).as("above 3 dB but under 3 + 3 dB: still degraded").isEqualTo("NONE");
        assertThat(feed(rule, user, 0.300, 30, 7.0)).as("6 dB and more from 300 ms, held 200 ms").isEqualTo("RECOVERED at 500 ms");
    }

    @Test
    void aDipShorterThanTheHoldTimeStartsItsClockAgain() {
        DegradationRule rule = rule(false);
        UserEquipment user = user();
        assertThat(feed(rule, user, 0, 2, 0.0)).isEqualTo("NONE");
        assertThat(feed(rule, user, 0.020, 1, 10.0)).isEqualTo("NONE");
        assertThat(feed(rule, user, 0.030, 5, 0.0)).isEqualTo("DEGRADED at 50 ms");
    }

    @Test
    void underTheDropRuleAPoorSpotIsNoDegradationButAnAbruptLossIs() {
        DegradationRule rule = rule(true);
        UserEquipment poor = user();
        assertThat(feed(rule, poor, 0, 100, 0.0)).as("always at 0 dB: low, but never 6 dB under its average").isEqualTo("NONE");
        UserEquipment dropping = user();
        assertThat(feed(rule, dropping, 0, 100, 12.0)).isEqualTo("NONE");
        assertThat(feed(rule, dropping, 1.0, 10, 0.0)).as("12 dB down at once").isEqualTo("DEGRADED at 1020 ms");
    }
}

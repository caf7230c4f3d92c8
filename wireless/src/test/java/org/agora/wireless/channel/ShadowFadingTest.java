package org.agora.wireless.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.agora.core.kernel.RandomStream;
import org.agora.core.kernel.RandomStreams;
import org.junit.jupiter.api.Test;

class ShadowFadingTest {

    @Test
    void correlationFallsToOneOverEAtTheDecorrelationDistance() {
        assertThat(ShadowFading.correlation(10, true)).isCloseTo(Math.exp(-1), within(1e-12));
        assertThat(ShadowFading.correlation(13, false)).isCloseTo(Math.exp(-1), within(1e-12));
        assertThat(ShadowFading.correlation(0, true)).isEqualTo(1.0);
    }

    /** Walking in 1 m steps, the process keeps unit variance and its lag-1 correlation is exp(−1/10). */
    @Test
    void aWalkHasTheModelsVarianceAndCorrelation() {
        RandomStream random = new RandomStreams(7).stream("shadowing");
        int n = 200_000;
        double z = random.gaussian();
        double sum = 0;
        double squares = 0;
        double lagged = 0;
        double previous = z;
        for (int i = 0; i < n; i++) {
            z = ShadowFading.next(z, 1.0, true, random);
            sum += z;
            squares += z * z;
            lagged += z * previous;
            previous = z;
        }
        double mean = sum / n;
        double variance = squares / n - mean * mean;
        assertThat(variance).isCloseTo(1.0, within(0.05));
        assertThat(lagged / n).isCloseTo(Math.exp(-0.1), within(0.03));
        assertThat(ShadowFading.db(1.0, true)).isEqualTo(4.0);
        assertThat(ShadowFading.db(-1.0, false)).isEqualTo(-7.82);
    }
}

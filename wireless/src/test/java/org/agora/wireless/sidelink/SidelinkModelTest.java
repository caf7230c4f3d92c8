package org.agora.wireless.sidelink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.apache.commons.math3.special.Erf;
import org.junit.jupiter.api.Test;

class SidelinkModelTest {

    private final SidelinkModel model = new SidelinkModel(SidelinkConfig.defaults());

    @Test
    void pathLossMatchesTheFormulasComputedByHand() {
        // 100 m at 5.9 GHz: 32.4 + 40 + 20·log10(5.9) = 87.818 dB
        assertThat(PathLossModel.HIGHWAY_LOS.lossDb(100, 5.9)).isCloseTo(87.818, within(0.001));
        // urban LOS: 38.77 + 16.7·2 + 18.2·log10(5.9) = 86.1995
        assertThat(PathLossModel.URBAN_LOS.lossDb(100, 5.9)).isCloseTo(86.1995, within(0.001));
        // NLOS: 36.85 + 30·2 + 18.9·log10(5.9) = 111.4191
        assertThat(PathLossModel.NLOS.lossDb(100, 5.9)).isCloseTo(111.4191, within(0.001));
        // NLOSv at 400 m: LOS 99.8276 + 9 + max(0, 15·log10(400) − 41) = 99.8276 + 9 + 0.0309
        assertThat(PathLossModel.NLOSV.lossDb(400, 5.9)).isCloseTo(108.8582, within(0.001));
        assertThat(PathLossModel.NLOSV.sigmaDb(400)).isCloseTo(5.408, within(0.001));
    }

    @Test
    void sensingAndHalfDuplexTermsMatchTheFormulas() {
        double d = 450;
        DeliveryBreakdown terms = model.exact(d, PathLossModel.NLOSV);
        double mean = 23 - PathLossModel.NLOSV.lossDb(d, 5.9);
        double expectedSensing = (1 - 0.01) * 0.5 * (1 - Erf.erf((mean + 90.5) / (PathLossModel.NLOSV.sigmaDb(d) * Math.sqrt(2))));
        assertThat(terms.sensing()).isCloseTo(expectedSensing, within(1e-12));
        assertThat(terms.halfDuplex()).isEqualTo(10 / 1000.0);
        assertThat(terms.collision()).isZero();
    }

    @Test
    void blockErrorRateGoesThroughTheTablePoints() {
        assertThat(BlockErrorRate.at(2)).isCloseTo(0.9, within(1e-12));
        assertThat(BlockErrorRate.at(6)).isCloseTo(0.4, within(1e-12));
        assertThat(BlockErrorRate.at(10)).isCloseTo(0.045, within(1e-12));
        assertThat(BlockErrorRate.at(14)).isCloseTo(0.007, within(1e-12));
        assertThat(BlockErrorRate.at(18)).isCloseTo(0.001, within(1e-12));
        assertThat(BlockErrorRate.at(-20)).isEqualTo(1.0);
        // halfway between 6 and 10 dB on the log scale: sqrt(0.4 · 0.045)
        assertThat(BlockErrorRate.at(8)).isCloseTo(Math.sqrt(0.4 * 0.045), within(1e-12));
    }

    @Test
    void propagationTermIsTheIntegralOfTheBlockErrorRateAboveTheThreshold() {
        // With a huge margin every packet is sensed at an SINR far above 16 dB: δPRO = BLER floor.
        DeliveryBreakdown near = model.exact(10, PathLossModel.HIGHWAY_LOS);
        assertThat(near.propagation()).isCloseTo(0.99 * 0.001, within(1e-6));
        assertThat(near.sensing()).isLessThan(1e-12);
        // A Monte Carlo estimate of the same integral at a distance where it matters.
        double d = 500;
        double mean = 23 - PathLossModel.NLOSV.lossDb(d, 5.9);
        double sigma = PathLossModel.NLOSV.sigmaDb(d);
        java.util.Random random = new java.util.Random(7);
        int n = 400_000;
        double sum = 0;
        for (int i = 0; i < n; i++) {
            double p = mean + sigma * random.nextGaussian();
            if (p >= -90.5) {
                sum += BlockErrorRate.at(p - SidelinkConfig.defaults().noiseDbm());
            }
        }
        assertThat(model.exact(d, PathLossModel.NLOSV).propagation()).isCloseTo(0.99 * sum / n, within(0.003));
    }

    @Test
    void airtimeOf190BytesAt6MbitIsAboutAThirdOfAMillisecond() {
        assertThat(model.airtimeS()).isCloseTo(40e-6 + 220 * 8 / 6e6, within(1e-12));
        assertThat(model.airtimeS()).isCloseTo(0.000333, within(0.000001));
    }

    @Property
    void deliveryRatioNeverGrowsWithDistance(@ForAll @DoubleRange(min = 1, max = 999) double d,
            @ForAll @DoubleRange(min = 0.1, max = 200) double further) {
        for (PathLossModel pathLoss : PathLossModel.values()) {
            assertThat(model.deliveryRatio(d + further, pathLoss)).isLessThanOrEqualTo(model.deliveryRatio(d, pathLoss) + 1e-9);
        }
    }

    @Property
    void termsAreProbabilitiesThatAddUpToAtMostOne(@ForAll @DoubleRange(min = 0, max = 3000) double d) {
        for (PathLossModel pathLoss : PathLossModel.values()) {
            DeliveryBreakdown terms = model.breakdown(d, pathLoss);
            assertThat(terms.halfDuplex() + terms.sensing() + terms.propagation() + terms.collision())
                    .isBetween(0.0, 1.0 + 1e-9);
            assertThat(terms.sensing()).isBetween(0.0, 1.0);
            assertThat(terms.propagation()).isBetween(0.0, 1.0);
        }
    }

    @Property
    void anAccessDelayIsNamedAgainByItsWordAndValue(@ForAll @DoubleRange(min = 0, max = 10) double seconds) {
        for (AccessDelay delay : new AccessDelay[] {new AccessDelay.Fixed(seconds), new AccessDelay.Uniform(seconds),
                new AccessDelay.Exponential(seconds)}) {
            assertThat(AccessDelay.of(delay.word(), delay.valueS())).isEqualTo(delay);
        }
    }
}

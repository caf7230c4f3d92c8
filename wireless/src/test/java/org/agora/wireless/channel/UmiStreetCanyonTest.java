package org.agora.wireless.channel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.DoubleRange;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** TR 38.901 UMi street canyon against values worked out by hand (fc = 3.5 GHz, hBS = 10 m, hUT = 1.5 m). */
class UmiStreetCanyonTest {

    private final UmiStreetCanyon umi = new UmiStreetCanyon(3.5, 10, 1.5);

    @Test
    void theBreakpointIsFourTimesTheEffectiveHeightsTimesFrequencyOverC() {
        // 4 · 9 · 0.5 · 3.5e9 / 299,792,458 = 210.145 m
        assertThat(umi.breakpointM()).isCloseTo(210.1454, within(1e-3));
        assertThat(UmiStreetCanyon.breakpointDistance(28, 10, 1.5)).isCloseTo(1681.163, within(1e-2));
    }

    /**
     * Worked out from the formulas with d3D = √(d2D² + 8.5²). For example at 50 m:
     * d3D = 50.717, LOS = 32.4 + 21·1.70517 + 20·0.54407 = 79.090; NLOS = 22.4 + 35.3·1.70517 + 21.3·0.54407 = 94.181.
     * Beyond the breakpoint (300 m): LOS = 32.4 + 40·log10(300.12) + 10.881 − 9.5·log10(210.145² + 72.25) = 98.239.
     */
    @ParameterizedTest
    @CsvSource({
        "10, 66.7610, 73.4569",
        "50, 79.0896, 94.1807",
        "100, 85.3142, 104.6438",
        "200, 91.6112, 115.2288",
        "300, 98.2386, 121.4372",
        "500, 107.1080, 129.2645"})
    void pathLossMatchesTheFormulas(double distance, double los, double nlos) {
        assertThat(umi.losDb(distance)).isCloseTo(los, within(1e-3));
        assertThat(umi.nlosDb(distance)).isCloseTo(nlos, within(1e-3));
        assertThat(umi.pathLossDb(distance, true)).isEqualTo(umi.losDb(distance));
        assertThat(umi.pathLossDb(distance, false)).isEqualTo(umi.nlosDb(distance));
    }

    @Test
    void theLosSlopeChangesFrom21To40DbPerDecadeAtTheBreakpoint() {
        double before = umi.losDb(umi.breakpointM() - 1e-6);
        double after = umi.losDb(umi.breakpointM() + 1e-6);
        // The two branches meet at the breakpoint: the model is continuous there.
        assertThat(after).isCloseTo(before, within(1e-3));
        double farSlope = (umi.losDb(2000) - umi.losDb(1000)) / Math.log10(2);
        assertThat(farSlope).isCloseTo(40, within(0.1));
        double slope = (umi.losDb(100) - umi.losDb(50)) / Math.log10(2);
        assertThat(slope).isCloseTo(21, within(0.5));
    }

    @Test
    void distancesBelowTenMetresAreEvaluatedAtTenMetres() {
        assertThat(umi.losDb(2)).isEqualTo(umi.losDb(10));
        assertThat(umi.nlosDb(0)).isEqualTo(umi.nlosDb(10));
    }

    @Property(tries = 2000)
    void nlosIsNeverBelowLos(@ForAll @DoubleRange(min = 0, max = 5000) double distance,
            @ForAll @DoubleRange(min = 0.5, max = 100) double carrier,
            @ForAll @DoubleRange(min = 1.5, max = 50) double bsHeight,
            @ForAll @DoubleRange(min = 1.1, max = 22.5) double ueHeight) {
        UmiStreetCanyon model = new UmiStreetCanyon(carrier, bsHeight, ueHeight);
        assertThat(model.nlosDb(distance)).isGreaterThanOrEqualTo(model.losDb(distance));
    }

    @Property(tries = 500)
    void pathLossGrowsWithDistance(@ForAll @DoubleRange(min = 10, max = 4000) double distance) {
        assertThat(umi.losDb(distance + 1)).isGreaterThan(umi.losDb(distance));
        assertThat(umi.nlosDb(distance + 1)).isGreaterThan(umi.nlosDb(distance));
    }

    /** 18/d + exp(−d/36)·(1 − 18/d): at 50 m, 0.36 + 0.24935·0.64 = 0.519585. */
    @ParameterizedTest
    @CsvSource({"5, 1.0", "18, 1.0", "30, 0.773839", "50, 0.519585", "100, 0.230985", "200, 0.093518"})
    void losProbabilityMatchesTheFormula(double distance, double probability) {
        assertThat(UmiStreetCanyon.losProbability(distance)).isCloseTo(probability, within(1e-6));
    }

    /** TR 36.942 truncated Shannon: 0 below −10 dB, 0.6·log2(1 + SINR), at most 4.4 bit/s/Hz. */
    @ParameterizedTest
    @CsvSource({
        "-11, 0.0, 0.1102735",
        "-10, 0.0825021, 0.1375035",
        "0, 0.6, 1.0",
        "10, 2.0756590, 3.4594316",
        "22, 4.3903896, 7.3173160",
        "30, 4.4, 9.9672263"})
    void spectralEfficiencyMatchesTheFormulas(double sinrDb, double truncated, double shannon) {
        double linear = Decibels.toLinear(sinrDb);
        assertThat(RateModel.TRUNCATED_SHANNON.spectralEfficiency(linear)).isCloseTo(truncated, within(1e-6));
        assertThat(RateModel.SHANNON.spectralEfficiency(linear)).isCloseTo(shannon, within(1e-6));
        assertThat(RateModel.TRUNCATED_SHANNON.rateBps(linear, 180e3)).isCloseTo(180e3 * truncated, within(0.1));
    }

    @Test
    void thermalNoiseOverEighteenMegahertzWithANineDecibelFigure() {
        // −174 + 10·log10(18e6) + 9 = −92.447 dBm
        assertThat(Decibels.thermalNoiseDbm(18e6, 9)).isCloseTo(-92.4473, within(1e-4));
    }
}

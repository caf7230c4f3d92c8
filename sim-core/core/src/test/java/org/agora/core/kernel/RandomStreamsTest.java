package org.agora.core.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.AlphaChars;
import net.jqwik.api.constraints.StringLength;
import org.junit.jupiter.api.Test;

class RandomStreamsTest {

    private static List<Double> draw(RandomStream stream, int n) {
        List<Double> values = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            values.add(stream.nextDouble());
        }
        return values;
    }

    @Test
    void aStreamDrawsTheSameWhateverElseIsCreatedOrDrawn() {
        List<Double> alone = draw(new RandomStreams(42).stream("allocation"), 100);

        RandomStreams crowded = new RandomStreams(42);
        draw(crowded.stream("mobility"), 1000);
        crowded.stream("weather");
        RandomStream allocation = crowded.stream("allocation");
        draw(crowded.stream("noise"), 17);
        assertThat(draw(allocation, 100)).isEqualTo(alone);
    }

    @Test
    void streamsDifferByNameAndBySeed() {
        List<Double> a = draw(new RandomStreams(42).stream("a"), 10);
        assertThat(draw(new RandomStreams(42).stream("b"), 10)).isNotEqualTo(a);
        assertThat(draw(new RandomStreams(43).stream("a"), 10)).isNotEqualTo(a);
        assertThat(draw(new RandomStreams(42).stream("a"), 10)).isEqualTo(a);
    }

    @Property
    void seedsOfDifferentNamesDiffer(@ForAll @AlphaChars @StringLength(min = 1, max = 12) String a,
            @ForAll @AlphaChars @StringLength(min = 1, max = 12) String b, @ForAll long seed) {
        if (!a.equals(b)) {
            assertThat(RandomStreams.seedFor(seed, a)).isNotEqualTo(RandomStreams.seedFor(seed, b));
        }
    }

    @Test
    void drawsStayInTheirRanges() {
        RandomStream stream = new RandomStreams(1).stream("r");
        for (int i = 0; i < 10_000; i++) {
            assertThat(stream.uniform(2, 5)).isGreaterThanOrEqualTo(2).isLessThan(5);
            assertThat(stream.nextInt(7)).isBetween(0, 6);
            assertThat(stream.exponential(3)).isGreaterThanOrEqualTo(0);
        }
    }

    @Test
    void uniformMeanAndNormalSpreadAreRight() {
        RandomStream stream = new RandomStreams(9).stream("stats");
        int n = 200_000;
        double sum = 0;
        double squares = 0;
        for (int i = 0; i < n; i++) {
            sum += stream.nextDouble();
            double g = stream.normal(10, 2);
            squares += (g - 10) * (g - 10);
        }
        assertThat(sum / n).isCloseTo(0.5, org.assertj.core.data.Offset.offset(0.005));
        assertThat(Math.sqrt(squares / n)).isCloseTo(2.0, org.assertj.core.data.Offset.offset(0.02));
    }
}

package org.agora.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Parameters and metrics declared once: the constant is the list entry and the key of its value. */
class DeclaredOnceTest {

    /** A scenario's declarations, as a family writes them. */
    private static final class Declarations {
        private static final ParameterSet.Builder DECLARED = ParameterSet.builder();
        static final Parameter<Double> CAPACITY = DECLARED.add(Parameter.real("capacity", 100.0).unit("t")
                .describe("carrying capacity"));
        static final Parameter<Integer> MONTHS = DECLARED.add(Parameter.integer("months", 12).atLeast(1)
                .describe("length of a run"));
        static final ParameterSet PARAMETERS = DECLARED.build();

        static final MetricSet METRICS = new MetricSet();
        static final Metric GAIN = METRICS.declare("gain", "t", "what was harvested");
        static final Metric SURVIVED = METRICS.declare("survived", "", "whether the pool lasted");
    }

    @Test
    void theSetListsTheParametersInTheOrderOfTheirConstantsAndTheConstantsReadTheValues() {
        ParameterSet set = Declarations.PARAMETERS;
        assertThat(set.all()).containsExactly(Declarations.CAPACITY, Declarations.MONTHS);
        Parameters values = set.defaults().with(Declarations.MONTHS, 24);
        assertThat(values.get(Declarations.CAPACITY)).isEqualTo(100.0);
        assertThat(values.get(Declarations.MONTHS)).isEqualTo(24);
    }

    @Test
    void aParameterDeclaredAfterTheSetIsBuiltFailsLoudly() {
        ParameterSet.Builder builder = ParameterSet.builder();
        builder.add(Parameter.flag("on", true));
        builder.build();
        assertThatThrownBy(() -> builder.add(Parameter.flag("late", false))).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("parameter late is declared after its parameter set was built");
    }

    @Test
    void theSummaryIsWrittenWithTheDeclaredMetricsInTheOrderPut() {
        Summary summary = Declarations.METRICS.summary().put(Declarations.GAIN, 12.5).put(Declarations.SURVIVED, true);
        assertThat(summary.asMap()).containsExactly(java.util.Map.entry("gain", 12.5), java.util.Map.entry("survived", true));
        assertThat(Declarations.METRICS.all()).extracting(Metric::name, Metric::unit)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("gain", "t"), org.assertj.core.groups.Tuple.tuple("survived", ""));
    }

    @Test
    void aMetricOfAnotherSetTwiceWrittenOrTwiceDeclaredIsRefused() {
        Metric stranger = new MetricSet().declare("gain", "t", "what was harvested elsewhere");
        Summary summary = Declarations.METRICS.summary().put(Declarations.GAIN, 1.0);
        assertThatThrownBy(() -> Declarations.METRICS.summary().put(stranger, 1.0))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("metric gain is not declared");
        assertThatThrownBy(() -> summary.put(Declarations.GAIN, 2.0)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("metric gain is written twice");
        MetricSet twice = new MetricSet();
        twice.declare("a", "", "one");
        assertThatThrownBy(() -> twice.declare("a", "", "two")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("metric declared twice: a");
    }
}

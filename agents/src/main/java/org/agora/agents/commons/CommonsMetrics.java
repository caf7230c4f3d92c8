package org.agora.agents.commons;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.agora.core.scenario.Metric;
import org.agora.core.scenario.MetricSet;

/**
 * The metrics of a commons run, each declared once: the constant keys its value in the
 * {@link Scorecard}'s summary, and {@link #of(Setting)} lists them as a setting words them (gains
 * and stock in the unit of its pool; a chore's members take out rather than get).
 */
final class CommonsMetrics {

    static final MetricSet METRICS = new MetricSet();
    /** Stands, in a declaration below, for the unit of the setting's pool. */
    private static final String POOL_UNIT = "unit of the pool";

    static final Metric OUTCOME = METRICS.declare("outcome", "",
            "survived, or the month the commons collapsed in, said as the reference counts it");
    static final Metric SURVIVAL_TIME = METRICS.declare("survivalTime", "months",
            "m: the month the commons collapsed in, or else the months played");
    static final Metric SURVIVED = METRICS.declare("survived", "0/1",
            "1 if m equals the round limit T, else 0 (the survival rate of a sweep is its mean);"
                    + " a collapse in month T counts as survival, as in the reference");
    static final Metric COLLAPSED = METRICS.declare("collapsed", "0/1", "1 if the commons collapsed, else 0");
    static final Metric ROUND_LIMIT = METRICS.declare("roundLimit", "months",
            "T: the round limit (fewer if the stop time comes first)");
    static final Metric MEMBERS = METRICS.declare("members", "members", "members who took part, newcomers included");
    static final Metric GAIN_MEAN = METRICS.declare("gainMean", POOL_UNIT,
            "R̄: the mean over members of what each got in total");
    static final Metric EFFICIENCY = METRICS.declare("efficiency", "fraction",
            "u = 1 − max(0, T·f0 − R̄)/(T·f0), f0 the per-agent threshold of month 1 (1 = 100%)");
    static final Metric EQUALITY = METRICS.declare("equality", "fraction",
            "e = 1 − the Gini coefficient of the members' gains (1 = all equal)");
    static final Metric OVER_USAGE = METRICS.declare("overUsage", "fraction",
            "o = member-months whose request went past the per-agent threshold / member-months played");
    static final Metric STOCK_LEFT = METRICS.declare("stockLeft", POOL_UNIT, "units in the pool after the last harvest");
    static final Metric AGREEMENTS = METRICS.declare("agreements", "months",
            "months whose discussion ended in an agreed limit");
    static final Metric UTTERANCES = METRICS.declare("utterances", "utterances", "utterances in all discussions");
    static final Metric LLM_CALLS = METRICS.declare("llmCalls", "calls",
            "language-model calls answered, re-asks included (0 in a society of rule-based members)");
    static final Metric LLM_TOKENS = METRICS.declare("llmTokens", "tokens",
            "the prompt and completion tokens of those calls, as the endpoint counted them");
    static final Metric GAIN_PER_KIND = METRICS.declare("gainPerKind", POOL_UNIT, "the mean gain of the members of each kind");
    static final Metric GAIN_PER_AGENT = METRICS.declare("gainPerAgent", POOL_UNIT, "each member's gain R_i, by member id");

    /** What a chore's metrics say instead, where it differs. */
    private static final Map<Metric, String> IN_A_CHORE = Map.of(
            GAIN_MEAN, "R̄: the mean over members of what each took out in total",
            OVER_USAGE, "o = member-months whose request fell short of the per-agent threshold / member-months played");

    private CommonsMetrics() {
    }

    /** The metrics as {@code setting} words them, in the order they are declared. */
    static List<Metric> of(Setting setting) {
        boolean chore = setting.direction() == Direction.CHORE;
        List<Metric> worded = new ArrayList<>(METRICS.size());
        for (Metric metric : METRICS.all()) {
            String unit = metric.unit().equals(POOL_UNIT) ? setting.unit() : metric.unit();
            String description = chore ? IN_A_CHORE.getOrDefault(metric, metric.description()) : metric.description();
            worded.add(new Metric(metric.name(), unit, description));
        }
        return List.copyOf(worded);
    }
}

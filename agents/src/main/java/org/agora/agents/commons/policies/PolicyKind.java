package org.agora.agents.commons.policies;

import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import org.agora.agents.commons.CommonsConfig;
import org.agora.agents.commons.HarvestPolicy;
import org.agora.agents.commons.LanguageMembers;
import org.agora.agents.commons.Setting;
import org.agora.agents.commons.llm.Deliberation;
import org.agora.agents.llm.LlmSettings;
import org.agora.agents.llm.MemoryEmbeddings;
import org.agora.core.scenario.RunContext;
import org.agora.core.scenario.Parameter;
import org.agora.core.scenario.ParameterSet;
import org.agora.core.scenario.Parameters;
import org.agora.core.scenario.PopulationKind;

/**
 * The kinds of members a commons society can have: one per policy, each with its typed
 * parameters. docs/models/commons.md states each one's rule, what it proposes and whether it keeps
 * agreements.
 */
public enum PolicyKind {

    GREEDY("greedy", "asks for the whole pool (or a fixed amount); in a chore takes out nothing; never keeps agreements",
            ParameterSet.of(KindParameters.AMOUNT),
            (context, p) -> new Greedy(context, p.get(KindParameters.AMOUNT))),

    SUSTAINABLE("sustainable", "asks for exactly the per-agent threshold f(t) (or a stricter agreed limit); proposes it",
            ParameterSet.empty(),
            (context, p) -> new Sustainable(context)),

    SCRIPTED("scripted", "asks for the amounts listed in the file, month by month; silent; ignores agreements",
            ParameterSet.of(KindParameters.REQUESTS),
            (context, p) -> new Scripted(context, p.get(KindParameters.REQUESTS))),

    CONDITIONAL_COOPERATOR("conditional-cooperator",
            "keeps the agreed limit while the others kept it; retaliates after being exploited; forgives after a while",
            ParameterSet.of(KindParameters.FORGIVE_AFTER),
            (context, p) -> new ConditionalCooperator(context, p.get(KindParameters.FORGIVE_AFTER))),

    NOISY_SUSTAINABLE("noisy-sustainable", "asks for the threshold plus seeded Gaussian noise, rounded to whole units",
            ParameterSet.of(KindParameters.NOISE),
            (context, p) -> new NoisySustainable(context, p.get(KindParameters.NOISE))),

    UNIVERSALIZATION_AWARE("universalization-aware",
            "sustainable while the universalization norm is on, greedy (with its amount) while it is off",
            ParameterSet.of(KindParameters.AMOUNT),
            (context, p) -> new UniversalizationAware(context, p.get(KindParameters.AMOUNT))),

    BANDIT("bandit", "learns which harvest level (a multiple of f(t)) pays best: an epsilon-greedy bandit",
            ParameterSet.of(KindParameters.EPSILON, KindParameters.LEVELS, KindParameters.STEP_SIZE),
            (context, p) -> new Bandit(context, p.get(KindParameters.EPSILON), p.get(KindParameters.LEVELS),
                    p.get(KindParameters.STEP_SIZE))),

    LANGUAGE_MODEL("llm", "a language model decides, talks, agrees and remembers in words (GovSim's agents; the llm block "
            + "says where the model is; docs/models/commons-llm.md)",
            ParameterSet.of(KindParameters.MODEL),
            (context, p) -> context.language().get().member(context.identity(), context.memory(), p.get(KindParameters.MODEL)));

    private static final PolicyKind[] ALL = values();

    private final String word;
    private final String description;
    private final ParameterSet parameters;
    private final BiFunction<PolicyContext, Parameters, HarvestPolicy> factory;

    PolicyKind(String word, String description, ParameterSet parameters,
            BiFunction<PolicyContext, Parameters, HarvestPolicy> factory) {
        this.word = word;
        this.description = description;
        this.parameters = parameters;
        this.factory = factory;
    }

    /** The word scenario files use ({@code kind: conditional-cooperator}). */
    public String word() {
        return word;
    }

    public String description() {
        return description;
    }

    /** The parameters a population group of this kind may set. */
    public ParameterSet parameters() {
        return parameters;
    }

    /** As the scenario SPI declares it. */
    public PopulationKind populationKind() {
        return new PopulationKind(word, description, parameters);
    }

    /** A policy of this kind for one agent. */
    public HarvestPolicy create(PolicyContext context) {
        return factory.apply(context, context.parameters());
    }

    /**
     * The language side of a run ({@link LanguageMembers}): its llm block (or the defaults), the
     * setting's words, the run's rules, bus and directory.
     */
    public static LanguageMembers languageFor(RunContext context, Setting setting, CommonsConfig config) {
        LlmSettings settings = context.spec().section(LlmSettings.KEY, LlmSettings.class).orElse(LlmSettings.defaults());
        return new Deliberation(settings, setting, config, context.events(), context.directory(),
                settings.embeddings() != MemoryEmbeddings.NONE);
    }

    /** The kind called {@code word}. */
    public static PolicyKind of(String word) {
        for (PolicyKind kind : ALL) {
            if (kind.word.equals(word)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("no policy kind " + word);
    }

    /** Every kind's word, in declaration order. */
    public static List<String> words() {
        return Arrays.stream(values()).map(PolicyKind::word).toList();
    }

    /** The parameters of the policy kinds, declared once so that kinds sharing one agree on it. */
    public static final class KindParameters {

        /** Greedy and universalization-aware: what to ask for; 0 means the whole pool (a take) or nothing (a chore). */
        public static final Parameter<Integer> AMOUNT = Parameter.integer("amount", 0).range(0, 1_000_000_000)
                .describe("what it asks for; 0: the whole pool (in a chore: nothing)");

        /** Scripted: the request of each month, month 1 first. */
        public static final Parameter<List<Double>> REQUESTS = Parameter.reals("requests", List.of()).atLeast(0)
                .describe("the request of each month, month 1 first (whole units; the last one repeats)");

        /** Conditional cooperator: months of retaliation before it forgives. */
        public static final Parameter<Integer> FORGIVE_AFTER = Parameter.integer("forgiveAfter", 2).range(1, 10_000)
                .describe("months it retaliates after being exploited, before it forgives");

        /** Noisy sustainable: the standard deviation of the noise, in units. */
        public static final Parameter<Double> NOISE = Parameter.real("noise", 2.0).range(0, 1e9)
                .describe("standard deviation of the noise added to the threshold, in units");

        /** Bandit: the exploration probability. */
        public static final Parameter<Double> EPSILON = Parameter.real("epsilon", 0.1).range(0, 1)
                .describe("probability of trying a random level instead of the best one");

        /** Bandit: its arms, as multiples of the per-agent threshold. */
        public static final Parameter<List<Double>> LEVELS = Parameter.reals("levels", List.of(0.5, 1.0, 1.5, 2.0))
                .range(0, 1000).nonEmpty().describe("its harvest levels, as multiples of the per-agent threshold f(t)");

        /** Bandit: the step of its estimates (0: sample average). */
        public static final Parameter<Double> STEP_SIZE = Parameter.real("stepSize", 0.0).range(0, 1)
                .describe("step of its reward estimates; 0: the sample average");

        /** Language-model member: the model, as the endpoint names it. */
        public static final Parameter<String> MODEL = Parameter.text("model", "qwen2.5:7b")
                .describe("the model that decides for it, as the endpoint names it (for example qwen2.5:7b or gpt-4o)");

        private KindParameters() {
        }
    }
}

package org.agora.agents.commons;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.agora.agents.Agent;
import org.agora.agents.GroupConversation;
import org.agora.agents.Identity;
import org.agora.agents.Memory;
import org.agora.agents.Message;
import org.agora.agents.Messenger;
import org.agora.agents.Transcript;
import org.agora.agents.commons.events.AgreementReached;
import org.agora.agents.commons.events.CommonsCollapsed;
import org.agora.agents.commons.events.HarvestAllocated;
import org.agora.agents.commons.events.HarvestReported;
import org.agora.agents.commons.events.MemberJoined;
import org.agora.agents.commons.events.PoolHarvested;
import org.agora.agents.commons.events.ResourceRegrew;
import org.agora.agents.commons.events.RoundScored;
import org.agora.agents.commons.events.UtteranceMade;
import org.agora.agents.commons.policies.PolicyContext;
import org.agora.agents.commons.policies.PolicyKind;
import org.agora.agents.llm.LanguageModelCalled;
import org.agora.agents.llm.LlmSettings;
import org.agora.core.config.SimTime;
import org.agora.core.event.EventBus;
import org.agora.core.kernel.Kernel;
import org.agora.core.kernel.RandomStream;
import org.agora.core.scenario.Intervention;
import org.agora.core.scenario.Model;
import org.agora.core.scenario.Parameters;
import org.agora.core.scenario.Population;
import org.agora.core.scenario.RunContext;

/**
 * One run of the common-pool resource game: a society of members around a {@link Pool}, month
 * by month, each month's {@link Phase}s at its instant.
 *
 * <p>Threading: the simulation thread of its run.
 */
final class Society implements Model {

    /** The source of events about the pool and the society as a whole. */
    static final String SOURCE = "commons";


    /** Each member's policy draws from a stream of its own, named after it. */
    static final String POLICY_STREAM_PREFIX = "policy/";

    /** A month's phases, and those of a month without communication (no report, no discussion). Never modified. */
    private static final Phase[] ALL_PHASES = Phase.values();
    private static final Phase[] SILENT_PHASES = Arrays.stream(ALL_PHASES)
            .filter(phase -> phase != Phase.REPORT && phase != Phase.DISCUSSION)
            .toArray(Phase[]::new);

    /** The names of the first members' streams, made once: societies of a few members are built for every episode. */
    private static final String[] FIRST_POLICY_STREAMS = new String[256];

    static {
        for (int i = 0; i < FIRST_POLICY_STREAMS.length; i++) {
            FIRST_POLICY_STREAMS[i] = POLICY_STREAM_PREFIX + Identity.idOf(i);
        }
    }

    /** The ordering of a month's phases at the month's instant: after the interventions (the smallest ordering). */
    static final int MONTH_ORDERING = 0;

    /** Members remember the last year. */
    private static final int MEMORY_MONTHS = 12;

    private final RunContext context;
    private final Setting setting;
    private final Kernel kernel;
    private final Supplier<LanguageMembers> languageSupplier = this::language;
    /** The run's language side, made when the first language-model member joins; null before. */
    private LanguageMembers language;
    private final EventBus events;
    private final CommonsConfig config;
    private final Direction direction;
    private final Pool pool;
    private final Allocation allocation = new Allocation();
    private final List<Agent<HarvestPolicy, RoundRecord>> members = new ArrayList<>();
    private final List<Identity> identities = new ArrayList<>();
    private final Messenger<Remark> messenger;
    private final Scorecard scorecard;
    private final int roundLimit;
    /** The phases a month has here, in order, and the action of each (by ordinal). */
    private final Phase[] phases;
    private final Runnable[] actions = new Runnable[Phase.values().length];
    private final Supplier<RandomStream> allocationRandom = this::allocationStream;
    private final int initialMembers;
    private int[] requested = new int[8];
    private int[] taken = new int[8];
    private boolean universalization;
    private int agreedLimit = Situation.NO_AGREEMENT;
    private int round;
    private long stockBefore;
    private Situation situation;
    private HarvestReport report;
    private RandomStream allocationStream;
    /** The rule-based members' remarks in words while they speak at a meeting of language-model members; null otherwise. */
    private List<LanguageMembers.Statement> statements;
    /** The model of the first language-model member, which a language-model newcomer gets; null before. */
    private String languageModel;

    Society(RunContext context, CommonsConfig config, Setting setting) {
        Direction direction = setting.direction();
        this.context = context;
        this.setting = setting;
        this.kernel = context.kernel();
        this.events = context.events();
        this.config = config;
        this.direction = direction;
        this.pool = new Pool(config, direction);
        this.roundLimit = roundLimit(config.rounds(), context.spec().until());
        this.scorecard = new Scorecard(roundLimit, direction, pool::fullStockThreshold);
        this.universalization = config.universalization();
        this.messenger = new Messenger<>(members, this::published);
        // Counted from the calls' events, as the summary collector of `agora analyze` counts them.
        events.subscribe(LanguageModelCalled.class,
                call -> scorecard.languageModelCalled((long) call.promptTokens() + call.completionTokens()));
        for (Population.Group group : context.population().groups()) {
            for (int i = 0; i < group.count(); i++) {
                add(PolicyKind.of(group.kind()), group.parameters(), 1);
            }
        }
        this.initialMembers = members.size();
        this.phases = config.communication() ? ALL_PHASES : SILENT_PHASES;
        actions[Phase.HARVEST.ordinal()] = this::harvest;
        actions[Phase.ALLOCATION.ordinal()] = this::allocate;
        actions[Phase.REPORT.ordinal()] = this::report;
        actions[Phase.DISCUSSION.ordinal()] = this::discuss;
        actions[Phase.REFLECTION.ordinal()] = this::reflect;
        actions[Phase.END_OF_ROUND.ordinal()] = this::endRound;
    }

    /** T: the round limit, or fewer if the stop time comes first (round r runs at (r − 1) months, before the stop time). */
    static int roundLimit(int rounds, double untilSeconds) {
        return (int) Math.max(1, Math.min(rounds, Math.ceil(untilSeconds / SimTime.MONTH)));
    }

    @Override
    public void start() {
        for (Agent<HarvestPolicy, RoundRecord> member : members) {
            events.publish(new MemberJoined(events.stamp(member.id()), PolicyKind.of(member.identity().kind()), 1));
        }
        // A month is one entry in the kernel's schedule whose phases run in Phase order (the report
        // and the discussion only when members communicate); the end of the last month stops the
        // kernel. One entry a month, not one per phase: episodes are short and MASON's queue costs
        // every entry.
        List<Runnable> month = new ArrayList<>(phases.length);
        for (Phase phase : phases) {
            month.add(actions[phase.ordinal()]);
        }
        kernel.everyInPhases(0, SimTime.MONTH, MONTH_ORDERING, month);
    }

    private void harvest() {
        round++;
        stockBefore = pool.level();
        int threshold = pool.agentThreshold(stockBefore, headcount());
        situation = new Situation(round, members.size(), stockBefore, config.capacity(), threshold, agreedLimit,
                universalization, direction);
        report = null;
        scorecard.roundStarted();
        int n = members.size();
        // Every member starts deciding before any is asked for its decision: slow deciders (language
        // models) decide at the same time, and the requests are still read in the members' order.
        for (int i = 0; i < n; i++) {
            HarvestPolicy policy = members.get(i).policy();
            policy.observe(situation);
            policy.prepare();
        }
        for (int i = 0; i < n; i++) {
            Integer request = members.get(i).policy().decide();
            requested[i] = (int) Math.max(0, Math.min(stockBefore, request));
        }
    }

    private void allocate() {
        int n = members.size();
        long demand = 0;
        for (int i = 0; i < n; i++) {
            demand += requested[i];
        }
        long given = allocation.allocate(requested, n, stockBefore, config.allocation(), allocationRandom, taken);
        pool.take(given);
        int threshold = situation.threshold();
        events.publish(new PoolHarvested(events.stamp(SOURCE), round, stockBefore, threshold, demand, given, pool.level(),
                demand > stockBefore));
        for (int i = 0; i < n; i++) {
            events.publish(new HarvestAllocated(events.stamp(members.get(i).id()), round, requested[i], taken[i]));
            scorecard.harvest(i, requested[i], taken[i], threshold);
        }
        scorecard.stockLeft(pool.level());
    }

    private void report() {
        int nextThreshold = pool.collapsed() ? 0 : pool.agentThreshold(pool.grownFrom(pool.level()), headcount());
        report = new HarvestReport(round, direction, identities, requested, taken, pool.level(),
                situation.limitInForce(), nextThreshold);
        for (int i = 0, n = members.size(); i < n; i++) {
            members.get(i).policy().review(report);
        }
        events.publish(new HarvestReported(events.stamp(SOURCE), round, members.size(), report.limitInForce(),
                report.breakers()));
    }

    private void discuss() {
        agreedLimit = Situation.NO_AGREEMENT;
        int n = members.size();
        if (n == 0 || config.maxUtterances() == 0) {
            return;
        }
        if (language != null && language.hasMembers()) {
            meet(n);
            return;
        }
        Transcript<Remark> transcript = GroupConversation.hold(round, config.maxUtterances(), (round - 1) % n, messenger);
        int best = -1;
        int bestEndorsers = -1;
        for (int m = 0, said = transcript.size(); m < said; m++) {
            Message<Remark> message = transcript.get(m);
            if (message.isDirect() || message.content().act() != Remark.Act.PROPOSE
                    || proposedBefore(transcript, m, message.content().amount())) {
                continue;
            }
            int limit = message.content().amount();
            int endorsers = 0;
            for (int i = 0; i < n; i++) {
                if (members.get(i).policy().endorses(limit)) {
                    endorsers++;
                }
            }
            if (endorsers > bestEndorsers || endorsers == bestEndorsers && direction.atLeastAsRestrained(limit, best)) {
                best = limit;
                bestEndorsers = endorsers;
            }
        }
        if (best >= 0 && config.agreement().agreed(bestEndorsers, n)) {
            agreedLimit = best;
            scorecard.agreed();
            events.publish(new AgreementReached(events.stamp(SOURCE), round, best, bestEndorsers, n));
        }
    }

    /**
     * The language-model members' meeting; the framework model's limit, if any, is the agreement.
     * The rule-based members speak first, after the mayor's report, each once by its rule (a typed
     * remark, said in words); the language-model members hear them in the meeting.
     */
    private void meet(int n) {
        statements = new ArrayList<>();
        Transcript<Remark> rules = GroupConversation.hold(round, config.maxUtterances(), (round - 1) % n, messenger);
        List<LanguageMembers.Statement> opening = statements;
        statements = null;
        int[] turn = {rules.size()};
        int limit = language.meet(round, report, opening, config.maxUtterances() - rules.size(), (speaker, text) -> {
            scorecard.spoke();
            events.publish(new UtteranceMade(events.stamp(speaker.id()), round, ++turn[0], Messenger.GROUP, Remark.Act.SAY,
                    -1, text));
        });
        if (limit >= 0) {
            agreedLimit = limit;
            scorecard.agreed();
            events.publish(new AgreementReached(events.stamp(SOURCE), round, limit, n, n));
        }
    }

    private LanguageMembers language() {
        if (language == null) {
            language = PolicyKind.languageFor(context, setting, config);
        }
        return language;
    }

    private static boolean proposedBefore(Transcript<Remark> transcript, int upTo, int limit) {
        for (int m = 0; m < upTo; m++) {
            Message<Remark> earlier = transcript.get(m);
            if (!earlier.isDirect() && earlier.content().act() == Remark.Act.PROPOSE && earlier.content().amount() == limit) {
                return true;
            }
        }
        return false;
    }

    private void published(Message<Remark> message) {
        scorecard.spoke();
        String text = null;
        if (statements != null) {
            text = language.inWords(message, report);
            statements.add(new LanguageMembers.Statement(message.from(), text));
        }
        events.publish(new UtteranceMade(events.stamp(message.from().id()), round, message.turn(), message.addressee(),
                message.content().act(), message.content().amount(), text));
    }

    private void reflect() {
        int limit = situation.limitInForce();
        for (int i = 0, n = members.size(); i < n; i++) {
            RoundRecord record = new RoundRecord(round, stockBefore, situation.threshold(), limit, requested[i], taken[i],
                    report == null ? -1 : report.othersBreaking(i), report == null ? -1 : report.largestRequestOtherThan(i));
            members.get(i).endRound(record);
        }
        for (int i = 0, n = members.size(); i < n; i++) {
            members.get(i).policy().settle();
        }
    }

    private void endRound() {
        if (pool.collapsed()) {
            events.publish(new CommonsCollapsed(events.stamp(SOURCE), round, pool.level(), config.collapseThreshold()));
            score(true);
            kernel.stop();
        } else if (round >= roundLimit) {
            score(false);
            kernel.stop();
        } else {
            long before = pool.level();
            events.publish(new ResourceRegrew(events.stamp(SOURCE), round, before, pool.grow()));
            score(false);
        }
    }

    private void score(boolean collapsed) {
        scorecard.roundEnded(collapsed);
        events.publish(new RoundScored(events.stamp(SOURCE), round, members.size(), scorecard.roundHarvest(),
                scorecard.roundOverUsers(), scorecard.gainMean(), scorecard.efficiency(), scorecard.equality(),
                scorecard.overUsage()));
    }

    /** The n of the per-agent threshold: the members now, or the initial members (the original's quirk). */
    private int headcount() {
        return config.thresholdCountsNewcomers() ? members.size() : initialMembers;
    }

    @Override
    public void intervene(Intervention intervention) {
        Parameters arguments = intervention.arguments();
        switch (intervention.action()) {
            case CommonsActions.ADD_AGENT -> {
                PolicyKind kind = PolicyKind.of(arguments.get(CommonsActions.KIND));
                Parameters parameters = CommonsActions.parametersFor(kind, arguments, newcomersModel());
                int joins = nextMonthAt(kernel.now());
                for (int i = 0, count = arguments.get(CommonsActions.COUNT); i < count; i++) {
                    Agent<HarvestPolicy, RoundRecord> member = add(kind, parameters, joins);
                    events.publish(new MemberJoined(events.stamp(member.id()), kind, joins));
                }
            }
            case CommonsActions.SET_UNIVERSALIZATION -> universalization = arguments.get(CommonsActions.ON);
            default -> throw new IllegalArgumentException("no action " + intervention.action());
        }
    }

    /**
     * The model a language-model newcomer gets: the first language-model member's, else the llm
     * block's framework model, else none (the kind's default).
     */
    private String newcomersModel() {
        if (languageModel != null) {
            return languageModel;
        }
        return context.spec().section(LlmSettings.KEY, LlmSettings.class).map(LlmSettings::frameworkModel).orElse(null);
    }

    /**
     * The month a newcomer first plays in: the month starting now (interventions run before the
     * month's phases), or else the next one.
     */
    static int nextMonthAt(double seconds) {
        return (int) Math.ceil(seconds / SimTime.MONTH) + 1;
    }

    private Agent<HarvestPolicy, RoundRecord> add(PolicyKind kind, Parameters parameters, int joinedRound) {
        int index = members.size();
        Identity identity = new Identity(index, Identity.idOf(index), kind.word(), joinedRound);
        Memory<RoundRecord> memory = new Memory<>(Math.min(MEMORY_MONTHS, config.rounds()));
        HarvestPolicy policy = kind.create(new PolicyContext(identity, memory, parameters, direction,
                new OwnStream(index < FIRST_POLICY_STREAMS.length ? FIRST_POLICY_STREAMS[index]
                        : POLICY_STREAM_PREFIX + identity.id()), languageSupplier));
        if (kind == PolicyKind.LANGUAGE_MODEL && languageModel == null) {
            languageModel = parameters.get(PolicyKind.KindParameters.MODEL);
        }
        Agent<HarvestPolicy, RoundRecord> member = new Agent<>(identity, memory, policy);
        members.add(member);
        identities.add(identity);
        scorecard.join(identity.id(), kind.word());
        if (requested.length < members.size()) {
            requested = Arrays.copyOf(requested, 2 * members.size());
            taken = Arrays.copyOf(taken, 2 * members.size());
        }
        return member;
    }

    /** A member's own stream, looked up on its first draw and kept (a lookup hashes the name). */
    private final class OwnStream implements Supplier<RandomStream> {
        private final String name;
        private RandomStream stream;

        OwnStream(String name) {
            this.name = name;
        }

        @Override
        public RandomStream get() {
            if (stream == null) {
                stream = kernel.random(name);
            }
            return stream;
        }
    }

    private RandomStream allocationStream() {
        if (allocationStream == null) {
            allocationStream = kernel.random("allocation");
        }
        return allocationStream;
    }

    @Override
    public Map<String, Object> summary() {
        return scorecard.summary();
    }

    @Override
    public void finish() {
        if (language != null) {
            language.close();
        }
    }

    /** The language-model calls' counts, tokens, cache hits and waiting (nothing without language-model members). */
    @Override
    public Map<String, Object> runReport() {
        return language == null ? Map.of() : language.report();
    }

    // What the view reads.

    Direction direction() {
        return direction;
    }

    CommonsConfig config() {
        return config;
    }

    Pool pool() {
        return pool;
    }

    int month() {
        return round;
    }

    long stockBefore() {
        return stockBefore;
    }

    Situation situation() {
        return situation;
    }

    int agreedLimit() {
        return agreedLimit;
    }

    int memberCount() {
        return members.size();
    }

    Identity identity(int member) {
        return identities.get(member);
    }

    int requested(int member) {
        return requested[member];
    }

    int taken(int member) {
        return taken[member];
    }
}

package org.agora.vehicles.learning;

import java.util.Arrays;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.agora.core.event.Event;
import org.agora.core.event.EventHeader;
import org.agora.vehicles.cav.MetaAction;
import org.agora.vehicles.rl.MergeEnvironment;
import org.agora.vehicles.rl.StepResult;

/**
 * MAPPO on the merge: one actor shared by all CAVs (its own observation in, a distribution over
 * the five meta-actions out) and one centralised critic (a CAV's observation, the mean observation
 * of the other CAVs of the episode and their number in; the value out), trained by {@link PpoUpdate}
 * after every episode on all CAVs' transitions, as the study does. With the intent features in the
 * observation it is MAPPO-PIS.
 *
 * <p>Reproducible: every random choice of episode k (the traffic's seed, the actions sampled, the
 * minibatch order) comes from a generator seeded by (seed, k), so the state after an episode is
 * the networks, the optimizers and a few counters, all of which a {@link TrainerState} holds
 * exactly: a resumed training continues bit for bit. Not thread-safe.
 */
public final class MappoTrainer {

    /** The {@code source} of training events. */
    public static final String SOURCE = "trainer";

    private final TrainingSettings settings;
    private final MergeEnvironment environment;
    private final Transitions transitions;
    private final Consumer<Event> events;
    private final TrainerState state;
    private final float[] criticInput;

    /**
     * A trainer continuing from {@code state} (use {@link TrainerState#fresh} to start), publishing
     * its events to {@code events}.
     */
    public MappoTrainer(TrainingSettings settings, TrainerState state, Consumer<Event> events) {
        this.settings = settings;
        this.state = state;
        this.events = events;
        this.environment = new MergeEnvironment(settings.training(), settings.intentFeatures());
        int d = environment.observationSize();
        this.transitions = new Transitions(d, criticSize(d));
        this.criticInput = new float[criticSize(d)];
        if (state.actor().inputs() != d || state.critic().inputs() != criticSize(d)) {
            throw new IllegalArgumentException("the networks do not fit the observation of " + d + " numbers");
        }
    }

    /** The critic's input size for observations of {@code d} numbers. */
    static int criticSize(int d) {
        return 2 * d + 1;
    }

    public TrainerState state() {
        return state;
    }

    /** Whether every episode of the settings has been trained. */
    public boolean finished() {
        return state.episode() >= settings.episodes();
    }

    /**
     * Plays the next training episode, learns from it, publishes {@link TrainingIterationCompleted}
     * and, at the evaluation interval and after the last episode, evaluates the policy and
     * publishes {@link PolicyEvaluated}.
     */
    public TrainingIterationCompleted trainEpisode() {
        int episode = state.episode() + 1;
        SplittableRandom random = new SplittableRandom(mix(settings.seed(), episode));
        Hyperparameters h = settings.hyperparameters();
        Mlp actor = state.actor();
        Mlp critic = state.critic();
        float[][] observations = environment.reset(random.nextLong());
        int agents = environment.agents();
        int[] last = new int[agents];
        Arrays.fill(last, -1);
        int[] taken = new int[agents];
        int[] actions = new int[agents];
        boolean[] done = new boolean[agents];
        transitions.clear();
        double episodeReturn = 0;
        int decisions = 0;
        StepResult result;
        do {
            for (int i = 0; i < agents; i++) {
                if (done[i]) {
                    actions[i] = MetaAction.IDLE.ordinal();
                    continue;
                }
                float[] logits = actor.forward(observations[i]);
                double[] logProbabilities = logSoftmax(logits);
                actions[i] = sample(logProbabilities, random.nextDouble());
                fillCriticInput(observations, done, i, criticInput);
                float value = critic.forward(criticInput)[0];
                int index = transitions.add(observations[i], criticInput, actions[i],
                        (float) logProbabilities[actions[i]], value);
                if (last[i] >= 0) {
                    transitions.next[last[i]] = index;
                }
                last[i] = index;
                taken[i] = index;
            }
            result = environment.step(actions);
            for (int i = 0; i < agents; i++) {
                if (!done[i]) {
                    double reward = h.globalReward() ? result.meanReward() : result.rewards()[i];
                    transitions.rewards[taken[i]] = (float) (reward / h.rewardScale());
                }
            }
            episodeReturn += result.meanReward();
            decisions++;
            observations = result.observations();
            done = result.dones();
        } while (!result.episodeDone());
        boolean collided = environment.world().cavCollisions() > 0;
        state.advance(environment.world().now(), episodeReturn, collided);
        transitions.computeAdvantages(h.gamma(), h.gaeLambda(), h.normalizeAdvantages());
        PpoUpdate.Losses losses = PpoUpdate.apply(actor, critic, state.actorOptimizer(), state.criticOptimizer(),
                transitions, h, random);
        TrainingIterationCompleted completed = new TrainingIterationCompleted(header(), episode, episodeReturn, collided,
                decisions, agents, losses.actor(), losses.critic(), losses.entropy());
        events.accept(completed);
        if (episode % settings.evaluationInterval() == 0 || episode == settings.episodes()) {
            evaluate();
        }
        return completed;
    }

    private void evaluate() {
        Evaluation evaluation = Evaluation.of(state.actor(), settings.evaluationActions(), settings.evaluation(),
                settings.intentFeatures(), settings.evaluationSeeds());
        PolicyEvaluated evaluated = new PolicyEvaluated(header(), state.episode(), evaluation.episodes(),
                evaluation.meanReward(), evaluation.rewardStandardError(), evaluation.collisionShare(),
                evaluation.mergeSuccessShare(), evaluation.meanSpeed());
        state.evaluated(evaluated);
        events.accept(evaluated);
    }

    private EventHeader header() {
        return new EventHeader(state.simulatedSeconds(), runId(settings), state.nextSequence(), SOURCE);
    }

    /** The run id of a training's events: derived from its name and seed, never from the clock. */
    public static String runId(TrainingSettings settings) {
        return "train-" + settings.name() + "-" + settings.seed();
    }

    /** The trained policy as a policy file. */
    public PolicyFile policy() {
        return new PolicyFile(settings.algorithm(),
                PolicyFile.layoutOf(settings.intentFeatures(), settings.training().rules().observation()),
                environment.observationSize(), settings.intentFeatures(), settings.scenario(), state.episode(),
                settings.seed(), state.actor().copy());
    }

    /**
     * The centralised critic's input for agent {@code i}: its observation, the mean observation of
     * the other CAVs still driving, and their number divided by 5.
     */
    static void fillCriticInput(float[][] observations, boolean[] done, int i, float[] out) {
        int d = observations[i].length;
        Arrays.fill(out, 0f);
        System.arraycopy(observations[i], 0, out, 0, d);
        int others = 0;
        for (int j = 0; j < observations.length; j++) {
            if (j != i && !done[j]) {
                others++;
                for (int k = 0; k < d; k++) {
                    out[d + k] += observations[j][k];
                }
            }
        }
        if (others > 0) {
            for (int k = 0; k < d; k++) {
                out[d + k] /= others;
            }
        }
        out[2 * d] = others / 5f;
    }

    static double[] logSoftmax(float[] logits) {
        double max = Double.NEGATIVE_INFINITY;
        for (float logit : logits) {
            max = Math.max(max, logit);
        }
        double sum = 0;
        for (float logit : logits) {
            sum += Math.exp(logit - max);
        }
        double log = max + Math.log(sum);
        double[] out = new double[logits.length];
        for (int a = 0; a < logits.length; a++) {
            out[a] = logits[a] - log;
        }
        return out;
    }

    /**
     * The action index that {@code u}, uniform in [0, 1), draws from the distribution given by its
     * log-probabilities (inverse transform sampling).
     */
    static int sample(double[] logProbabilities, double u) {
        double cumulative = 0;
        for (int a = 0; a < logProbabilities.length; a++) {
            cumulative += Math.exp(logProbabilities[a]);
            if (u < cumulative) {
                return a;
            }
        }
        return logProbabilities.length - 1;
    }

    /** A seed for episode {@code episode} of a training seeded with {@code seed} (SplitMix64's finaliser). */
    static long mix(long seed, long episode) {
        long z = seed * 0x9E3779B97F4A7C15L + episode;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }
}

package org.agora.vehicles.learning;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.agora.vehicles.cav.MetaAction;

/**
 * Everything a training carries from one episode to the next: the actor and critic, their
 * optimizers, the episodes done, the simulated time and the events published so far, the
 * training returns since the last evaluation and the learning curve. {@link #toDocument} and
 * {@link #fromDocument} convert it to and from a checkpoint's JSON exactly (floats by their bits).
 * Not thread-safe.
 */
public final class TrainerState {

    private final Mlp actor;
    private final Mlp critic;
    private final Optimizer actorOptimizer;
    private final Optimizer criticOptimizer;
    private int episode;
    private double simulatedSeconds;
    private long sequence;
    private final List<Double> pendingReturns = new ArrayList<>();
    private int pendingCollisions;
    private final List<CurvePoint> curve = new ArrayList<>();

    private TrainerState(Mlp actor, Mlp critic, Hyperparameters h) {
        this.actor = actor;
        this.critic = critic;
        this.actorOptimizer = new Optimizer(h.optimizer(), h.actorLearningRate(), actor);
        this.criticOptimizer = new Optimizer(h.optimizer(), h.criticLearningRate(), critic);
    }

    /** The state before the first episode: networks initialised from the training seed. */
    public static TrainerState fresh(TrainingSettings settings, int observationSize) {
        SplittableRandom random = new SplittableRandom(settings.seed());
        int hidden = settings.hyperparameters().hiddenSize();
        Mlp actor = Mlp.initialised(random, observationSize, hidden, hidden, MetaAction.values().length);
        Mlp critic = Mlp.initialised(random, MappoTrainer.criticSize(observationSize), hidden, hidden, 1);
        return new TrainerState(actor, critic, settings.hyperparameters());
    }

    public Mlp actor() {
        return actor;
    }

    public Mlp critic() {
        return critic;
    }

    Optimizer actorOptimizer() {
        return actorOptimizer;
    }

    Optimizer criticOptimizer() {
        return criticOptimizer;
    }

    /** Training episodes completed. */
    public int episode() {
        return episode;
    }

    /** Simulated time of the training episodes so far, seconds. */
    public double simulatedSeconds() {
        return simulatedSeconds;
    }

    /** Events published so far. */
    public long events() {
        return sequence;
    }

    /** The learning curve so far. */
    public List<CurvePoint> curve() {
        return List.copyOf(curve);
    }

    long nextSequence() {
        return sequence++;
    }

    void advance(double seconds, double episodeReturn, boolean collided) {
        episode++;
        simulatedSeconds += seconds;
        pendingReturns.add(episodeReturn);
        if (collided) {
            pendingCollisions++;
        }
    }

    void evaluated(PolicyEvaluated evaluation) {
        double mean = 0;
        for (double value : pendingReturns) {
            mean += value;
        }
        int n = pendingReturns.size();
        curve.add(new CurvePoint(episode, n == 0 ? 0 : mean / n, n == 0 ? 0 : (double) pendingCollisions / n,
                evaluation.meanReward(), evaluation.rewardStandardError(), evaluation.collisionShare(),
                evaluation.mergeSuccessShare(), evaluation.meanSpeedMps()));
        pendingReturns.clear();
        pendingCollisions = 0;
    }

    /** The state as a JSON document (maps, lists, numbers, Base64 texts). */
    public Map<String, Object> toDocument() {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("episode", episode);
        out.put("simulatedSeconds", simulatedSeconds);
        out.put("events", sequence);
        out.put("pendingReturns", new ArrayList<>(pendingReturns));
        out.put("pendingCollisions", pendingCollisions);
        out.put("actor", PolicyFile.network(actor));
        out.put("critic", PolicyFile.network(critic));
        out.put("actorOptimizer", optimizer(actorOptimizer));
        out.put("criticOptimizer", optimizer(criticOptimizer));
        List<Map<String, Object>> rows = new ArrayList<>();
        for (CurvePoint point : curve) {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("episode", point.episode());
            row.put("values", List.of(point.trainingReward(), point.trainingCollisionShare(), point.evaluationReward(),
                    point.evaluationRewardStandardError(), point.evaluationCollisionShare(),
                    point.evaluationMergeSuccessShare(), point.evaluationMeanSpeed()));
            rows.add(row);
        }
        out.put("curve", rows);
        return out;
    }

    /**
     * The state a checkpoint document holds.
     *
     * @throws IllegalArgumentException if the document is not a checkpoint of these settings' networks
     */
    public static TrainerState fromDocument(Map<?, ?> document, TrainingSettings settings) {
        TrainerState state = new TrainerState(PolicyFile.network((Map<?, ?>) document.get("actor")),
                PolicyFile.network((Map<?, ?>) document.get("critic")), settings.hyperparameters());
        state.episode = ((Number) document.get("episode")).intValue();
        state.simulatedSeconds = ((Number) document.get("simulatedSeconds")).doubleValue();
        state.sequence = ((Number) document.get("events")).longValue();
        for (Object value : (List<?>) document.get("pendingReturns")) {
            state.pendingReturns.add(((Number) value).doubleValue());
        }
        state.pendingCollisions = ((Number) document.get("pendingCollisions")).intValue();
        restore(state.actorOptimizer, (Map<?, ?>) document.get("actorOptimizer"));
        restore(state.criticOptimizer, (Map<?, ?>) document.get("criticOptimizer"));
        for (Object item : (List<?>) document.get("curve")) {
            Map<?, ?> row = (Map<?, ?>) item;
            List<?> v = (List<?>) row.get("values");
            state.curve.add(new CurvePoint(((Number) row.get("episode")).intValue(), d(v, 0), d(v, 1), d(v, 2), d(v, 3),
                    d(v, 4), d(v, 5), d(v, 6)));
        }
        return state;
    }

    private static double d(List<?> values, int i) {
        return ((Number) values.get(i)).doubleValue();
    }

    private static Map<String, Object> optimizer(Optimizer optimizer) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("steps", optimizer.steps());
        out.put("second", FloatCodec.encodeAll(optimizer.secondMoments()));
        out.put("first", FloatCodec.encodeAll(optimizer.firstMoments()));
        return out;
    }

    @SuppressWarnings("unchecked")
    private static void restore(Optimizer optimizer, Map<?, ?> document) {
        optimizer.restore(((Number) document.get("steps")).longValue(),
                FloatCodec.decodeAll((List<String>) document.get("second")),
                FloatCodec.decodeAll((List<String>) document.get("first")));
    }
}

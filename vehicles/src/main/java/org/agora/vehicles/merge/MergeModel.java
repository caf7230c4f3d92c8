package org.agora.vehicles.merge;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.agora.core.kernel.Kernel;
import org.agora.core.scenario.Intervention;
import org.agora.core.scenario.Model;
import org.agora.core.scenario.RunContext;
import org.agora.vehicles.policy.CavPolicy;
import org.agora.wireless.sidelink.DeliveryScheduler;
import org.agora.wireless.sidelink.SidelinkModel;

/**
 * One run of the merge on the kernel: each simulation step is a chain of phases at the same
 * instant (begin, decide, supervise, commit, act, integrate, detect), run in that order by one
 * repeating kernel action at {@code k·dt} (no drift; {@link Kernel#everyInPhases}: one schedule
 * entry per step, not one per phase). Intent deliveries and interventions are kernel actions
 * ordered before a step's phases at the same instant, the detector's intervals and the states
 * after them, in that order. Its
 * summary is recomputed from its own events by {@link MergeSummary}, as from a file or a topic.
 */
final class MergeModel implements Model {

    /**
     * The orderings of one instant: intent deliveries, the step's phases (one entry), the detector's
     * interval, the vehicles' states. Each kind of action has an ordering of its own, so their order
     * within an instant is defined and never left to the schedule's shuffle.
     */
    enum Phase { DELIVER, STEP, MEASURE, RECORD }

    private final Kernel kernel;
    private final MergeConfig config;
    private final double stateInterval;
    private final double detectorInterval;
    private final EventPublisher publisher;
    private final MergeWorld world;
    private final MergeSummary summary = new MergeSummary();
    private boolean deciding;

    MergeModel(RunContext context, MergeConfig config, double stateInterval, double detectorInterval, CavPolicy policy) {
        this.kernel = context.kernel();
        this.config = config;
        this.stateInterval = stateInterval;
        this.detectorInterval = detectorInterval;
        this.publisher = new EventPublisher(context.events());
        summary.begin(context.parameters().asMap());
        context.events().subscribeAll(summary::accept);
        this.world = new MergeWorld(config, new SidelinkModel(config.sidelink()), kernel::random,
                DeliveryScheduler.on(kernel, Phase.DELIVER.ordinal()), publisher, policy);
        publisher.attach(world);
    }

    @Override
    public void start() {
        double dt = config.dt();
        List<Runnable> step = new ArrayList<>(List.of(
                () -> world.beginStep(kernel.now()),
                () -> {
                    deciding = world.decisionDue();
                    if (deciding) {
                        world.decide(null);
                    }
                },
                () -> {
                    if (deciding) {
                        world.supervise();
                    }
                },
                () -> {
                    if (deciding) {
                        world.commit();
                    }
                },
                world::act,
                world::integrate));
        MergeDetector detector = detectorInterval > 0 ? new MergeDetector(world.traffic().road()) : null;
        if (detector != null) {
            step.add(() -> detector.sample(world.traffic()));
        }
        kernel.everyInPhases(0, dt, Phase.STEP.ordinal(), step);
        if (stateInterval > 0) {
            kernel.every(stateInterval, stateInterval, Phase.RECORD, publisher::sampleStates);
        }
        if (detector != null) {
            kernel.every(detectorInterval, detectorInterval, Phase.MEASURE,
                    () -> publisher.trafficMeasured(detector.close(detectorInterval)));
        }
    }

    @Override
    public void intervene(Intervention intervention) {
        switch (intervention.action()) {
            case MergeScenario.SET_CAV_SHARE -> world.setCavShare(intervention.arguments().get(MergeScenario.SHARE));
            case MergeScenario.SET_INTENT_SHARING -> world.setIntentSharing(intervention.arguments().get(MergeScenario.ENABLED));
            case MergeScenario.SET_SAFETY_MODULE -> world.setSafetyModule(intervention.arguments().get(MergeScenario.ENABLED));
            default -> throw new IllegalArgumentException("v2x-merge has no action " + intervention.action());
        }
    }

    @Override
    public void finish() {
        world.finishRun();
    }

    /** The summary the events published so far give, computed by the collector {@code agora analyze} uses. */
    @Override
    public Map<String, Object> summary() {
        return summary.summary();
    }

    MergeWorld world() {
        return world;
    }
}

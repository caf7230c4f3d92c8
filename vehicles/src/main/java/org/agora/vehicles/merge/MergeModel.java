package org.agora.vehicles.merge;

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
 * instant, every phase a repeating kernel action at {@code k·dt} (no drift). Intent deliveries
 * are kernel actions at their arrival times, ordered before a step's phases at the same instant. Its
 * summary is recomputed from its own events by {@link MergeSummary}, as from a file or a topic.
 */
final class MergeModel implements Model {

    /** The phases of one instant, in order. */
    enum Phase { DELIVER, BEGIN, DECIDE, SUPERVISE, COMMIT, ACT, INTEGRATE, DETECT, RECORD }

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
        kernel.every(0, dt, Phase.BEGIN, () -> world.beginStep(kernel.now()));
        kernel.every(0, dt, Phase.DECIDE, () -> {
            deciding = world.decisionDue();
            if (deciding) {
                world.decide(null);
            }
        });
        kernel.every(0, dt, Phase.SUPERVISE, () -> {
            if (deciding) {
                world.supervise();
            }
        });
        kernel.every(0, dt, Phase.COMMIT, () -> {
            if (deciding) {
                world.commit();
            }
        });
        kernel.every(0, dt, Phase.ACT, world::act);
        kernel.every(0, dt, Phase.INTEGRATE, world::integrate);
        if (stateInterval > 0) {
            kernel.every(stateInterval, stateInterval, Phase.RECORD, publisher::sampleStates);
        }
        if (detectorInterval > 0) {
            MergeDetector detector = new MergeDetector(world.traffic().road());
            kernel.every(0, dt, Phase.DETECT, () -> detector.sample(world.traffic()));
            kernel.every(detectorInterval, detectorInterval, Phase.RECORD,
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

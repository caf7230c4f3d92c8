package org.agora.wireless.smallcell;

import java.util.function.Consumer;
import org.agora.core.event.EventBus;
import org.agora.core.kernel.Kernel;
import org.agora.wireless.handover.HandoverConfig;
import org.agora.wireless.handover.HandoverProcess;
import org.agora.wireless.smallcell.events.HandoverCompleted;
import org.agora.wireless.smallcell.events.HandoverExecuted;
import org.agora.wireless.smallcell.events.HandoverPrepared;
import org.agora.wireless.smallcell.events.HandoverTriggered;

/**
 * The steps of a handover after A3 triggers it, each after its delay through the {@link Mailbox}:
 * preparation, execution (the user detaches from its source cell) and completion after the
 * user-plane interruption (it attaches to the target). Each step is published as an event.
 * Belongs to the simulation thread.
 */
final class Handovers {

    private final HandoverConfig config;
    private final Kernel kernel;
    private final EventBus events;
    private final Mailbox mailbox;
    private final SmallCellNetwork network;
    private final Consumer<UserEquipment> completed;

    /**
     * @param completed told of each user whose handover completed, after its event
     */
    Handovers(HandoverConfig config, Kernel kernel, EventBus events, Mailbox mailbox, SmallCellNetwork network,
            Consumer<UserEquipment> completed) {
        this.config = config;
        this.kernel = kernel;
        this.events = events;
        this.mailbox = mailbox;
        this.network = network;
        this.completed = completed;
    }

    /** A3 triggered a handover of {@code user} to {@code target}: its preparation starts. */
    void triggered(UserEquipment user, int target) {
        HandoverProcess handover = user.handover;
        int from = handover.serving();
        events.publish(new HandoverTriggered(events.stamp(user.id), network.cellId(from), network.cellId(target),
                handover.filteredDbm(from), handover.filteredDbm(target)));
        mailbox.post(config.preparationS(), () -> prepared(user));
    }

    private void prepared(UserEquipment user) {
        HandoverProcess handover = user.handover;
        handover.prepared();
        events.publish(new HandoverPrepared(events.stamp(user.id), network.cellId(handover.serving()),
                network.cellId(handover.target())));
        mailbox.post(config.executionS(), () -> detached(user));
    }

    private void detached(UserEquipment user) {
        HandoverProcess handover = user.handover;
        handover.detached();
        network.detach(handover.serving());
        events.publish(new HandoverExecuted(events.stamp(user.id), network.cellId(handover.serving()),
                network.cellId(handover.target())));
        mailbox.post(config.interruptionS(), () -> attached(user));
    }

    private void attached(UserEquipment user) {
        HandoverProcess handover = user.handover;
        int from = handover.serving();
        int to = handover.target();
        double triggeredAt = handover.triggeredAt();
        boolean pingPong = handover.completed(kernel.now());
        network.attach(to);
        events.publish(new HandoverCompleted(events.stamp(user.id), network.cellId(from), network.cellId(to),
                kernel.now() - triggeredAt, config.interruptionS(), pingPong));
        completed.accept(user);
    }
}

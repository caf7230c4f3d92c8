package org.agora.wireless.sidelink;

import java.util.function.BiFunction;
import org.agora.core.kernel.RandomStream;

/**
 * Broadcasts messages over the V2V sidelink: each receiver gets the message after a delay (the
 * sender's channel-access delay, drawn once per broadcast, plus airtime and flight time) or loses
 * it, with the probability the {@link SidelinkModel} gives at its distance. Losses are drawn from
 * their own random stream, delays from another, so changing the delay distribution never changes
 * which messages are lost.
 *
 * <p>Threading: the simulation thread only.
 *
 * @param <M> the message type
 */
public final class Sidelink<M> {

    /** What happens to each copy of a broadcast. */
    public interface Outcomes<M> {

        /**
         * {@code message} reached {@code receiver}; called at the arrival time, {@code delayS} after
         * sending, over a link judged under {@code pathLoss} when it was sent.
         */
        void delivered(M message, SidelinkNode sender, SidelinkNode receiver, double distanceM, double delayS,
                PathLossModel pathLoss);

        /** {@code message} will never reach {@code receiver}; called at the sending time. */
        void lost(M message, SidelinkNode sender, SidelinkNode receiver, double distanceM, LossCause cause,
                PathLossModel pathLoss);
    }

    private final SidelinkModel model;
    private final RandomStream loss;
    private final RandomStream delay;
    private final DeliveryScheduler scheduler;

    /**
     * @param model the link model
     * @param loss the stream deciding losses (for example {@code kernel.random("sidelink-loss")})
     * @param delay the stream drawing access delays
     * @param scheduler where deliveries are scheduled
     */
    public Sidelink(SidelinkModel model, RandomStream loss, RandomStream delay, DeliveryScheduler scheduler) {
        this.model = model;
        this.loss = loss;
        this.delay = delay;
        this.scheduler = scheduler;
    }

    public SidelinkModel model() {
        return model;
    }

    /**
     * Sends {@code message} from {@code sender} at {@code nowS} to each of {@code receivers} (the
     * sender itself is skipped), the link to each judged under the path-loss model
     * {@code condition} gives for that pair (LOS, or NLOSv when a vehicle is in between).
     */
    public void broadcast(double nowS, SidelinkNode sender, M message, Iterable<? extends SidelinkNode> receivers,
            BiFunction<SidelinkNode, SidelinkNode, PathLossModel> condition, Outcomes<M> outcomes) {
        double access = model.config().accessDelay().draw(delay);
        for (SidelinkNode receiver : receivers) {
            if (receiver == sender) {
                continue;
            }
            double distance = Math.hypot(receiver.x() - sender.x(), receiver.y() - sender.y());
            PathLossModel pathLoss = condition.apply(sender, receiver);
            DeliveryBreakdown terms = model.breakdown(distance, pathLoss);
            LossCause cause = terms.causeOf(loss.nextDouble());
            if (cause != null) {
                outcomes.lost(message, sender, receiver, distance, cause, pathLoss);
            } else {
                double latency = access + model.transferS(distance);
                scheduler.at(nowS + latency, () -> outcomes.delivered(message, sender, receiver, distance, latency, pathLoss));
            }
        }
    }
}

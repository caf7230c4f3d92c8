package org.agora.wireless.smallcell;

import org.agora.core.event.EventBus;
import org.agora.core.kernel.RandomStream;
import org.agora.wireless.channel.LinkTable;
import org.agora.wireless.smallcell.events.BlockageCause;
import org.agora.wireless.smallcell.events.BlockageEnded;
import org.agora.wireless.smallcell.events.BlockageStarted;

/**
 * Extra losses on users' links: random blockages of the serving link (a Poisson process per user,
 * stream "blockage", exponential lengths) and those an intervention starts. A blockage adds its
 * depth to the link's loss and takes it away when it ends, so overlapping ones add up. Belongs to
 * the simulation thread.
 */
final class Blockages {

    private final SmallCellConfig.Blockage config;
    private final RandomStream random;
    private final SmallCellNetwork network;
    private final EventBus events;
    private final Mailbox mailbox;
    private double ratePerMinute;

    Blockages(SmallCellConfig.Blockage config, RandomStream random, SmallCellNetwork network, EventBus events,
            Mailbox mailbox) {
        this.config = config;
        this.random = random;
        this.network = network;
        this.events = events;
        this.mailbox = mailbox;
        this.ratePerMinute = config.ratePerMinute();
    }

    /** When the next random blockage after {@code from} starts, seconds (infinity if there are none). */
    double next(double from) {
        if (ratePerMinute <= 0) {
            return Double.POSITIVE_INFINITY;
        }
        return from + random.exponential(60.0 / ratePerMinute);
    }

    /** Starts the random blockages due at {@code now} on each user's serving link, in user order. */
    void startDue(UserEquipment[] users, double now) {
        for (UserEquipment user : users) {
            while (now >= user.nextBlockageAt) {
                block(user, user.handover.serving(), config.depthDb(), random.exponential(config.meanDurationS()),
                        BlockageCause.RANDOM);
                user.nextBlockageAt = next(user.nextBlockageAt);
            }
        }
    }

    /** A new rate of random blockages per user per minute: every user's next one is drawn afresh from {@code now}. */
    void setRate(double perMinute, UserEquipment[] users, double now) {
        ratePerMinute = perMinute;
        for (UserEquipment user : users) {
            user.nextBlockageAt = next(now);
        }
    }

    /** Blocks the link of {@code user} to {@code cell} by {@code depthDb} for {@code durationS}. */
    void block(UserEquipment user, int cell, double depthDb, double durationS, BlockageCause cause) {
        LinkTable links = network.links();
        links.setBlockage(user.index, cell, links.blockageDb(user.index, cell) + depthDb);
        events.publish(new BlockageStarted(events.stamp(user.id), network.cellId(cell), depthDb, durationS, cause));
        mailbox.post(durationS, () -> {
            double left = links.blockageDb(user.index, cell) - depthDb;
            links.setBlockage(user.index, cell, left < 1e-9 ? 0 : left);
            events.publish(new BlockageEnded(events.stamp(user.id), network.cellId(cell), depthDb));
        });
    }
}

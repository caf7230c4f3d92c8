package org.agora.vehicles.merge;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.agora.vehicles.intent.Intent;
import org.agora.vehicles.intent.IntentTable;
import org.agora.vehicles.traffic.Traffic;
import org.agora.vehicles.traffic.Vehicle;
import org.agora.wireless.sidelink.LossCause;
import org.agora.wireless.sidelink.PathLossModel;
import org.agora.wireless.sidelink.Sidelink;
import org.agora.wireless.sidelink.SidelinkNode;

/**
 * Intent sharing among the CAVs on the road: each CAV's table of the intents it received, the
 * broadcast of a new intent to every other CAV over the sidelink (line of sight, or NLOSv where a
 * vehicle stands between when blockage is on), and what arrives or is lost. Intents older than
 * {@link #MAX_AGE_S} are forgotten. Belongs to the simulation thread.
 */
final class IntentExchange {

    /** Intents older than this are forgotten, seconds. */
    static final double MAX_AGE_S = 2.0;

    private final Traffic traffic;
    private final Sidelink<Intent> sidelink;
    private final boolean vehicleBlockage;
    private final MergeListener listener;
    private final Map<Vehicle, IntentTable> tables = new IdentityHashMap<>();
    private final IntentTable none = new IntentTable();
    private final Sidelink.Outcomes<Intent> outcomes = new Outcomes();
    private long nextMessage;

    /**
     * @param traffic the road's vehicles (senders, receivers and obstacles)
     * @param sidelink the V2V link intents travel over
     * @param vehicleBlockage whether vehicles between two CAVs block their line of sight
     * @param listener told of every broadcast, delivery and loss
     */
    IntentExchange(Traffic traffic, Sidelink<Intent> sidelink, boolean vehicleBlockage, MergeListener listener) {
        this.traffic = traffic;
        this.sidelink = sidelink;
        this.vehicleBlockage = vehicleBlockage;
        this.listener = listener;
    }

    /** A CAV entered: it starts with an empty table. */
    void join(Vehicle cav) {
        tables.put(cav, new IntentTable());
    }

    /** A vehicle left: its table (if any) goes. */
    void leave(Vehicle vehicle) {
        tables.remove(vehicle);
    }

    /** Every table goes (the end of an episode). */
    void clear() {
        tables.clear();
    }

    /** The number the next intent is sent with (numbers count every intent of the run). */
    long nextMessage() {
        return nextMessage++;
    }

    /** The intents {@code cav} has received (an empty table for a vehicle without one). */
    IntentTable received(Vehicle cav) {
        IntentTable table = tables.get(cav);
        return table == null ? none : table;
    }

    /** An empty table, for CAVs that do not share intents. */
    IntentTable none() {
        return none;
    }

    /** Sends {@code intent} from {@code sender} to every other CAV on the road at {@code now} seconds. */
    void broadcast(Vehicle sender, Intent intent, double now) {
        List<Vehicle> receivers = new ArrayList<>();
        for (Vehicle vehicle : traffic.vehicles()) {
            if (vehicle.isCav() && vehicle != sender) {
                receivers.add(vehicle);
            }
        }
        listener.intentBroadcast(sender, intent, receivers.size());
        sidelink.broadcast(now, sender, intent, receivers, this::condition, outcomes);
    }

    /** The tables of {@code cavs} forget intents older than {@link #MAX_AGE_S} at {@code now} seconds. */
    void prune(List<Vehicle> cavs, double now) {
        for (Vehicle cav : cavs) {
            IntentTable table = tables.get(cav);
            if (table != null) {
                table.prune(now, MAX_AGE_S);
            }
        }
    }

    /** The link's condition: NLOSv when a vehicle blocks the line of sight (and blockage is on), else LOS. */
    private PathLossModel condition(SidelinkNode from, SidelinkNode to) {
        return vehicleBlockage ? VehicleBlockage.condition(traffic.vehicles(), from, to) : PathLossModel.HIGHWAY_LOS;
    }

    private final class Outcomes implements Sidelink.Outcomes<Intent> {
        @Override
        public void delivered(Intent intent, SidelinkNode sender, SidelinkNode receiver, double distanceM, double delayS,
                PathLossModel pathLoss) {
            Vehicle to = (Vehicle) receiver;
            IntentTable table = tables.get(to);
            if (table == null) {
                return;
            }
            table.put(intent, intent.generatedAt() + delayS);
            listener.intentDelivered(intent, to, distanceM, delayS, pathLoss);
        }

        @Override
        public void lost(Intent intent, SidelinkNode sender, SidelinkNode receiver, double distanceM, LossCause cause,
                PathLossModel pathLoss) {
            listener.intentLost(intent, (Vehicle) receiver, distanceM, cause, pathLoss);
        }
    }
}

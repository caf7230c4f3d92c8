package org.agora.viz.merge;

import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Collections;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.agora.core.event.Event;
import org.agora.core.scenario.Model;
import org.agora.vehicles.event.IntentBroadcast;
import org.agora.vehicles.event.SafetyOverridden;
import org.agora.vehicles.event.VehicleExited;
import org.agora.vehicles.event.VehiclesCollided;
import org.agora.vehicles.merge.MergeScenario;
import org.agora.vehicles.merge.MergeWorld;
import org.agora.vehicles.traffic.Vehicle;

/**
 * What the merge display draws besides the road: the vehicles on it (read from the model after each
 * instant), each CAV's latest shared intent, and the recent safety overrides and collisions (heard
 * from the run's events).
 *
 * <p>Threading: changed on the simulation thread while it holds the schedule's lock; read by the
 * painting, which takes the same lock.
 */
final class MergeScene {

    /** How long a safety override stays marked, seconds of simulation. */
    static final double OVERRIDE_SHOWN = 1.0;
    /** How long a collision stays marked, seconds of simulation. */
    static final double COLLISION_SHOWN = 3.0;

    /** The safety module replaced a CAV's action at {@code time}. */
    record OverrideMark(String cav, double time, boolean emergencyStop) {
    }

    /** A collision at ({@code x}, {@code y}) at {@code time}. */
    record CollisionMark(String vehicle, String other, double x, double y, double time) {
    }

    private final Map<String, IntentBroadcast> intents = new LinkedHashMap<>();
    private final Deque<OverrideMark> overrides = new ArrayDeque<>();
    private final Deque<CollisionMark> collisions = new ArrayDeque<>();
    private final Map<Integer, VehicleView> views = new LinkedHashMap<>();
    private final Map<String, VehicleView> viewsById = new LinkedHashMap<>();
    private Model model;
    private MergeWorld world;

    /** A new run: forget everything of the last. */
    void reset(Model newModel) {
        model = newModel;
        world = MergeScenario.worldOf(newModel);
        intents.clear();
        overrides.clear();
        collisions.clear();
        views.clear();
        viewsById.clear();
    }

    MergeWorld world() {
        return world;
    }

    /** The run's metrics so far, as its summary will give them (empty before a run). */
    Map<String, Object> summarySoFar() {
        return world == null ? Map.of() : model.summary();
    }

    /** Simulation time, seconds. */
    double now() {
        return world == null ? 0 : world.traffic().time();
    }

    void accept(Event event) {
        if (event instanceof IntentBroadcast intent) {
            intents.put(intent.source(), intent);
        } else if (event instanceof VehicleExited exited) {
            intents.remove(exited.source());
        } else if (event instanceof SafetyOverridden overridden) {
            overrides.addLast(new OverrideMark(overridden.source(), overridden.time(), overridden.emergencyBrake()));
        } else if (event instanceof VehiclesCollided collided) {
            collisions.addLast(new CollisionMark(collided.source(), collided.other(), collided.xM(), collided.yM(),
                    collided.time()));
        }
    }

    /**
     * Brings the vehicles up to date with the model: a view for each vehicle on the road, none for
     * those gone; old marks are dropped.
     *
     * @return the views of vehicles that left since the last call
     */
    Collection<VehicleView> update() {
        double now = now();
        while (!overrides.isEmpty() && overrides.peekFirst().time() < now - OVERRIDE_SHOWN) {
            overrides.removeFirst();
        }
        while (!collisions.isEmpty() && collisions.peekFirst().time() < now - COLLISION_SHOWN) {
            collisions.removeFirst();
        }
        if (world == null) {
            return Collections.emptyList();
        }
        Map<Integer, VehicleView> gone = new LinkedHashMap<>(views);
        for (Vehicle vehicle : world.traffic().vehicles()) {
            VehicleView view = gone.remove(vehicle.number());
            if (view == null) {
                view = new VehicleView(vehicle, this);
                views.put(vehicle.number(), view);
                viewsById.put(vehicle.id(), view);
            }
        }
        for (Iterator<VehicleView> it = gone.values().iterator(); it.hasNext();) {
            VehicleView view = it.next();
            views.remove(view.vehicle().number());
            viewsById.remove(view.vehicle().id());
        }
        return gone.values();
    }

    /** The vehicles on the road, in order of entry. */
    Collection<VehicleView> views() {
        return views.values();
    }

    /** The view of the vehicle with this id, or null if it is not on the road. */
    VehicleView view(String id) {
        return viewsById.get(id);
    }

    /** The latest intent each CAV on the road shared. */
    Collection<IntentBroadcast> intents() {
        return intents.values();
    }

    /** The latest intent of this CAV, or null. */
    IntentBroadcast intentOf(String cav) {
        return intents.get(cav);
    }

    /** Overrides of the last {@link #OVERRIDE_SHOWN} seconds, oldest first. */
    Collection<OverrideMark> recentOverrides() {
        return overrides;
    }

    /** Collisions of the last {@link #COLLISION_SHOWN} seconds, oldest first. */
    Collection<CollisionMark> recentCollisions() {
        return collisions;
    }
}

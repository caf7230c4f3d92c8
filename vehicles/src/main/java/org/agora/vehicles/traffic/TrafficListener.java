package org.agora.vehicles.traffic;

import org.agora.vehicles.road.Lane;

/** What {@link Traffic} reports as it steps; every method is called on the simulation thread, in the step's order. */
public interface TrafficListener {

    /** A vehicle entered the road. */
    default void entered(Vehicle vehicle) {
    }

    /** A vehicle left the road. */
    default void exited(Vehicle vehicle, ExitReason reason) {
    }

    /** A vehicle's centre crossed from {@code from} into {@code to}. */
    default void laneChanged(Vehicle vehicle, Lane from, Lane to) {
    }

    /** Two vehicles' footprints overlap, or ({@code other} null) a vehicle hit the obstacle closing its lane. */
    default void collided(Vehicle vehicle, Vehicle other) {
    }

    /** Listens to nothing. */
    TrafficListener NONE = new TrafficListener() {
    };
}

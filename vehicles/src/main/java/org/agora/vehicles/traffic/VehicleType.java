package org.agora.vehicles.traffic;

/** Who drives a vehicle. */
public enum VehicleType {
    /** A human-driven vehicle: IDM or a linear law, and MOBIL. */
    HDV,
    /** A connected automated vehicle: meta-actions chosen by a policy, low-level controllers. */
    CAV
}

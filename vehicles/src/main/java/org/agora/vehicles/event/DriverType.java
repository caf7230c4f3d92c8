package org.agora.vehicles.event;

import org.agora.vehicles.driver.DriverKind;

/** What drives a vehicle that entered the road ({@link VehicleEntered#driver()}): a human driver's law, or a CAV's controller. */
public enum DriverType {
    /** A human driver with IDM car following and MOBIL lane changing. */
    IDM,
    /** A human driver whose linear car-following law accepts small gaps. */
    AGGRESSIVE,
    /** A human driver whose linear car-following law keeps large gaps. */
    DEFENSIVE,
    /** A connected automated vehicle's controller. */
    CAV;

    /** The type of a human driver of the given kind. */
    public static DriverType of(DriverKind kind) {
        return switch (kind) {
            case IDM -> IDM;
            case AGGRESSIVE -> AGGRESSIVE;
            case DEFENSIVE -> DEFENSIVE;
        };
    }
}

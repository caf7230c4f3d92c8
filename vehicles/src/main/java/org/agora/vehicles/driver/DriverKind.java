package org.agora.vehicles.driver;

/** The kinds of human drivers. */
public enum DriverKind {
    /** IDM car following and MOBIL lane changing. */
    IDM,
    /** A linear car-following law that accepts small gaps. */
    AGGRESSIVE,
    /** A linear car-following law that keeps large gaps. */
    DEFENSIVE
}

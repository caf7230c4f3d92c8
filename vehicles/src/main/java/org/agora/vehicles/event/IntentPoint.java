package org.agora.vehicles.event;

/**
 * One point of a shared intent.
 *
 * @param t its time, seconds
 * @param x longitudinal position, metres
 * @param y lateral position, metres
 * @param heading heading, radians
 * @param speed speed, m/s
 */
public record IntentPoint(double t, double x, double y, double heading, double speed) {
}

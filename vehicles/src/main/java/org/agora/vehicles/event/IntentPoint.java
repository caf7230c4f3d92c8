package org.agora.vehicles.event;

/**
 * One point of a shared intent.
 *
 * @param tS its time, seconds
 * @param xM longitudinal position, metres
 * @param yM lateral position, metres
 * @param headingRad heading, radians
 * @param speedMps speed, m/s
 */
public record IntentPoint(double tS, double xM, double yM, double headingRad, double speedMps) {
}

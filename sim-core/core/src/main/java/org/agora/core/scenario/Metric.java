package org.agora.core.scenario;

/**
 * A number a scenario reports in its summary, declared so that {@code describe} and sweeps
 * know it before a run.
 *
 * @param name its key in summary.json
 * @param unit its unit, or empty
 * @param description one line
 */
public record Metric(String name, String unit, String description) {
}

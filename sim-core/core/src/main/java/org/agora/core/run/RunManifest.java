package org.agora.core.run;

import java.util.List;
import java.util.Map;

/**
 * What manifest.json records about one run: what ran (scenario, parameters, seed), with what
 * (versions), when (wall clock), what came out (events, files) and how it ended.
 *
 * @param runId the run id every event carries
 * @param scenario the scenario id
 * @param entry the catalog entry, file or id the run was started from
 * @param description one line about it
 * @param seed the run seed
 * @param untilSeconds the stop time
 * @param parameters resolved parameter values
 * @param population the population groups with their parameters
 * @param interventions the timed interventions with their arguments
 * @param agoraVersion Agora's version
 * @param masonVersion MASON's version
 * @param javaVersion the Java runtime's version
 * @param startedAt wall-clock start, ISO-8601 UTC
 * @param endedAt wall-clock end, ISO-8601 UTC; null while running
 * @param wallSeconds wall-clock duration; null while running
 * @param simulatedSeconds the simulation time reached
 * @param eventsPublished events the model published
 * @param sinks per sink (by name), what it reported: events written, delivered, spooled
 * @param status running, done, failed or interrupted
 * @param reason why it failed or was interrupted; null otherwise
 * @param files the files of the run directory, besides the manifest
 * @param model what the model reports about the run outside its events ({@code Model#runReport}); empty if nothing
 * @param process the process writing the run, {@code PID@HOST}: a manifest still "running" whose
 *     process is gone records a run that was killed before it could record its end
 */
public record RunManifest(String runId, String scenario, String entry, String description, long seed,
        double untilSeconds, Map<String, Object> parameters, List<Map<String, Object>> population,
        List<Map<String, Object>> interventions,
        String agoraVersion, String masonVersion, String javaVersion, String startedAt, String endedAt,
        Double wallSeconds, double simulatedSeconds, long eventsPublished, Map<String, Map<String, Object>> sinks,
        String status, String reason, List<String> files,
        Map<String, Object> model, String process) {
}

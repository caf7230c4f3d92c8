package org.agora.core.run;

import java.nio.file.Path;
import java.util.Map;

/**
 * How a headless run ended.
 *
 * @param status done, failed or interrupted
 * @param reason why, when not done
 * @param summary the scenario's metrics (null unless done)
 * @param manifest the manifest as written
 * @param directory the run directory
 */
public record RunResult(RunStatus status, String reason, Map<String, Object> summary, RunManifest manifest,
        Path directory) {

    public boolean done() {
        return status == RunStatus.DONE;
    }
}

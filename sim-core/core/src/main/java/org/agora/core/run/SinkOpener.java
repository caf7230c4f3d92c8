package org.agora.core.run;

import java.nio.file.Path;
import org.agora.core.scenario.ScenarioSpec;
import org.agora.core.sink.EventSink;

/** Opens one more sink for a headless run, for example a Kafka topic beside the events file. */
@FunctionalInterface
public interface SinkOpener {

    /**
     * @param spec the run's scenario (its run id, seed, scenario id)
     * @param runDirectory the run's output directory, for whatever the sink keeps on disk
     * @throws org.agora.core.config.BadInputException if the sink's settings are wrong; nothing has run yet
     */
    EventSink open(ScenarioSpec spec, Path runDirectory);
}

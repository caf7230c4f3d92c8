package org.agora.core.script;

import java.util.List;
import org.agora.core.experiment.Aggregate;
import org.agora.core.experiment.Experiment;
import org.agora.core.experiment.PointAggregate;
import org.agora.core.experiment.RunRecord;
import org.agora.core.experiment.SweepOutcome;

/**
 * What a {@link SweepScript} ran.
 *
 * @param experiment the experiment
 * @param outcome how the sweep ended (its directory, charts, failures)
 * @param records one record per run, by run index
 */
public record SweepResults(Experiment experiment, SweepOutcome outcome, List<RunRecord> records) {

    public SweepResults {
        records = List.copyOf(records);
    }

    /** Mean, deviation and 95% interval of each metric at each parameter point. */
    public List<PointAggregate> points() {
        return Aggregate.of(experiment, records).points();
    }
}

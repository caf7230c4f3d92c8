package org.agora.agents.commons.events;

import org.agora.core.event.Event;
import org.agora.core.event.EventHeader;

/**
 * The run's metrics as they stand at the end of a month (source {@code commons}), computed as the
 * summary would be if the run ended now; the last one equals summary.json.
 *
 * @param round the month, from 1
 * @param members members this month
 * @param harvested units given out this month
 * @param overUsers members whose request this month went past the per-agent threshold
 * @param gainMean the mean over members of what each got so far
 * @param efficiency 1 − max(0, T·f0 − gainMean)/(T·f0), in [0, 1]
 * @param equality 1 − the Gini coefficient of the gains so far, in [0, 1]
 * @param overUsage over-users so far / member-months so far, in [0, 1]
 */
public record RoundScored(EventHeader header, int round, int members, long harvested, int overUsers, double gainMean,
        double efficiency, double equality, double overUsage) implements Event {
}

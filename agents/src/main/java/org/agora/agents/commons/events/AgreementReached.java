package org.agora.agents.commons.events;

import org.agora.core.event.Event;
import org.agora.core.event.EventHeader;

/**
 * The month's discussion ended in an agreed per-agent limit for next month (source
 * {@code commons}). A month without this event ended without agreement.
 *
 * @param round the month of the discussion, from 1 (the limit applies to the next month)
 * @param limit the per-agent limit, in the pool's units: a most for a take, a least for a chore
 * @param endorsers how many members endorsed it
 * @param members how many members there were
 */
public record AgreementReached(EventHeader header, int round, int limit, int endorsers, int members) implements Event {
}

package org.agora.agents.commons.events;

import org.agora.agents.commons.Remark;
import org.agora.core.event.Event;
import org.agora.core.event.EventHeader;

/**
 * A member said something in the month's discussion (source: the speaker).
 *
 * @param round the month, from 1
 * @param turn its place in the discussion, from 1
 * @param to {@code group}, or the id of the one member it was said to
 * @param act what kind of remark: {@code PROPOSE} a per-agent limit, {@code WARN} a member who broke one
 * @param amount the limit proposed or broken, per agent, in the pool's units
 */
public record UtteranceMade(EventHeader header, int round, int turn, String to, Remark.Act act, int amount)
        implements Event {
}

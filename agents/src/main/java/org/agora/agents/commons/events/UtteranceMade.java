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
 * @param act what kind of remark: {@code PROPOSE} a per-agent limit, {@code WARN} a member who broke one,
 *     {@code SAY} words of a language-model member
 * @param amount the limit proposed or broken, per agent, in the pool's units; −1 for {@code SAY}
 * @param text what a language-model member said, in words; null for the typed remarks of rule-based members
 */
public record UtteranceMade(EventHeader header, int round, int turn, String to, Remark.Act act, int amount, String text)
        implements Event {
}

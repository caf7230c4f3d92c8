package org.agora.agents.commons.events;

import org.agora.agents.commons.policies.PolicyKind;
import org.agora.core.event.Event;
import org.agora.core.event.EventHeader;

/**
 * A member joined the society (source: the member): every initial member at time 0, a newcomer
 * at the start of the month it joins.
 *
 * @param kind its kind (policy)
 * @param round the month it joined in, from 1
 */
public record MemberJoined(EventHeader header, PolicyKind kind, int round) implements Event {
}

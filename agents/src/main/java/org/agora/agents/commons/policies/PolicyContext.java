package org.agora.agents.commons.policies;

import java.util.function.Supplier;
import org.agora.agents.Identity;
import org.agora.agents.Memory;
import org.agora.agents.commons.Direction;
import org.agora.agents.commons.LanguageMembers;
import org.agora.agents.commons.RoundRecord;
import org.agora.core.kernel.RandomStream;
import org.agora.core.scenario.Parameters;

/**
 * What a policy is made with.
 *
 * @param identity the agent it decides for
 * @param memory the agent's memory of past months (read-only for the policy)
 * @param parameters the kind's parameters, as the population group (or the add-agent action) set them
 * @param direction which way the dilemma points
 * @param random this agent's own stream ("policy/AGENT-ID"), created on first use: an agent's draws
 *     never depend on who else is in the society or what they drew
 * @param language makes language-model members; supplied on first use (the run's endpoint, cache and
 *     conversation), so a run without them never builds it
 */
public record PolicyContext(Identity identity, Memory<RoundRecord> memory, Parameters parameters, Direction direction,
        Supplier<RandomStream> random, Supplier<LanguageMembers> language) {
}

/**
 * Building blocks of agent societies that play in rounds: an {@link org.agora.agents.Agent} with
 * an {@link org.agora.agents.Identity} and a {@link org.agora.agents.Memory} of past rounds, the
 * {@link org.agora.agents.Policy} that decides for it (observe, decide, speak, listen, reflect),
 * and typed {@link org.agora.agents.Message}s exchanged directly or in a bounded
 * {@link org.agora.agents.GroupConversation}.
 *
 * <p>Threading: everything here belongs to the simulation thread of its run.
 */
package org.agora.agents;

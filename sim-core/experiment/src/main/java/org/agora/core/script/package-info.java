/**
 * Scripting Agora from Java: build a scenario in code (its parameters, population, timed
 * interventions and event sinks), run it and read its summary and events, or sweep it. What a
 * script builds is checked exactly as a scenario or experiment file with the same keys would be,
 * so a script and a file that say the same thing run the same (byte-identical events).
 *
 * <pre>{@code
 * ScriptedRun run = ScenarioScript.of("govsim-fishery")
 *         .seed(7).until("15 months").set("rounds", 15)
 *         .population("conditional-cooperator", 3, Map.of("forgiveAfter", 2))
 *         .population("noisy-sustainable", 1, Map.of("noise", 2))
 *         .atRound(3, "add-agent", Map.of("kind", "greedy", "amount", 20))
 *         .run();
 * run.summary().get("survivalTime");
 * }</pre>
 */
package org.agora.core.script;

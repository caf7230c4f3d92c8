package org.agora.vehicles.merge;

/** Which safety module supervises the CAVs when it is on. */
public enum SafetyRules {
    /** Agora's {@link org.agora.vehicles.safety.SafetyModule}: full dynamics over the horizon, Agora's additions. */
    AGORA,
    /**
     * The study's supervisor ({@link org.agora.vehicles.safety.StudySupervisor}): 1 s horizon, at most 4
     * neighbours, human drivers' accelerations frozen at the start with ±5% noise, "safety room"
     * replacement, the ramp priority term as the study meant it.
     */
    STUDY;

    /** The setting a parameter names ({@code agora} or {@code study}). */
    public static SafetyRules of(String word) {
        return valueOf(word.toUpperCase(java.util.Locale.ROOT));
    }
}

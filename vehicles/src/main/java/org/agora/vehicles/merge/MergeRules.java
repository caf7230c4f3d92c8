package org.agora.vehicles.merge;

import org.agora.vehicles.driver.GapForm;
import org.agora.vehicles.traffic.TrafficRules;

/**
 * Every rule where Agora's merge and the study's code differ, each switchable alone
 * (docs/models/merge.md, "Rules"; the scenario's {@code rules} parameter sets them all). Immutable.
 *
 * @param traffic the road dynamics' rules, including whether the merge lane is open to main-road traffic
 * @param observation the CAVs' observation layout
 * @param safety which safety module supervises when it is on
 */
public record MergeRules(TrafficRules traffic, ObservationLayout observation, SafetyRules safety) {

    /** Agora's rules (the default). */
    public static final MergeRules AGORA = new MergeRules(TrafficRules.AGORA, ObservationLayout.AGORA, SafetyRules.AGORA);
    /** The rules of the study's code (A-MAPPO-PIS and its highway-env fork). */
    public static final MergeRules STUDY = new MergeRules(TrafficRules.STUDY, ObservationLayout.STUDY, SafetyRules.STUDY);

    public MergeRules {
        if (traffic == null || observation == null || safety == null) {
            throw new IllegalArgumentException("missing rule");
        }
    }

    /** The preset called {@code agora} or {@code study}. */
    public static MergeRules preset(String word) {
        return switch (word) {
            case "agora" -> AGORA;
            case "study" -> STUDY;
            default -> throw new IllegalArgumentException("unknown rule set '" + word + "'");
        };
    }

    public MergeRules withTraffic(TrafficRules value) {
        return new MergeRules(value, observation, safety);
    }

    public MergeRules withObservation(ObservationLayout value) {
        return new MergeRules(traffic, value, safety);
    }

    public MergeRules withSafety(SafetyRules value) {
        return new MergeRules(traffic, observation, value);
    }

    /** The IDM's gap form. */
    public GapForm gapForm() {
        return traffic.gapForm();
    }
}

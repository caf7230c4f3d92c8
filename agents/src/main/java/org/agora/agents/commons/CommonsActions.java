package org.agora.agents.commons;

import java.util.List;
import org.agora.agents.commons.policies.PolicyKind;
import org.agora.core.scenario.Action;
import org.agora.core.scenario.Parameter;
import org.agora.core.scenario.ParameterSet;
import org.agora.core.scenario.Parameters;

/** The timed interventions a commons scenario file may schedule. */
final class CommonsActions {

    static final String ADD_AGENT = "add-agent";
    static final String SET_UNIVERSALIZATION = "set-universalization";

    static final Parameter<String> KIND = Parameter.choice("kind", "greedy", PolicyKind.words().toArray(String[]::new))
            .describe("the newcomer's kind (policy), with that kind's default parameters");
    static final Parameter<Integer> COUNT = Parameter.integer("count", 1).range(1, 1_000_000)
            .describe("how many join");
    static final Parameter<Integer> AMOUNT = PolicyKind.KindParameters.AMOUNT
            .describe("for greedy and universalization-aware newcomers: what they ask for; 0: the whole pool");
    static final Parameter<Boolean> ON = Parameter.flag("on", true)
            .describe("true: the norm is on from this month; false: off");

    static final List<Action> ALL = List.of(
            new Action(ADD_AGENT, "members of a kind join the society at the start of this month (the greedy newcomer)",
                    ParameterSet.of(KIND, COUNT, AMOUNT)),
            new Action(SET_UNIVERSALIZATION, "turn the universalization norm on or off from this month",
                    ParameterSet.of(ON)));

    private CommonsActions() {
    }

    /**
     * The newcomers' parameters: their kind's defaults, with the amount if the kind has one, and for
     * language-model newcomers the society's model.
     *
     * @param societyModel the model language-model newcomers get (the society's; null: the kind's default)
     * @throws IllegalArgumentException if an amount is given to a kind that has none
     */
    static Parameters parametersFor(PolicyKind kind, Parameters arguments, String societyModel) {
        Parameters parameters = kind.parameters().defaults();
        if (societyModel != null && kind.parameters().names().contains(PolicyKind.KindParameters.MODEL.name())) {
            parameters = parameters.with(PolicyKind.KindParameters.MODEL, societyModel);
        }
        int amount = arguments.get(AMOUNT);
        if (kind.parameters().names().contains(AMOUNT.name())) {
            return parameters.with(PolicyKind.KindParameters.AMOUNT, amount);
        }
        if (amount != 0) {
            throw new IllegalArgumentException(ADD_AGENT + ": kind " + kind.word() + " takes no amount");
        }
        return parameters;
    }
}

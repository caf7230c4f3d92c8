package org.agora.core.scenario;

/**
 * A kind of member a scenario's population can have (a policy, a vehicle class, a user type),
 * with the parameters a group of that kind may set.
 *
 * @param name the word a scenario file uses ({@code kind: greedy})
 * @param description one line for {@code describe}
 * @param parameters what a group of this kind may set besides {@code count}
 */
public record PopulationKind(String name, String description, ParameterSet parameters) {

    public static PopulationKind of(String name, String description) {
        return new PopulationKind(name, description, ParameterSet.empty());
    }

    /** {@code count} members of this kind, with its parameters at their defaults. */
    public Population.Group group(int count) {
        return new Population.Group(name, count, parameters.defaults());
    }
}

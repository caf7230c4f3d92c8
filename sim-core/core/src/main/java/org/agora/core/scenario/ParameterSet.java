package org.agora.core.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The parameters a scenario (or a population kind, or an action) declares, in the order it
 * declares them. A scenario declares each parameter once, as a constant that enters the set where
 * it is declared (a {@link Builder}), and reads its value with that constant:
 *
 * <pre>{@code
 * private static final ParameterSet.Builder DECLARED = ParameterSet.builder();
 * static final Parameter<Double> CAPACITY = DECLARED.add(Parameter.real("capacity", 100.0).unit("t"));
 * static final Parameter<Integer> MONTHS = DECLARED.add(Parameter.integer("months", 12).atLeast(1));
 * private static final ParameterSet PARAMETERS = DECLARED.build();   // after the last add
 * ...
 * double capacity = parameters.get(CAPACITY);
 * }</pre>
 *
 * Immutable.
 */
public final class ParameterSet {

    /**
     * Collects parameters in the order their constants are declared (static initializers run in
     * textual order), so that the list of a scenario's parameters is not written a second time.
     * Belongs to the class initializer that declares them.
     */
    public static final class Builder {
        private final List<Parameter<?>> parameters = new ArrayList<>();
        private boolean built;

        private Builder() {
        }

        /**
         * Adds {@code parameter} to the set.
         *
         * @return {@code parameter}, to be kept as the constant that reads its value
         * @throws IllegalStateException if the set is already built (a parameter declared after it)
         */
        public <T> Parameter<T> add(Parameter<T> parameter) {
            if (built) {
                throw new IllegalStateException("parameter " + parameter.name()
                        + " is declared after its parameter set was built; declare the set after the last parameter");
            }
            parameters.add(parameter);
            return parameter;
        }

        /** The set of the parameters added so far, in order; adding more afterwards fails. */
        public ParameterSet build() {
            built = true;
            return new ParameterSet(parameters);
        }
    }

    private static final ParameterSet EMPTY = new ParameterSet(List.of());

    private final Map<String, Parameter<?>> byName = new LinkedHashMap<>();

    private ParameterSet(List<Parameter<?>> parameters) {
        for (Parameter<?> parameter : parameters) {
            if (byName.put(parameter.name(), parameter) != null) {
                throw new IllegalArgumentException("parameter declared twice: " + parameter.name());
            }
        }
    }

    public static ParameterSet of(Parameter<?>... parameters) {
        return new ParameterSet(List.of(parameters));
    }

    public static ParameterSet of(List<Parameter<?>> parameters) {
        return new ParameterSet(parameters);
    }

    /** A builder that collects parameters as they are declared. */
    public static Builder builder() {
        return new Builder();
    }

    public static ParameterSet empty() {
        return EMPTY;
    }

    /** This set followed by {@code more}. */
    public ParameterSet with(Parameter<?>... more) {
        List<Parameter<?>> all = new ArrayList<>(byName.values());
        all.addAll(List.of(more));
        return new ParameterSet(all);
    }

    /** The parameter called {@code name}, or null. */
    public Parameter<?> get(String name) {
        return byName.get(name);
    }

    public List<Parameter<?>> all() {
        return List.copyOf(byName.values());
    }

    public Set<String> names() {
        return Collections.unmodifiableSet(byName.keySet());
    }

    public boolean isEmpty() {
        return byName.isEmpty();
    }

    /** Every parameter at its default. */
    public Parameters defaults() {
        Map<String, Object> values = new LinkedHashMap<>();
        for (Parameter<?> parameter : byName.values()) {
            values.put(parameter.name(), parameter.defaultValue());
        }
        return new Parameters(this, values);
    }
}

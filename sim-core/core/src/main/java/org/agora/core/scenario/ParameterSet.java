package org.agora.core.scenario;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The parameters a scenario (or a population kind) declares, in the order it declares them. */
public final class ParameterSet {

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

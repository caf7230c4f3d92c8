package org.agora.core.scenario;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.agora.core.config.ConfigNode;
import org.agora.core.config.Suggestions;

/**
 * Resolved parameter values, each one checked against its declaration. Immutable; the
 * {@code with} methods return changed copies.
 */
public final class Parameters {

    private final ParameterSet declared;
    private final Map<String, Object> values;

    Parameters(ParameterSet declared, Map<String, Object> values) {
        this.declared = declared;
        this.values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
    }

    /** The value of {@code parameter}. */
    @SuppressWarnings("unchecked")
    public <T> T get(Parameter<T> parameter) {
        return (T) get(parameter.name());
    }

    /** The value of the parameter called {@code name}. */
    public Object get(String name) {
        Object value = values.get(name);
        if (value == null && !values.containsKey(name)) {
            throw new IllegalArgumentException("no parameter " + name + " here");
        }
        return value;
    }

    /** The declarations these values follow. */
    public ParameterSet declared() {
        return declared;
    }

    /** Name → value, in declaration order. */
    public Map<String, Object> asMap() {
        return values;
    }

    /** A copy with {@code parameter} set to {@code value} (checked against its range). */
    public <T> Parameters with(Parameter<T> parameter, T value) {
        return with(parameter.name(), ConfigNode.text(parameter.format(value), "value", parameter.name()));
    }

    /**
     * A copy with the parameter called {@code name} read from {@code node}.
     *
     * @throws org.agora.core.config.BadInputException if there is no such parameter or the value does not fit
     */
    public Parameters with(String name, ConfigNode node) {
        Parameter<?> parameter = declared.get(name);
        if (parameter == null) {
            throw node.error("unknown parameter" + Suggestions.hint(name, declared.names())
                    + (declared.isEmpty() ? "; this scenario has none" : "; known: " + String.join(", ", declared.names())));
        }
        Map<String, Object> copy = new LinkedHashMap<>(values);
        copy.put(name, parameter.read(node));
        return new Parameters(declared, copy);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Parameters that && values.equals(that.values);
    }

    @Override
    public int hashCode() {
        return values.hashCode();
    }

    @Override
    public String toString() {
        return values.toString();
    }
}

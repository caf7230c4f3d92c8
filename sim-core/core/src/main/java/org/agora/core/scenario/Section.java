package org.agora.core.scenario;

import java.util.Objects;
import java.util.function.Function;
import org.agora.core.config.ConfigNode;

/**
 * A top-level block a scenario adds to its files besides the common keys (for example the
 * commons' {@code llm:} block): its key, one line for {@code describe}, and the strict reader that
 * turns the block into a value (throwing {@code node.error(…)} for the first problem, so a bad key
 * is named with its file and line like any other).
 *
 * @param key the top-level key, for example {@code llm}
 * @param description one line about the block
 * @param reader reads the block's node into its value
 */
public record Section(String key, String description, Function<ConfigNode, ? extends SectionValue> reader) {

    public Section {
        Objects.requireNonNull(key);
        Objects.requireNonNull(reader);
    }

    /** Reads the block. */
    public SectionValue read(ConfigNode node) {
        return reader.apply(node);
    }
}

package org.agora.core.sink;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.agora.core.event.Event;

/**
 * Which events a sink keeps: by type (an include list, or everything but an exclude list) and,
 * for high-rate types, one event in every n of that type (the first, the (n+1)-th, …).
 * Sampling counts events, it draws no random numbers, so a filtered stream is as deterministic
 * as the run. A filter keeps per-type counters: use one instance per sink and run.
 */
public final class EventFilter {

    private final Set<String> include;
    private final Set<String> exclude;
    private final Map<String, Integer> sampleEvery;
    private final Map<Class<?>, Rule> rules = new IdentityHashMap<>();

    /**
     * @param include type names to keep; empty keeps every type not excluded
     * @param exclude type names to drop
     * @param sampleEvery type name → n: keep one event in every n of that type (n &ge; 1)
     */
    public EventFilter(Set<String> include, Set<String> exclude, Map<String, Integer> sampleEvery) {
        this.include = Set.copyOf(include);
        this.exclude = Set.copyOf(exclude);
        for (Map.Entry<String, Integer> entry : sampleEvery.entrySet()) {
            if (entry.getValue() < 1) {
                throw new IllegalArgumentException("sampling of " + entry.getKey() + " must be >= 1, was " + entry.getValue());
            }
        }
        this.sampleEvery = Map.copyOf(sampleEvery);
    }

    /** Keeps everything. */
    public static EventFilter all() {
        return new EventFilter(Set.of(), Set.of(), Map.of());
    }

    /** True if this filter keeps every event. */
    public boolean keepsAll() {
        return include.isEmpty() && exclude.isEmpty() && sampleEvery.isEmpty();
    }

    /** A fresh filter with the same rules and its counters at zero. */
    public EventFilter copy() {
        return new EventFilter(include, exclude, sampleEvery);
    }

    /** Type names kept (empty: all). */
    public Set<String> include() {
        return new TreeSet<>(include);
    }

    /** Type names dropped. */
    public Set<String> exclude() {
        return new TreeSet<>(exclude);
    }

    /** Type name → n of the sampled types. */
    public Map<String, Integer> sampleEvery() {
        return new TreeMap<>(sampleEvery);
    }

    /** Decides for one event, advancing its type's sampling counter. */
    public boolean accept(Event event) {
        Rule rule = rules.get(event.getClass());
        if (rule == null) {
            String name = event.type();
            boolean kept = (include.isEmpty() || include.contains(name)) && !exclude.contains(name);
            rule = new Rule(kept, sampleEvery.getOrDefault(name, 1));
            rules.put(event.getClass(), rule);
        }
        return rule.accept();
    }

    private static final class Rule {
        private final boolean kept;
        private final int every;
        private long seen;

        Rule(boolean kept, int every) {
            this.kept = kept;
            this.every = every;
        }

        boolean accept() {
            if (!kept) {
                return false;
            }
            return every == 1 || seen++ % every == 0;
        }
    }
}

package org.agora.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.agora.agents.llm.CallTrace;
import org.agora.agents.llm.CallTrace.Moment;

/**
 * Where the time of a dependent step of a language-model society goes, from the {@link CallTrace}
 * stamps of runs against the test chat server in the same JVM. A dependent step is a group of calls
 * the simulation thread asks before it resumes on any of them (the members' acts, one turn of the
 * meeting, the framework's summary and limit, the reflections); it runs from the moment the
 * simulation thread resumed on the previous step's last answer to the moment it resumes on its own
 * last one. Its critical call is the one whose answer was parsed last; the step's time is cut at
 * that call's moments, so the segments add up to the step.
 *
 * <p>The server's share of a step is its critical call's time from the request written (the HTTP
 * layer handed over its last bytes) to the answer written by the server (stamped when its last write
 * returned, and taken as no later than the client had the whole answer): the server's dispatching,
 * reading, its fixed wait with the wake-up after it, its rule and its writing. Everything else is
 * the platform's: the simulation thread, the hand-offs between threads, LangChain4j's request and
 * answer JSON, the HTTP layer's writing and reading.
 *
 * <p>Threading: one thread.
 */
final class StepBreakdown {

    /** A segment of a step, between two moments of its critical call (or the step's ends). */
    enum Segment {
        SIMULATION("simulation thread: previous step's last answer in hand → this step's critical prompt built"
                + " (events, answers read, memories retrieved with the vectors waited for, prompts)", true),
        HAND_OFF("hand-off to the thread that makes the call (a worker, or none for a turn)", true),
        REQUEST("LangChain4j: request built and encoded to JSON, handed to the HTTP layer", true),
        WRITE("HTTP layer: connection taken, request written", true),
        SERVER_READ("server: dispatched, request read and parsed", false),
        SERVER_WAIT("server: its fixed wait, wake-up included", false),
        SERVER_ANSWER("server: rule, answer JSON, answer written", false),
        READ("HTTP layer: answer read", true),
        WAKE("HTTP layer: the response back on the calling thread", true),
        PARSE("LangChain4j: answer parsed", true),
        BACK("back on the simulation thread: woken, the step's other answers taken", true);

        final String what;
        final boolean platform;

        Segment(String what, boolean platform) {
            this.what = what;
            this.platform = platform;
        }
    }

    private final Map<Segment, Double> sumMs = new EnumMap<>(Segment.class);
    private final Boolean single;
    private int steps;
    private int incomplete;
    /** Steps whose critical call was the one asked last (its prompt built last, and so counted in the simulation's segment). */
    private int lastAskedCritical;

    /**
     * @param single true: steps of one call only (the meeting's turns); false: steps of concurrent calls
     *     only; null: every step
     */
    StepBreakdown(Boolean single) {
        this.single = single;
    }

    /**
     * One run's chain of dependent steps.
     *
     * @param firstAsked when its first call was asked ({@link System#nanoTime()})
     * @param lastResumed when the simulation thread had its last answer in hand
     * @param serverNanos the server's time on it: each step's critical call from its request written to its answer written
     */
    record Chain(long firstAsked, long lastResumed, long serverNanos) {

        /** The platform's time on the chain, in nanoseconds: its span less the server's time on it. */
        long platformNanos() {
            return lastResumed - firstAsked - serverNanos;
        }
    }

    /** Adds the steps of one run's stamps (its first step, which starts with the run's set-up, is left out); returns its chain. */
    Chain add(List<CallTrace.Stamp> stamps) {
        Map<String, Map<Moment, Long>> byCall = new HashMap<>();
        for (CallTrace.Stamp stamp : stamps) {
            byCall.computeIfAbsent(stamp.system() + '\u0000' + stamp.user(), k -> new EnumMap<>(Moment.class))
                    .putIfAbsent(stamp.moment(), stamp.nanos());
        }
        List<Map<Moment, Long>> calls = new ArrayList<>();
        for (Map<Moment, Long> call : byCall.values()) {
            if (call.size() == Moment.values().length) {
                calls.add(call);
            } else {
                incomplete++;
            }
        }
        calls.sort(Comparator.comparingLong(call -> call.get(Moment.ASKED)));
        List<List<Map<Moment, Long>>> grouped = new ArrayList<>();
        long firstResumed = Long.MAX_VALUE;
        for (Map<Moment, Long> call : calls) {
            if (grouped.isEmpty() || call.get(Moment.ASKED) > firstResumed) {
                grouped.add(new ArrayList<>());
                firstResumed = Long.MAX_VALUE;
            }
            grouped.get(grouped.size() - 1).add(call);
            firstResumed = Math.min(firstResumed, call.get(Moment.RESUMED));
        }
        long serverOnChain = 0;
        for (int s = 0; s < grouped.size(); s++) {
            List<Map<Moment, Long>> step = grouped.get(s);
            Map<Moment, Long> critical = step.stream().max(Comparator.comparingLong(call -> call.get(Moment.PARSED))).orElseThrow();
            serverOnChain += Math.min(critical.get(Moment.SERVER_WRITTEN), critical.get(Moment.BODY_RECEIVED))
                    - critical.get(Moment.WRITTEN);
            if (s == 0 || (single != null && single != (step.size() == 1))) {
                continue;
            }
            long start = end(grouped.get(s - 1));
            // The server stamps after its last write returns, which a loaded machine can delay past the client's
            // receipt; the answer cannot have been written later than the client had it.
            long written = Math.min(critical.get(Moment.SERVER_WRITTEN), critical.get(Moment.BODY_RECEIVED));
            add(Segment.SIMULATION, critical.get(Moment.ASKED) - start);
            add(Segment.HAND_OFF, critical.get(Moment.ENTERED) - critical.get(Moment.ASKED));
            add(Segment.REQUEST, critical.get(Moment.HANDED) - critical.get(Moment.ENTERED));
            add(Segment.WRITE, critical.get(Moment.WRITTEN) - critical.get(Moment.HANDED));
            add(Segment.SERVER_READ, critical.get(Moment.SERVER_READ) - critical.get(Moment.WRITTEN));
            add(Segment.SERVER_WAIT, critical.get(Moment.SERVER_WOKE) - critical.get(Moment.SERVER_READ));
            add(Segment.SERVER_ANSWER, written - critical.get(Moment.SERVER_WOKE));
            add(Segment.READ, critical.get(Moment.BODY_RECEIVED) - written);
            add(Segment.WAKE, critical.get(Moment.RETURNED) - critical.get(Moment.BODY_RECEIVED));
            add(Segment.PARSE, critical.get(Moment.PARSED) - critical.get(Moment.RETURNED));
            add(Segment.BACK, end(step) - critical.get(Moment.PARSED));
            if (critical == step.get(step.size() - 1)) {
                lastAskedCritical++;
            }
            steps++;
        }
        return new Chain(calls.get(0).get(Moment.ASKED), end(grouped.get(grouped.size() - 1)), serverOnChain);
    }

    private static long end(List<Map<Moment, Long>> step) {
        return step.stream().mapToLong(call -> call.get(Moment.RESUMED)).max().orElseThrow();
    }

    private void add(Segment segment, long nanos) {
        sumMs.merge(segment, nanos / 1e6, Double::sum);
    }

    /** The mean of {@code segment} per step, in ms. */
    double meanMs(Segment segment) {
        return steps == 0 ? Double.NaN : sumMs.getOrDefault(segment, 0.0) / steps;
    }

    /** The platform's mean time per step, in ms. */
    double platformMs() {
        double sum = 0;
        for (Segment segment : Segment.values()) {
            sum += segment.platform ? meanMs(segment) : 0;
        }
        return sum;
    }

    /** The server's mean time per step, in ms (its fixed wait included). */
    double serverMs() {
        double sum = 0;
        for (Segment segment : Segment.values()) {
            sum += segment.platform ? 0 : meanMs(segment);
        }
        return sum;
    }

    int steps() {
        return steps;
    }

    /**
     * The table of the segments side by side, one column per breakdown, as markdown lines.
     *
     * @param titles a column title per breakdown
     */
    static List<String> table(List<String> titles, List<StepBreakdown> breakdowns) {
        List<String> lines = new ArrayList<>();
        StringBuilder head = new StringBuilder("| segment of a dependent step (mean ms per step) | whose |");
        StringBuilder rule = new StringBuilder("|---|---|");
        for (int i = 0; i < titles.size(); i++) {
            head.append(' ').append(titles.get(i)).append(" (").append(breakdowns.get(i).steps).append(" steps) |");
            rule.append("---|");
        }
        lines.add(head.toString());
        lines.add(rule.toString());
        for (Segment segment : Segment.values()) {
            StringBuilder row = new StringBuilder("| " + segment.what + " | " + (segment.platform ? "platform" : "server") + " |");
            for (StepBreakdown breakdown : breakdowns) {
                row.append(String.format(Locale.ROOT, " %.3f |", breakdown.meanMs(segment)));
            }
            lines.add(row.toString());
        }
        StringBuilder platform = new StringBuilder("| **the platform's, per step** | platform |");
        StringBuilder server = new StringBuilder("| the server's, per step (its fixed 200 ms included) | server |");
        StringBuilder skipped = new StringBuilder("| calls without every moment stamped (left out) | — |");
        StringBuilder lastAsked = new StringBuilder("| steps whose critical call was the one asked last | — |");
        for (StepBreakdown breakdown : breakdowns) {
            platform.append(String.format(Locale.ROOT, " **%.3f** |", breakdown.platformMs()));
            server.append(String.format(Locale.ROOT, " %.3f |", breakdown.serverMs()));
            skipped.append(' ').append(breakdown.incomplete).append(" |");
            lastAsked.append(' ').append(breakdown.lastAskedCritical).append(" |");
        }
        lines.add(platform.toString());
        lines.add(server.toString());
        lines.add(skipped.toString());
        lines.add(lastAsked.toString());
        return lines;
    }
}

package org.agora.agents.llm;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/**
 * The moments of each call's way from the simulation thread to the endpoint and back, stamped with
 * {@link System#nanoTime()}, for a benchmark that runs its test server in the same JVM and so can
 * tell the platform's time from the server's (docs/benchmarks.md, "Where a dependent step's time
 * goes"). Off unless {@link #start() started}; off, a stamp costs one volatile read. Nothing of it
 * reaches the events, the transcript or the manifest.
 *
 * <p>A call is known by its messages (system and user), the same strings on both sides of the
 * wire; a server stamps with the messages it read.
 *
 * <p>Threading: thread-safe.
 */
public final class CallTrace {

    /** A moment of one call, in the order a call passes them. */
    public enum Moment {
        /** The simulation thread has built the prompt and asks ({@link LanguageModelSession#ask}, {@code askHere}). */
        ASKED,
        /** The thread that makes the call has it ({@link Endpoint#complete} entered). */
        ENTERED,
        /** LangChain4j has built the request and its JSON and hands it to the HTTP layer ({@link BlockingHttpClient}). */
        HANDED,
        /** The HTTP layer has written the request: headers and body flushed to the socket. */
        WRITTEN,
        /** The server has read and parsed the request. */
        SERVER_READ,
        /** The server's wait (its fixed latency) is over. */
        SERVER_WOKE,
        /** The server has written the whole answer. */
        SERVER_WRITTEN,
        /** The HTTP layer has read the answer's whole body (on the thread that makes the call). */
        BODY_RECEIVED,
        /** The HTTP layer returns the response to LangChain4j, its connection back in the pool. */
        RETURNED,
        /** LangChain4j has parsed the answer ({@link Endpoint#complete} returns). */
        PARSED,
        /** The simulation thread has the reply in hand ({@link LanguageModelSession#await} returns). */
        RESUMED
    }

    /**
     * One stamp.
     *
     * @param system the call's system message
     * @param user the call's user message
     * @param moment which moment
     * @param nanos {@link System#nanoTime()} at that moment
     */
    public record Stamp(String system, String user, Moment moment, long nanos) {
    }

    private static volatile ConcurrentLinkedQueue<Stamp> stamps;

    private CallTrace() {
    }

    /** Starts recording (again, from nothing), also inside the HTTP layer. */
    public static void start() {
        stamps = new ConcurrentLinkedQueue<>();
    }

    /** Stops recording and returns what was recorded, in the order it was recorded. */
    public static List<Stamp> stop() {
        ConcurrentLinkedQueue<Stamp> recorded = stamps;
        stamps = null;
        return recorded == null ? List.of() : new ArrayList<>(recorded);
    }

    /** Whether stamps are being recorded. */
    public static boolean on() {
        return stamps != null;
    }

    /** Stamps {@code moment} of the call with these messages, now. */
    public static void stamp(String system, String user, Moment moment) {
        stamp(system, user, moment, System.nanoTime());
    }

    /** Stamps {@code moment} of the call with these messages at {@code nanos} ({@link System#nanoTime()}). */
    public static void stamp(String system, String user, Moment moment, long nanos) {
        ConcurrentLinkedQueue<Stamp> recorded = stamps;
        if (recorded != null) {
            recorded.add(new Stamp(system, user, moment, nanos));
        }
    }

    /** Stamps {@code moment} of {@code call}, now. */
    static void stamp(ChatCall call, Moment moment) {
        if (stamps != null) {
            stamp(call.system(), call.user(), moment, System.nanoTime());
        }
    }
}

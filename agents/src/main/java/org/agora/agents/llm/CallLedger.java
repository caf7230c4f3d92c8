package org.agora.agents.llm;

import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.agora.core.run.JsonFiles;

/**
 * What one run's language-model calls cost, as the manifest reports it (calls, cache hits, tokens,
 * re-asks, fallbacks, seconds spent waiting), and the transcript beside its events: one line per
 * call the run used, with its full prompt and answer, latency and whether it was cached; never a key.
 * Wall-clock facts live here and never in the events.
 *
 * <p>Threading: the run's simulation thread.
 */
final class CallLedger implements AutoCloseable {

    private static final ObjectWriter LINE = JsonFiles.mapper().writer().without(SerializationFeature.INDENT_OUTPUT);

    private final BufferedWriter transcript;
    private long calls;
    private long cacheHits;
    private long promptTokens;
    private long completionTokens;
    private long reasks;
    private long waitNanos;
    private final Map<String, Long> fallbacks = new LinkedHashMap<>();

    /**
     * @param transcriptFile where the transcript goes; null for none (a run without a directory)
     * @throws UncheckedIOException if the file cannot be written
     */
    CallLedger(Path transcriptFile) {
        if (transcriptFile == null) {
            this.transcript = null;
            return;
        }
        try {
            Files.createDirectories(transcriptFile.toAbsolutePath().getParent());
            this.transcript = Files.newBufferedWriter(transcriptFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + transcriptFile, e);
        }
    }

    /** Counts a reply the run used and writes its transcript line. */
    void record(String source, int round, Reply reply) {
        calls++;
        if (reply.cached()) {
            cacheHits++;
        }
        if (reply.call().sample() > 0) {
            reasks++;
        }
        promptTokens += reply.answer().promptTokens();
        completionTokens += reply.answer().completionTokens();
        writeLine(source, round, reply);
    }

    /** Adds time the simulation thread spent waiting for answers. */
    void waited(long nanos) {
        waitNanos += nanos;
    }

    /** Counts an answer replaced by its purpose's documented fallback. */
    void fellBack(String purpose) {
        fallbacks.merge(purpose, 1L, Long::sum);
    }

    long calls() {
        return calls;
    }

    long tokens() {
        return promptTokens + completionTokens;
    }

    /** The manifest's {@code llm} part: the counts, then the run's settings, then why it stopped if it did. */
    Map<String, Object> report(LlmSettings settings, String stoppedBecause) {
        Map<String, Object> report = new LinkedHashMap<>();
        report.put("calls", calls);
        report.put("cacheHits", cacheHits);
        report.put("endpointCalls", calls - cacheHits);
        report.put("promptTokens", promptTokens);
        report.put("completionTokens", completionTokens);
        report.put("reasks", reasks);
        report.put("fallbacks", new LinkedHashMap<>(fallbacks));
        report.put("waitSeconds", waitNanos / 1e9);
        report.put("settings", settings.describe());
        if (stoppedBecause != null) {
            report.put("stoppedBecause", stoppedBecause);
        }
        return report;
    }

    private void writeLine(String source, int round, Reply reply) {
        if (transcript == null) {
            return;
        }
        Map<String, Object> line = new LinkedHashMap<>();
        line.put("call", calls);
        line.put("round", round);
        line.put("member", source);
        line.put("purpose", reply.call().purpose());
        line.put("model", reply.call().model());
        line.put("sample", reply.call().sample());
        line.put("cached", reply.cached());
        line.put("latencyMs", reply.latencyNanos() / 1e6);
        line.put("promptTokens", reply.answer().promptTokens());
        line.put("completionTokens", reply.answer().completionTokens());
        line.put("promptHash", reply.call().promptHash());
        line.put("system", reply.call().system());
        line.put("user", reply.call().user());
        line.put("answer", reply.text());
        try {
            transcript.write(LINE.writeValueAsString(line));
            transcript.newLine();
            transcript.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the transcript " + LanguageModelSession.TRANSCRIPT_FILE, e);
        }
    }

    /** Closes the transcript. */
    @Override
    public void close() {
        if (transcript == null) {
            return;
        }
        try {
            transcript.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

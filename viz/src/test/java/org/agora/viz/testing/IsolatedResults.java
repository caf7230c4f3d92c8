package org.agora.viz.testing;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Properties;
import org.opentest4j.TestAbortedException;

/**
 * The outcome of each test of a class run in another JVM, by unique id: {@code SUCCESSFUL},
 * {@code ABORTED} or {@code FAILED}, each followed by a line feed and the reason (a stack trace).
 */
final class IsolatedResults {

    static final String SUCCESSFUL = "SUCCESSFUL";
    static final String ABORTED = "ABORTED";
    static final String FAILED = "FAILED";

    private final Properties outcomes;
    private final Path log;

    private IsolatedResults(Properties outcomes, Path log) {
        this.outcomes = outcomes;
        this.log = log;
    }

    static IsolatedResults read(Path report, Path log) throws IOException {
        Properties outcomes = new Properties();
        if (Files.exists(report)) {
            try (Reader reader = Files.newBufferedReader(report, StandardCharsets.UTF_8)) {
                outcomes.load(reader);
            }
        }
        return new IsolatedResults(outcomes, log);
    }

    /** Ends like the test did in the other JVM: returns, aborts, or fails with its reason. */
    void replay(String uniqueId) {
        String outcome = outcomes.getProperty(uniqueId);
        if (outcome == null) {
            throw new AssertionError("the test did not run on the X display (see " + log + "):\n" + tail());
        }
        int newline = outcome.indexOf('\n');
        String status = newline < 0 ? outcome : outcome.substring(0, newline);
        String reason = newline < 0 ? "" : outcome.substring(newline + 1);
        switch (status) {
            case SUCCESSFUL -> {
            }
            case ABORTED -> throw new TestAbortedException("aborted on the X display: " + reason);
            default -> throw new AssertionError("failed on the X display (log: " + log + "):\n" + reason);
        }
    }

    private String tail() {
        try {
            List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
            return String.join("\n", lines.subList(Math.max(0, lines.size() - 40), lines.size()));
        } catch (IOException e) {
            return "(no log: " + e.getMessage() + ")";
        }
    }
}

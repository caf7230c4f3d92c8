package org.agora.core.testing;

import static org.assertj.core.api.Assertions.fail;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Golden event files: a short run's {@code events.jsonl} pinned byte for byte, and a comparator
 * that says where two event streams part (as MATSim's events-file comparator does): the first
 * event that differs, by its line number, type, sequence number and field, with numbers compared
 * within a tolerance so that a change in dynamics can be told from a change in the last digits.
 *
 * <p>After an intended change of behaviour, regenerate a golden file by running its test with
 * {@code -Dagora.golden.update=true}, and review the diff.
 */
public final class GoldenEvents {

    /** The system property that rewrites golden files instead of checking them. */
    public static final String UPDATE_PROPERTY = "agora.golden.update";

    /** Numbers closer than this, relative to the larger of them (or to 1 near 0), count as equal. */
    public static final double DEFAULT_TOLERANCE = 1e-9;

    private static final ObjectMapper JSON = new ObjectMapper();

    private GoldenEvents() {
    }

    /**
     * Where two event streams first differ.
     *
     * @param line the line number, from 1
     * @param event the expected event's type and sequence number (or the actual one's past the
     *     expected end), for example {@code PoolHarvested #16}
     * @param field the JSON path of the field, for example {@code parameters.capacity}; empty if
     *     a whole event is missing or extra
     * @param expected the expected value as JSON, or {@code (none)}
     * @param actual the actual value as JSON, or {@code (none)}
     */
    public record Difference(int line, String event, String field, String expected, String actual) {

        /** One line, for example {@code line 17 (PoolHarvested #16): remaining expected 12 but was 13}. */
        public String describe() {
            return "line " + line + " (" + event + ")" + (field.isEmpty() ? "" : ": " + field)
                    + " expected " + expected + " but was " + actual;
        }
    }

    /**
     * The first difference between two JSON-lines texts of events, comparing fields in the
     * expected order and numbers within {@code tolerance}.
     *
     * @return empty if they agree everywhere
     * @throws IllegalArgumentException if a line is not JSON
     */
    public static Optional<Difference> firstDifference(String expected, String actual, double tolerance) {
        List<String> expectedLines = expected.lines().toList();
        List<String> actualLines = actual.lines().toList();
        for (int i = 0; i < Math.max(expectedLines.size(), actualLines.size()); i++) {
            int line = i + 1;
            if (i >= actualLines.size()) {
                return Optional.of(new Difference(line, label(parse(expectedLines.get(i), line)), "",
                        "this event", "the end of the stream"));
            }
            if (i >= expectedLines.size()) {
                return Optional.of(new Difference(line, label(parse(actualLines.get(i), line)), "",
                        "the end of the stream", "this event"));
            }
            JsonNode want = parse(expectedLines.get(i), line);
            Optional<Difference> difference = differ(line, label(want), "", want, parse(actualLines.get(i), line), tolerance);
            if (difference.isPresent()) {
                return difference;
            }
        }
        return Optional.empty();
    }

    /**
     * Asserts that {@code actual} is the golden file byte for byte (rewriting the file first under
     * {@value #UPDATE_PROPERTY}). A failure names the first differing event and field, and says
     * whether the streams agree within {@link #DEFAULT_TOLERANCE} (then only the last digits moved).
     */
    public static void assertMatchesGolden(Path golden, String actual) throws IOException {
        assertMatchesGolden(golden, actual, Boolean.getBoolean(UPDATE_PROPERTY));
    }

    /** As {@link #assertMatchesGolden(Path, String)}, rewriting the file first if {@code update}. */
    static void assertMatchesGolden(Path golden, String actual, boolean update) throws IOException {
        byte[] bytes = actual.getBytes(StandardCharsets.UTF_8);
        if (update) {
            Files.createDirectories(golden.toAbsolutePath().getParent());
            Files.write(golden, bytes);
        }
        String expected = Files.readString(golden, StandardCharsets.UTF_8);
        if (expected.equals(actual)) {
            return;
        }
        Optional<Difference> beyondTolerance = firstDifference(expected, actual, DEFAULT_TOLERANCE);
        Difference exact = firstDifference(expected, actual, 0).orElse(null);
        String where = exact == null ? "the events are equal as JSON but not as bytes (formatting)" : exact.describe();
        fail(golden + ": the events differ from the golden file at " + where
                + (beyondTolerance.isPresent()
                        ? (beyondTolerance.get().equals(exact) ? "" : "; beyond the tolerance first at " + beyondTolerance.get().describe())
                        : "; every number agrees within " + DEFAULT_TOLERANCE + " (only the last digits moved)")
                + ". If the change is intended, rerun with -D" + UPDATE_PROPERTY + "=true and review the diff.");
    }

    private static JsonNode parse(String text, int line) {
        try {
            return JSON.readTree(text);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("line " + line + ": not JSON: " + e.getOriginalMessage(), e);
        }
    }

    private static String label(JsonNode event) {
        return event.path("type").asText("?") + " #" + event.path("seq").asText("?");
    }

    private static Optional<Difference> differ(int line, String event, String path, JsonNode want, JsonNode got,
            double tolerance) {
        if (want.isNumber() && got.isNumber()) {
            double a = want.doubleValue();
            double b = got.doubleValue();
            boolean equal = tolerance == 0 ? want.asText().equals(got.asText())
                    : Math.abs(a - b) <= tolerance * Math.max(1, Math.max(Math.abs(a), Math.abs(b)));
            return equal ? Optional.empty() : Optional.of(new Difference(line, event, path, want.toString(), got.toString()));
        }
        if (want.isObject() && got.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> fields = want.fields();
            while (fields.hasNext()) {
                Map.Entry<String, JsonNode> field = fields.next();
                String at = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                JsonNode other = got.get(field.getKey());
                if (other == null) {
                    return Optional.of(new Difference(line, event, at, field.getValue().toString(), "(none)"));
                }
                Optional<Difference> inside = differ(line, event, at, field.getValue(), other, tolerance);
                if (inside.isPresent()) {
                    return inside;
                }
            }
            Iterator<String> names = got.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                if (!want.has(name)) {
                    return Optional.of(new Difference(line, event, path.isEmpty() ? name : path + "." + name, "(none)",
                            got.get(name).toString()));
                }
            }
            return Optional.empty();
        }
        if (want.isArray() && got.isArray()) {
            for (int i = 0; i < Math.max(want.size(), got.size()); i++) {
                String at = path + "[" + i + "]";
                if (i >= want.size() || i >= got.size()) {
                    return Optional.of(new Difference(line, event, at, i < want.size() ? want.get(i).toString() : "(none)",
                            i < got.size() ? got.get(i).toString() : "(none)"));
                }
                Optional<Difference> inside = differ(line, event, at, want.get(i), got.get(i), tolerance);
                if (inside.isPresent()) {
                    return inside;
                }
            }
            return Optional.empty();
        }
        return want.equals(got) ? Optional.empty() : Optional.of(new Difference(line, event, path, want.toString(), got.toString()));
    }
}

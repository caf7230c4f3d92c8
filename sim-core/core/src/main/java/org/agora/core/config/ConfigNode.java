package org.agora.core.config;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLParser;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.MalformedInputException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.ScalarEvent;

/**
 * One value of a configuration file (a map, a list or a scalar) that remembers where it came
 * from: the file, the line and its key path ({@code parameters.capacity},
 * {@code population[2].count}). Every accessor that rejects a value throws a
 * {@link BadInputException} naming that place, so a wrong file gets one precise line.
 */
public final class ConfigNode {

    private enum Kind { MAP, LIST, SCALAR, NULL }

    private static final YAMLFactory YAML = new YAMLFactory();
    /** The YAML merge key ({@code <<: *base}). */
    private static final String MERGE_KEY = "<<";
    /** The largest file read, checked before reading it: a configuration file is written by hand or by a short script. */
    static final long MAX_FILE_BYTES = 1 << 20;
    /** How many values the aliases of one file may expand to. */
    static final long MAX_EXPANDED_VALUES = 100_000;

    private final String source;
    private final int line;
    private final String path;
    private final Kind kind;
    private final Map<String, ConfigNode> fields;
    private final List<ConfigNode> items;
    private final String text;
    /** The scalar's YAML type; null for untyped text (a command-line value), parsed by what the reader expects. */
    private final JsonToken token;

    private ConfigNode(String source, int line, String path, Kind kind, Map<String, ConfigNode> fields,
            List<ConfigNode> items, String text, JsonToken token) {
        this.source = source;
        this.line = line;
        this.path = path;
        this.kind = kind;
        this.fields = fields;
        this.items = items;
        this.text = text;
        this.token = token;
    }

    /**
     * Reads a YAML file.
     *
     * @throws BadInputException if it cannot be read, is not YAML, is empty or has a duplicate key
     */
    public static ConfigNode readYaml(Path file) {
        String name = file.toString();
        String content;
        if (Files.isDirectory(file)) {
            throw BadInputException.at(name, 0, null, "cannot read (a directory, not a file)");
        }
        try {
            long size = Files.size(file);
            if (size > MAX_FILE_BYTES) {
                throw BadInputException.at(name, 0, null, String.format("%,d bytes: larger than a scenario or experiment file"
                        + " may be (%,d bytes)", size, MAX_FILE_BYTES));
            }
            content = Files.readString(file);
        } catch (NoSuchFileException e) {
            throw BadInputException.at(name, 0, null, "no such file");
        } catch (MalformedInputException e) {
            throw BadInputException.at(name, 0, null, "not UTF-8 text");
        } catch (AccessDeniedException e) {
            throw BadInputException.at(name, 0, null, "cannot read (permission denied)");
        } catch (IOException e) {
            throw BadInputException.at(name, 0, null, "cannot read (" + e.getMessage() + ")");
        }
        return parseYaml(content, name);
    }

    /** Reads YAML text; {@code source} names it in messages (a file name, a resource). */
    public static ConfigNode parseYaml(String content, String source) {
        try (JsonParser parser = YAML.createParser(content)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                throw BadInputException.at(source, 0, null, "the file is empty");
            }
            ConfigNode root = new YamlReader(parser, source, content).read("");
            if (parser.nextToken() != null) {
                throw BadInputException.at(source, lineOf(parser), null, "more than one YAML document");
            }
            return root;
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
            throw BadInputException.at(source, line, null, "malformed YAML: " + yamlProblem(e));
        } catch (IOException e) {
            throw BadInputException.at(source, 0, null, "cannot read (" + e.getMessage() + ")");
        }
    }

    /** An untyped scalar given outside a file, for example the value of {@code --set key=value}. */
    public static ConfigNode text(String value, String source, String path) {
        return new ConfigNode(source, 0, path, Kind.SCALAR, null, null, value, null);
    }

    /**
     * A value built in code (a program's scenario or experiment), read as strictly as a file:
     * maps (with text keys) become maps, lists and arrays lists, null null, and every other
     * value an untyped scalar of its text ({@code Double.toString} for reals, so that they read
     * back exactly), parsed by what the reader expects. The nodes have no line, so errors name
     * {@code source} and the key.
     *
     * @throws IllegalArgumentException if a map has a key that is not text
     */
    public static ConfigNode of(Object value, String source) {
        return of(value, source, "");
    }

    private static ConfigNode of(Object value, String source, String path) {
        if (value instanceof Map<?, ?> map) {
            Map<String, ConfigNode> fields = new LinkedHashMap<>();
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                if (!(entry.getKey() instanceof String key)) {
                    throw new IllegalArgumentException("a key of " + (path.isEmpty() ? "the document" : path) + " is not text: "
                            + entry.getKey());
                }
                fields.put(key, of(entry.getValue(), source, path.isEmpty() ? key : path + "." + key));
            }
            return new ConfigNode(source, 0, path, Kind.MAP, Collections.unmodifiableMap(fields), null, null, null);
        }
        if (value instanceof Collection<?> || value instanceof Object[]) {
            Collection<?> list = value instanceof Object[] array ? List.of(array) : (Collection<?>) value;
            List<ConfigNode> items = new ArrayList<>();
            for (Object item : list) {
                items.add(of(item, source, path + "[" + items.size() + "]"));
            }
            return new ConfigNode(source, 0, path, Kind.LIST, null, Collections.unmodifiableList(items), null, null);
        }
        if (value == null) {
            return new ConfigNode(source, 0, path, Kind.NULL, null, null, null, JsonToken.VALUE_NULL);
        }
        return text(String.valueOf(value), source, path);
    }

    /**
     * Builds nodes from a YAML parser, with anchors and aliases as YAML means them: an alias
     * ({@code *name}) stands for the node its anchor ({@code &name}) marked earlier, and a merge key
     * ({@code <<: *name}, or a list of aliases) adds the keys of the aliased maps that the map does
     * not set itself. An alias that names no anchor is bad input, and so is a file whose aliases
     * expand to more than {@value #MAX_EXPANDED_VALUES} values (a "billion laughs" file would
     * otherwise take all the memory of whatever walks the tree).
     */
    private static final class YamlReader {
        private final JsonParser parser;
        private final String source;
        private final Map<String, ConfigNode> anchors = new HashMap<>();
        /** Anchors of scalars by their place (line and column): Jackson reports only those of maps and lists. */
        private final Map<Long, String> scalarAnchors = new HashMap<>();
        private long expanded;

        YamlReader(JsonParser parser, String source, String content) {
            this.parser = parser;
            this.source = source;
            if (content.indexOf('&') >= 0) {
                try {
                    for (Event event : new Yaml().parse(new StringReader(content))) {
                        if (event instanceof ScalarEvent scalar && scalar.getAnchor() != null) {
                            scalarAnchors.put(place(scalar.getStartMark().getLine() + 1, scalar.getStartMark().getColumn() + 1),
                                    scalar.getAnchor());
                        }
                    }
                } catch (YAMLException malformed) {
                    // the main parse reports it, with its line
                }
            }
        }

        private static long place(int line, int column) {
            return ((long) line << 32) | column;
        }

        ConfigNode read(String path) throws IOException {
            int line = lineOf(parser);
            JsonToken token = parser.currentToken();
            String anchor = parser instanceof YAMLParser yaml ? yaml.getCurrentAnchor() : null;
            if (anchor == null && !scalarAnchors.isEmpty()) {
                anchor = scalarAnchors.get(place(line, parser.currentTokenLocation().getColumnNr()));
            }
            if (parser instanceof YAMLParser yaml && yaml.isCurrentAlias()) {
                return alias(parser.getText(), line, path);
            }
            ConfigNode node = switch (token) {
                case START_OBJECT -> map(line, path);
                case START_ARRAY -> {
                    List<ConfigNode> items = new ArrayList<>();
                    while (parser.nextToken() != JsonToken.END_ARRAY) {
                        items.add(read(path + "[" + items.size() + "]"));
                    }
                    yield new ConfigNode(source, line, path, Kind.LIST, null, Collections.unmodifiableList(items), null, null);
                }
                case VALUE_NULL -> new ConfigNode(source, line, path, Kind.NULL, null, null, null, token);
                default -> new ConfigNode(source, line, path, Kind.SCALAR, null, null, parser.getText(), token);
            };
            if (anchor != null) {
                anchors.put(anchor, node);
            }
            return node;
        }

        private ConfigNode map(int line, String path) throws IOException {
            Map<String, ConfigNode> fields = new LinkedHashMap<>();
            List<ConfigNode> merged = new ArrayList<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                int keyLine = lineOf(parser);
                String childPath = path.isEmpty() ? key : path + "." + key;
                parser.nextToken();
                if (key.equals(MERGE_KEY)) {
                    ConfigNode value = read(childPath);
                    merged.addAll(value.kind == Kind.LIST ? value.items : List.of(value));
                    continue;
                }
                if (fields.containsKey(key)) {
                    throw BadInputException.at(source, keyLine, childPath, "duplicate key");
                }
                fields.put(key, read(childPath));
            }
            for (ConfigNode base : merged) {
                if (base.kind != Kind.MAP) {
                    throw BadInputException.at(source, base.line, path.isEmpty() ? MERGE_KEY : path + "." + MERGE_KEY,
                            "a merge key takes a map or a list of maps");
                }
                base.fields.forEach(fields::putIfAbsent);
            }
            return new ConfigNode(source, line, path, Kind.MAP, Collections.unmodifiableMap(fields), null, null, null);
        }

        private ConfigNode alias(String name, int line, String path) {
            ConfigNode target = anchors.get(name);
            if (target == null) {
                throw BadInputException.at(source, line, path, "*" + name + ": an alias of no anchor (an anchor &"
                        + name + " must come before it)");
            }
            expanded += count(target, MAX_EXPANDED_VALUES - expanded + 1);
            if (expanded > MAX_EXPANDED_VALUES) {
                throw BadInputException.at(source, line, path, String.format("the aliases expand to more than %,d values",
                        MAX_EXPANDED_VALUES));
            }
            return target;
        }

        /** The values in {@code node}, counting no further than {@code cap}. */
        private static long count(ConfigNode node, long cap) {
            long total = 1;
            Collection<ConfigNode> children = node.kind == Kind.MAP ? node.fields.values()
                    : node.kind == Kind.LIST ? node.items : List.of();
            for (ConfigNode child : children) {
                if (total > cap) {
                    break;
                }
                total += count(child, cap - total);
            }
            return total;
        }
    }

    private static int lineOf(JsonParser parser) {
        return parser.currentTokenLocation().getLineNr();
    }

    /** SnakeYAML's problem and, if it has one, the construct it was reading and where that began. */
    private static String yamlProblem(JsonProcessingException e) {
        if (e.getCause() instanceof MarkedYAMLException marked && marked.getProblem() != null) {
            String problem = marked.getProblem();
            if (marked.getContext() != null && marked.getContextMark() != null) {
                problem += " (" + marked.getContext() + " that began on line " + (marked.getContextMark().getLine() + 1) + ")";
            }
            return firstLine(problem);
        }
        return firstLine(e.getOriginalMessage());
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unreadable";
        }
        String first = message.strip().lines().findFirst().orElse(message);
        return first.length() > 160 ? first.substring(0, 160) + "…" : first;
    }

    /** The file (or other origin) this value came from. */
    public String source() {
        return source;
    }

    /** The line in {@link #source()}, from 1; 0 when not from a file. */
    public int line() {
        return line;
    }

    /** The key path of this value, for example {@code population[1].count}; empty for the root. */
    public String path() {
        return path;
    }

    /** A problem with this value, as one line naming its place. */
    public BadInputException error(String problem) {
        return BadInputException.at(source, line, path, problem);
    }

    public boolean isMap() {
        return kind == Kind.MAP;
    }

    public boolean isList() {
        return kind == Kind.LIST;
    }

    public boolean isScalar() {
        return kind == Kind.SCALAR;
    }

    public boolean isNull() {
        return kind == Kind.NULL;
    }

    /** The map's entries in file order. */
    public Map<String, ConfigNode> fields() {
        requireMap();
        return fields;
    }

    /** The list's items in file order. */
    public List<ConfigNode> items() {
        if (kind != Kind.LIST) {
            throw error("expected a list, got " + describe());
        }
        return items;
    }

    /** The value under {@code key} in this map, or null if absent. */
    public ConfigNode get(String key) {
        return fields().get(key);
    }

    /** The value under {@code key}; an error naming this map's place if it is absent. */
    public ConfigNode require(String key) {
        ConfigNode child = fields().get(key);
        if (child == null) {
            String where = path.isEmpty() ? key : path + "." + key;
            throw BadInputException.at(source, line, where, "missing (required)");
        }
        return child;
    }

    /** Rejects any key of this map that is not one of {@code known}, suggesting the nearest known key. */
    public ConfigNode allowOnly(Collection<String> known) {
        for (Map.Entry<String, ConfigNode> entry : fields().entrySet()) {
            if (!known.contains(entry.getKey())) {
                String kindOfKey = path.isEmpty() ? "key" : "key in " + path;
                throw entry.getValue().error("unknown " + kindOfKey + Suggestions.hint(entry.getKey(), known)
                        + "; allowed: " + String.join(", ", known));
            }
        }
        return this;
    }

    /** The value as text: any scalar. */
    public String asString() {
        if (kind != Kind.SCALAR) {
            throw error("expected a text value, got " + describe());
        }
        return text;
    }

    /** The value as a whole number. */
    public long asLong() {
        if (kind == Kind.SCALAR && (token == null || token == JsonToken.VALUE_NUMBER_INT)) {
            try {
                return Long.parseLong(text.strip().replace("_", ""));
            } catch (NumberFormatException e) {
                // fall through to the error below
            }
        }
        throw error("expected a whole number, got " + describe());
    }

    /** The value as a whole number that fits an int. */
    public int asInt() {
        long value = asLong();
        if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
            throw error("number out of range: " + value);
        }
        return (int) value;
    }

    /** The value as a finite real number. */
    public double asDouble() {
        if (kind == Kind.SCALAR && (token == null || token == JsonToken.VALUE_NUMBER_INT
                || token == JsonToken.VALUE_NUMBER_FLOAT)) {
            try {
                double value = Double.parseDouble(text.strip().replace("_", ""));
                if (Double.isFinite(value)) {
                    return value;
                }
            } catch (NumberFormatException e) {
                // fall through to the error below
            }
        }
        throw error("expected a number, got " + describe());
    }

    /** The value as true or false. */
    public boolean asBoolean() {
        if (kind == Kind.SCALAR) {
            if (token == JsonToken.VALUE_TRUE || (token == null && text.strip().equalsIgnoreCase("true"))) {
                return true;
            }
            if (token == JsonToken.VALUE_FALSE || (token == null && text.strip().equalsIgnoreCase("false"))) {
                return false;
            }
        }
        throw error("expected true or false, got " + describe());
    }

    /** The value as a list of texts; a single scalar counts as a list of one. */
    public List<String> asStringList() {
        if (kind == Kind.SCALAR) {
            return List.of(text);
        }
        List<String> values = new ArrayList<>();
        for (ConfigNode item : items()) {
            values.add(item.asString());
        }
        return values;
    }

    /** What the value is, for messages: "'abc'", "a list", "a map", "nothing". */
    public String describe() {
        return switch (kind) {
            case MAP -> "a map";
            case LIST -> "a list";
            case NULL -> "nothing";
            case SCALAR -> "'" + text + "'";
        };
    }

    private void requireMap() {
        if (kind != Kind.MAP) {
            throw error("expected a map of keys, got " + describe());
        }
    }
}

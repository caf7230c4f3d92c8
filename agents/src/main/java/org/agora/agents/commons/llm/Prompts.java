package org.agora.agents.commons.llm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.agora.agents.llm.LlmSettings;

/**
 * The prompt templates of the commons' language-model members: Agora's own, shipped as resources
 * ({@code org/agora/agents/commons/llm/prompts/NAME.txt}, documented in docs/models/commons-llm.md),
 * each replaceable from a scenario file ({@code llm.prompts.NAME: file}). A template names what it
 * needs in braces ({@code {stock}}); {@link #fill} puts the values in, and leaves unknown names as they are.
 *
 * <p>Immutable.
 */
public final class Prompts {

    private static final String FOLDER = "/org/agora/agents/commons/llm/prompts/";

    private final Map<String, Template> templates;

    Prompts(Map<String, String> templates) {
        Map<String, Template> parsed = new LinkedHashMap<>();
        templates.forEach((name, text) -> parsed.put(name, Template.parse(text)));
        this.templates = Map.copyOf(parsed);
    }

    /** The shipped templates, with the settings' replacements. */
    public static Prompts of(LlmSettings settings) {
        Map<String, String> templates = new LinkedHashMap<>();
        for (String name : LlmSettings.PROMPT_NAMES) {
            templates.put(name, settings.prompts().getOrDefault(name, shipped(name)));
        }
        return new Prompts(templates);
    }

    /** The shipped template {@code name}. */
    public static String shipped(String name) {
        try (InputStream in = Prompts.class.getResourceAsStream(FOLDER + name + ".txt")) {
            if (in == null) {
                throw new IllegalStateException("no shipped prompt " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Template {@code name} with {@code values} put in. */
    public String fill(String name, Map<String, String> values) {
        return templates.get(name).fill(values);
    }

    /**
     * A template cut once into its text and its names in braces, so that a prompt is filled without
     * searching the template again (a member's every call fills two).
     *
     * @param texts the text before each name, and after the last one (one more than the names)
     * @param names each name between its braces
     * @param placeholders each name with its braces, as the template wrote it (kept when no value is given)
     */
    private record Template(List<String> texts, List<String> names, List<String> placeholders, int length) {

        static Template parse(String template) {
            List<String> texts = new ArrayList<>();
            List<String> names = new ArrayList<>();
            List<String> placeholders = new ArrayList<>();
            int i = 0;
            while (true) {
                int open = template.indexOf('{', i);
                int close = open < 0 ? -1 : template.indexOf('}', open);
                if (open < 0 || close < 0) {
                    texts.add(template.substring(i));
                    break;
                }
                texts.add(template.substring(i, open));
                names.add(template.substring(open + 1, close));
                placeholders.add(template.substring(open, close + 1));
                i = close + 1;
            }
            return new Template(List.copyOf(texts), List.copyOf(names), List.copyOf(placeholders), template.length());
        }

        String fill(Map<String, String> values) {
            StringBuilder out = new StringBuilder(length + 256);
            for (int n = 0; n < names.size(); n++) {
                String value = values.get(names.get(n));
                out.append(texts.get(n)).append(value == null ? placeholders.get(n) : value);
            }
            return out.append(texts.get(names.size())).toString().strip();
        }
    }
}

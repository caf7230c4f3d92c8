package org.agora.agents.commons.llm;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
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

    private final Map<String, String> templates;

    private Prompts(Map<String, String> templates) {
        this.templates = Map.copyOf(templates);
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
        String template = templates.get(name);
        StringBuilder out = new StringBuilder(template.length() + 256);
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            int close = open < 0 ? -1 : template.indexOf('}', open);
            if (open < 0 || close < 0) {
                out.append(template, i, template.length());
                break;
            }
            String key = template.substring(open + 1, close);
            String value = values.get(key);
            out.append(template, i, open).append(value == null ? template.substring(open, close + 1) : value);
            i = close + 1;
        }
        return out.toString().strip();
    }
}

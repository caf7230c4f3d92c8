package org.agora.agents.commons.llm;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.agora.agents.llm.LlmSettings;

class PromptsTest {

    /**
     * The fill as it was before templates were cut once: a search of the template for each name at
     * every fill. The filled prompts must stay the same to the byte (the prompts, their hashes in the
     * events and the cache keys depend on them).
     */
    private static String searched(String template, Map<String, String> values) {
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            int close = open < 0 ? -1 : template.indexOf('}', open);
            if (open < 0 || close < 0) {
                out.append(template, i, template.length());
                break;
            }
            String value = values.get(template.substring(open + 1, close));
            out.append(template, i, open).append(value == null ? template.substring(open, close + 1) : value);
            i = close + 1;
        }
        return out.toString().strip();
    }

    @Provide
    Arbitrary<String> templates() {
        return Arbitraries.strings().withChars("ab {}\n\t").ofMaxLength(40);
    }

    @Provide
    Arbitrary<Map<String, String>> values() {
        return Arbitraries.maps(Arbitraries.strings().withChars("ab {").ofMaxLength(3),
                Arbitraries.strings().withChars("xy }{ ").ofMaxLength(4)).ofMaxSize(6);
    }

    @Property
    void aTemplateCutOnceFillsAsTheSearchDid(@ForAll("templates") String template, @ForAll("values") Map<String, String> values) {
        assertThat(new Prompts(Map.of("t", template)).fill("t", values)).isEqualTo(searched(template, values));
    }

    @Property(tries = 20)
    void everyShippedPromptFillsAsTheSearchDid(@ForAll("values") Map<String, String> extra) {
        Map<String, String> values = new java.util.HashMap<>(extra);
        values.putAll(Map.of("name", "John", "stock", "100", "memories", "- 2024-01-01: a {memory}", "date", "2024-01-01"));
        for (String name : LlmSettings.PROMPT_NAMES) {
            String template = Prompts.shipped(name);
            assertThat(new Prompts(Map.of(name, template)).fill(name, values)).as(name).isEqualTo(searched(template, values));
        }
    }
}

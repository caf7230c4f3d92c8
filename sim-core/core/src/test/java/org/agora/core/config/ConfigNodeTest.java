package org.agora.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

class ConfigNodeTest {

    private static final String YAML = """
            scenario: demo
            until: 20 s
            parameters:
              capacity: 100
              rate: 0.5
              name: "lake"
            population:
              - {kind: greedy, count: 2}
              - kind: fair
            """;

    @Test
    void valuesRememberTheirLineAndKeyPath() {
        ConfigNode root = ConfigNode.parseYaml(YAML, "demo.yaml");
        ConfigNode capacity = root.get("parameters").get("capacity");
        assertThat(capacity.line()).isEqualTo(4);
        assertThat(capacity.path()).isEqualTo("parameters.capacity");
        assertThat(capacity.asInt()).isEqualTo(100);
        ConfigNode count = root.get("population").items().get(0).get("count");
        assertThat(count.path()).isEqualTo("population[0].count");
        assertThat(count.line()).isEqualTo(8);
        assertThat(root.get("population").items().get(1).get("kind").line()).isEqualTo(9);
    }

    @Test
    void wrongTypesNameTheFileLineAndKey() {
        ConfigNode parameters = ConfigNode.parseYaml(YAML, "demo.yaml").get("parameters");
        assertThatThrownBy(() -> parameters.get("name").asDouble())
                .hasMessage("demo.yaml:6: parameters.name: expected a number, got 'lake'");
        assertThatThrownBy(() -> parameters.get("rate").asLong())
                .hasMessage("demo.yaml:5: parameters.rate: expected a whole number, got '0.5'");
        assertThatThrownBy(() -> parameters.get("capacity").asBoolean())
                .hasMessage("demo.yaml:4: parameters.capacity: expected true or false, got '100'");
    }

    @Test
    void unknownKeysAreRejectedWithTheNearestKnownOne() {
        ConfigNode root = ConfigNode.parseYaml("scenario: x\nutnil: 3\n", "f.yaml");
        assertThatThrownBy(() -> root.allowOnly(List.of("scenario", "until", "seed")))
                .hasMessage("f.yaml:2: utnil: unknown key (did you mean 'until'?); allowed: scenario, until, seed");
    }

    @Test
    void malformedYamlDuplicateKeysAndEmptyFilesAreOneLine() {
        assertThatThrownBy(() -> ConfigNode.parseYaml("a: [1, 2\nb: 3\n", "m.yaml"))
                .hasMessageStartingWith("m.yaml:").hasMessageContaining("malformed YAML").matches(e -> !e.getMessage().contains("\n"));
        assertThatThrownBy(() -> ConfigNode.parseYaml("a: 1\nb: 2\na: 3\n", "d.yaml")).hasMessage("d.yaml:3: a: duplicate key");
        assertThatThrownBy(() -> ConfigNode.parseYaml("", "e.yaml")).hasMessage("e.yaml: the file is empty");
    }

    @Test
    void durationsTakeUnits() {
        assertThat(SimTime.seconds(ConfigNode.text("120", "x", "until"))).isEqualTo(120);
        assertThat(SimTime.seconds(ConfigNode.text("250 ms", "x", "until"))).isEqualTo(0.25);
        assertThat(SimTime.seconds(ConfigNode.text("5min", "x", "until"))).isEqualTo(300);
        assertThat(SimTime.seconds(ConfigNode.text("12 months", "x", "until"))).isEqualTo(12 * 30 * 86400.0);
        assertThat(SimTime.seconds(ConfigNode.text("1e3 s", "x", "until"))).isEqualTo(1000);
        assertThatThrownBy(() -> SimTime.seconds(ConfigNode.text("5 mins", "--until", null)))
                .hasMessage("--until: unknown time unit 'mins' (did you mean 'min'?); use one of " + SimTime.units());
        assertThatThrownBy(() -> SimTime.seconds(ConfigNode.text("-5", "--until", null)))
                .hasMessage("--until: the duration must not be negative, got '-5'");
    }

    @Provide
    Arbitrary<String> yamlish() {
        return Arbitraries.strings().withChars("abc:-[]{}\"'#&*!|>,.0123 \n\t").ofMaxLength(60);
    }

    /** Whatever text a user feeds it, the reader either reads it or says why in one line: nothing else escapes. */
    @Property(tries = 2000)
    void anyTextIsReadOrRejectedInOneLine(@ForAll("yamlish") String text) {
        try {
            ConfigNode.parseYaml(text, "fuzz.yaml");
        } catch (BadInputException e) {
            assertThat(e.getMessage()).startsWith("fuzz.yaml").doesNotContain("\n");
        }
    }

    @Property
    void durationsInSecondsReadBackExactly(@ForAll("seconds") double seconds) {
        assertThat(SimTime.seconds(ConfigNode.text(Double.toString(seconds) + " s", "x", "k"))).isEqualTo(seconds);
        assertThat(SimTime.seconds(ConfigNode.text(Double.toString(seconds) + " min", "x", "k"))).isEqualTo(seconds * 60);
    }

    @Provide
    Arbitrary<Double> seconds() {
        return Arbitraries.doubles().between(0, 1e9);
    }

    @Test
    void suggestionsOnlyForLikelyTypos() {
        assertThat(Suggestions.closest("capcity", List.of("capacity", "seed"))).contains("capacity");
        assertThat(Suggestions.closest("zzzzzz", List.of("capacity", "seed"))).isEmpty();
    }
}

package org.agora.core.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** Anchors, aliases and merge keys read as YAML means them, with a bound on what aliases expand to. */
class YamlAliasTest {

    @Test
    void anAliasStandsForTheNodeItsAnchorMarked() {
        ConfigNode root = ConfigNode.parseYaml("""
                defaults: &fisher {kind: sustainable, count: 2}
                rate: &r 0.5
                population:
                  - *fisher
                  - {kind: greedy, amount: 3}
                other: *r
                """, "a.yaml");

        assertThat(root.require("population").items().get(0).require("kind").asString()).isEqualTo("sustainable");
        assertThat(root.require("population").items().get(0).require("count").asInt()).isEqualTo(2);
        assertThat(root.require("other").asDouble()).isEqualTo(0.5);
    }

    @Test
    void aMergeKeyAddsTheKeysTheMapDoesNotSet() {
        ConfigNode root = ConfigNode.parseYaml("""
                base: &base {kind: bandit, epsilon: 0.1, count: 1}
                group:
                  <<: *base
                  count: 4
                """, "m.yaml");

        ConfigNode group = root.require("group");
        assertThat(group.fields()).containsOnlyKeys("count", "kind", "epsilon");
        assertThat(group.require("count").asInt()).isEqualTo(4);
        assertThat(group.require("kind").asString()).isEqualTo("bandit");
    }

    @Test
    void pyYamlStyleAnchorsAreRead() {
        ConfigNode root = ConfigNode.parseYaml("""
                levels: &id001
                - 0.5
                - 1.0
                again: *id001
                """, "py.yaml");
        assertThat(root.require("again").items()).hasSize(2);
    }

    @Test
    void anAliasOfNoAnchorIsBadInputNotItsName() {
        assertThatThrownBy(() -> ConfigNode.parseYaml("scenario: *nope\n", "n.yaml"))
                .isInstanceOf(BadInputException.class)
                .hasMessage("n.yaml:1: scenario: *nope: an alias of no anchor (an anchor &nope must come before it)");
    }

    @Test
    void aliasesThatExpandBeyondTheBoundAreRefusedQuickly() {
        StringBuilder laughs = new StringBuilder("a: &a [x, x, x, x, x, x, x, x, x, x]\n");
        for (char level = 'b'; level <= 'j'; level++) {
            char previous = (char) (level - 1);
            laughs.append(level).append(": &").append(level).append(" [");
            for (int i = 0; i < 10; i++) {
                laughs.append(i == 0 ? "" : ", ").append('*').append(previous);
            }
            laughs.append("]\n");
        }
        long start = System.nanoTime();
        assertThatThrownBy(() -> ConfigNode.parseYaml(laughs.toString(), "laughs.yaml"))
                .isInstanceOf(BadInputException.class)
                .hasMessageContaining("the aliases expand to more than 100,000 values");
        assertThat(System.nanoTime() - start).as("refused without expanding").isLessThan(5_000_000_000L);
    }
}

package org.agora.core.scenario;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.agora.core.config.ConfigNode;
import org.agora.core.testing.WalkersScenario;
import org.junit.jupiter.api.Test;

class ScenarioFileTest {

    private final ScenarioCatalog catalog = ScenarioCatalog.of(List.of(new WalkersScenario()), List.of());

    private ScenarioSpec parse(String yaml) {
        return new ScenarioFile(catalog).parse(ConfigNode.parseYaml(yaml, "w.yaml"), "w");
    }

    @Test
    void aCompleteFileResolvesEveryPart() {
        ScenarioSpec spec = parse("""
                scenario: test-walkers
                description: two kinds of walkers
                seed: 7
                until: 2 min
                parameters:
                  interval: 500 ms
                  mood: restless
                population:
                  - {kind: walker, count: 2, stepSize: 0.5}
                  - {kind: sitter}
                outputs:
                  exclude: [WalkersStarted]
                  sample: {WalkerStepped: 3}
                """);
        assertThat(spec.seed()).isEqualTo(7);
        assertThat(spec.until()).isEqualTo(120);
        assertThat(spec.description()).isEqualTo("two kinds of walkers");
        assertThat(spec.parameters().asMap()).containsEntry("interval", 0.5).containsEntry("mood", "restless").containsEntry("failAt", 0.0);
        assertThat(spec.population().groups()).hasSize(2);
        assertThat(spec.population().groups().get(0).parameters().asMap()).containsEntry("stepSize", 0.5);
        assertThat(spec.population().groups().get(1).count()).isEqualTo(1);
        assertThat(spec.outputs().filter().exclude()).containsExactly("WalkersStarted");
        assertThat(spec.outputs().filter().sampleEvery()).containsEntry("WalkerStepped", 3);
    }

    @Test
    void theRunIdDependsOnWhatShapesTheRunOnly() {
        ScenarioSpec a = parse("scenario: test-walkers\nuntil: 10\n");
        ScenarioSpec b = parse("scenario: test-walkers\nuntil: 10\ndescription: same run, other words\n");
        ScenarioSpec c = parse("scenario: test-walkers\nuntil: 10\nparameters: {mood: restless}\n");
        assertThat(a.runId()).isEqualTo(b.runId()).startsWith("test-walkers-s1-");
        assertThat(c.runId()).isNotEqualTo(a.runId());
        assertThat(a.withSeed(2).runId()).startsWith("test-walkers-s2-");
    }

    @Test
    void everyMistakeIsOneLineWithFileLineAndKey() {
        assertThatThrownBy(() -> parse("scenario: test-walkers\nuntil: 10\nparameters:\n  intervall: 3\n"))
                .hasMessage("w.yaml:4: parameters.intervall: unknown parameter (did you mean 'interval'?); known: interval, failAt, mood");
        assertThatThrownBy(() -> parse("scenario: test-walkers\nuntil: 10\nparameters:\n  interval: fast\n"))
                .hasMessageStartingWith("w.yaml:4: parameters.interval: expected a duration");
        assertThatThrownBy(() -> parse("scenario: test-walkers\nuntil: 10\nparameters:\n  interval: 0\n"))
                .hasMessage("w.yaml:4: parameters.interval: must be greater than 0 (was 0)");
        assertThatThrownBy(() -> parse("scenario: test-walkers\nuntil: 10\nparameters:\n  mood: angry\n"))
                .hasMessage("w.yaml:4: parameters.mood: 'angry' is not one of calm, restless");
        assertThatThrownBy(() -> parse("scenario: test-walker\nuntil: 10\n"))
                .hasMessage("w.yaml:1: scenario: unknown scenario 'test-walker' (did you mean 'test-walkers'?); see agora list");
        assertThatThrownBy(() -> parse("scenario: test-walkers\n"))
                .hasMessage("w.yaml:1: until: missing (required)");
        assertThatThrownBy(() -> parse("scenario: test-walkers\nuntil: -3\n"))
                .hasMessage("w.yaml:2: until: the duration must not be negative, got '-3'");
        assertThatThrownBy(() -> parse("scenario: test-walkers\nuntil: 0\n"))
                .hasMessage("w.yaml:2: until: the stop time must be greater than 0");
        assertThatThrownBy(() -> parse("scenario: test-walkers\nuntil: 1\npopulation:\n  - {kind: runner}\n"))
                .hasMessage("w.yaml:4: population[0].kind: unknown kind 'runner'; known: walker, sitter");
        assertThatThrownBy(() -> parse("scenario: test-walkers\nuntil: 1\npopulation:\n  - {kind: walker, stepSize: 200}\n"))
                .hasMessage("w.yaml:4: population[0].stepSize: must be at most 100 (was 200)");
        assertThatThrownBy(() -> parse("scenario: test-walkers\nuntil: 1\npopulation:\n  - {kind: sitter, stepSize: 2}\n"))
                .hasMessageStartingWith("w.yaml:4: population[0].stepSize: unknown key in population[0]");
        assertThatThrownBy(() -> parse("scenario: test-walkers\nuntil: 1\noutputs:\n  exclude: [WalkerStep]\n"))
                .hasMessage("w.yaml:4: outputs.exclude[0]: unknown event type 'WalkerStep' (did you mean 'WalkerStepped'?)");
        assertThatThrownBy(() -> parse("scenario: test-walkers\nuntil: 1\nseed: many\n"))
                .hasMessage("w.yaml:3: seed: expected a whole number, got 'many'");
    }

    @Test
    void commandLineAssignmentsAreCheckedLikeTheFile() {
        ScenarioSpec spec = ScenarioSpec.defaults(new WalkersScenario());
        assertThat(spec.withAssignments(List.of("mood=restless", "interval=2 s")).parameters().asMap())
                .containsEntry("mood", "restless").containsEntry("interval", 2.0);
        assertThatThrownBy(() -> spec.withAssignments(List.of("moood=calm")))
                .hasMessage("--set: moood: unknown parameter (did you mean 'mood'?); known: interval, failAt, mood");
        assertThatThrownBy(() -> spec.withAssignments(List.of("mood")))
                .hasMessage("--set: expected name=value, got 'mood'");
        assertThatThrownBy(() -> spec.withUntil("-1"))
                .hasMessage("--until: the duration must not be negative, got '-1'");
    }

    @Test
    void interventionsAreReadByTimeOrRoundAndSortedByTime() {
        ScenarioSpec spec = parse("""
                scenario: test-walkers
                until: 1 min
                interventions:
                  - {round: 3, action: teleport, position: 7}
                  - {at: 2 s, action: teleport, walker: walker-1}
                """);
        assertThat(spec.interventions()).extracting(Intervention::time).containsExactly(2.0, 10.0);
        assertThat(spec.interventions().get(1).round()).isEqualTo(3);
        assertThat(spec.interventions().get(1).arguments().asMap()).containsEntry("position", 7.0).containsEntry("walker", "all");
        assertThat(spec.runId()).isNotEqualTo(parse("scenario: test-walkers\nuntil: 1 min\n").runId());
    }

    @Test
    void badInterventionsNameFileLineAndKey() {
        String head = "scenario: test-walkers\nuntil: 20 s\ninterventions:\n";
        assertThatThrownBy(() -> parse(head + "  - {at: 3 s, action: teleprot}\n"))
                .hasMessage("w.yaml:4: interventions[0].action: unknown action 'teleprot' (did you mean 'teleport'?); test-walkers offers: teleport");
        assertThatThrownBy(() -> parse(head + "  - {at: 30 s, action: teleport}\n"))
                .hasMessage("w.yaml:4: interventions[0].at: after the stop time (20 s)");
        assertThatThrownBy(() -> parse(head + "  - {round: 0, action: teleport}\n"))
                .hasMessage("w.yaml:4: interventions[0].round: rounds count from 1 (was 0)");
        assertThatThrownBy(() -> parse(head + "  - {round: 6, action: teleport}\n"))
                .hasMessage("w.yaml:4: interventions[0].round: round 6 starts after the stop time");
        assertThatThrownBy(() -> parse(head + "  - {action: teleport}\n"))
                .hasMessage("w.yaml:4: interventions[0]: missing 'at' (a time) or 'round'");
        assertThatThrownBy(() -> parse(head + "  - {at: 1, round: 1, action: teleport}\n"))
                .hasMessage("w.yaml:4: interventions[0].round: give either 'at' (a time) or 'round', not both");
        assertThatThrownBy(() -> parse(head + "  - {at: 1, action: teleport, postion: 3}\n"))
                .hasMessageStartingWith("w.yaml:4: interventions[0].postion: unknown key in interventions[0] (did you mean 'position'?)");
        assertThatThrownBy(() -> parse(head + "  - {at: 1, action: teleport, position: far}\n"))
                .hasMessage("w.yaml:4: interventions[0].position: expected a number, got 'far'");
    }

    @Test
    void relationsBetweenValuesAreCheckedAtTheLineOfTheKey() {
        assertThatThrownBy(() -> parse("""
                scenario: test-walkers
                until: 20 s
                population: [{kind: walker, count: 2}]
                interventions:
                  - at: 3 s
                    action: teleport
                    walker: walker-5
                """)).hasMessage("w.yaml:7: interventions[0].walker: no walker 'walker-5': the population has 2");
        ScenarioSpec fine = parse("scenario: test-walkers\nuntil: 20 s\ninterventions: [{at: 3 s, action: teleport, walker: walker-1}]\n");
        assertThatThrownBy(() -> fine.withPopulation(Population.empty()).check())
                .hasMessage("w: interventions[0].walker: no walker 'walker-1': the population has 0");
    }
}

package org.agora.scenarios.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.Callable;
import org.agora.core.config.BadInputException;
import org.agora.core.scenario.Parameters;
import org.agora.core.scenario.ScenarioCatalog;
import org.agora.vehicles.learning.Evaluation;
import org.agora.vehicles.learning.PolicyFile;
import org.agora.vehicles.learning.TrainingSettings;
import org.agora.vehicles.merge.MergeConfig;
import org.agora.vehicles.merge.MergeScenario;
import org.agora.vehicles.policy.PolicyActions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code agora evaluate}: plays a trained policy on the study's test seeds, in the merge it was
 * trained in or with some parameters changed (for example the safety module switched on for a
 * policy trained without it), beside uniform random actions on the same seeds.
 */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
        description = {"Evaluate a trained CAV policy (a policy.json of agora train) on the study's test seeds "
                + "(0, 25, 50, ...): return, collisions, merge success and speed, beside random actions.",
            "The merge is the one of training; --set changes a v2x-merge parameter (safetyModule=true, density=hard).",
            "Writes nothing. Exit status: 0 done, 2 bad input."})
final class EvaluateCommand implements Callable<Integer> {

    @Spec
    private CommandSpec command;

    @picocli.CommandLine.Parameters(paramLabel = "POLICY", description = "a policy file written by agora train (OUT/policy.json)")
    private Path policyFile;

    @Option(names = "--set", paramLabel = "NAME=VALUE", description = "change a v2x-merge parameter of training (repeatable)")
    private List<String> assignments = new ArrayList<>();

    @Option(names = "--actions", paramLabel = "HOW", defaultValue = "sampled",
            description = "sampled (drawn from the policy, as the study evaluates; the default) or greedy (the most probable)")
    private String actions;

    @Option(names = "--count", paramLabel = "N", defaultValue = "20",
            description = "evaluate on the first N of the study's test seeds (default 20: 0, 25, ..., 475)")
    private int count;

    @Override
    public Integer call() {
        PolicyFile policy = PolicyFile.read(policyFile);
        PolicyActions choosing = choosing(actions);
        if (count < 1) {
            throw new BadInputException("--count: must be at least 1 (was " + count + ")");
        }
        Parameters parameters = ScenarioCatalog.installed().resolve(MergeScenario.ID)
                .withParameters(policy.trainingParameters(policyFile.toString()))
                .withAssignments(assignments).parameters();
        MergeConfig merge = merge(parameters);
        String problem = policy.compatibility(merge.intentSharing(), merge.rules().observation());
        if (problem != null) {
            throw new BadInputException(policyFile + ": " + problem);
        }
        List<Long> seeds = TrainingSettings.studySeeds(count);
        PrintWriter out = command.commandLine().getOut();
        out.println("evaluating " + policy.algorithm() + " (" + policy.episodes() + " episodes, seed " + policy.seed()
                + ") on " + count + " test seeds, v2x-merge " + changes(policy, parameters) + ", " + choosing.word()
                + " actions");
        out.println("| actions | episodes | return | collisions | merge success | speed [m/s] |");
        out.println("|---|---|---|---|---|---|");
        out.println(row("policy, " + choosing.word(),
                Evaluation.of(policy.actor(), choosing, merge, policy.intentFeatures(), seeds)));
        out.println(row("uniform random",
                Evaluation.ofUniformActions(policy.actor().outputs(), merge, policy.intentFeatures(), seeds)));
        return 0;
    }

    private static PolicyActions choosing(String word) {
        try {
            return PolicyActions.of(word);
        } catch (IllegalArgumentException e) {
            throw BadInputException.at("--actions", 0, null, e.getMessage());
        }
    }

    private static MergeConfig merge(Parameters parameters) {
        MergeConfig merge;
        try {
            merge = MergeScenario.configOf(parameters);
        } catch (IllegalArgumentException e) {
            throw BadInputException.at("--set", 0, null, e.getMessage());
        }
        if (!merge.density().episodic()) {
            throw BadInputException.at("--set", 0, "density", "evaluation plays episodes: easy, medium or hard (was "
                    + merge.density().word() + ")");
        }
        return merge;
    }

    /** The density and safety module evaluated, and every parameter that differs from training. */
    private static String changes(PolicyFile policy, Parameters evaluated) {
        Parameters trained = policy.trainingParameters("policy");
        StringBuilder text = new StringBuilder("density " + evaluated.get("density") + ", safety module "
                + (Boolean.TRUE.equals(evaluated.get("safetyModule")) ? "on" : "off"));
        List<String> changed = new ArrayList<>();
        for (Map.Entry<String, Object> entry : evaluated.asMap().entrySet()) {
            if (!Objects.equals(entry.getValue(), trained.get(entry.getKey()))) {
                changed.add(entry.getKey() + "=" + entry.getValue());
            }
        }
        if (!changed.isEmpty()) {
            text.append(" (changed from training: ").append(String.join(", ", changed)).append(')');
        }
        return text.toString();
    }

    private static String row(String label, Evaluation evaluation) {
        return String.format(Locale.ROOT, "| %s | %d | %.1f ± %.1f | %.2f | %s | %.1f |", label, evaluation.episodes(),
                evaluation.meanReward(), evaluation.rewardStandardError(), evaluation.collisionShare(),
                evaluation.mergeSuccessShare() < 0 ? "n/a" : String.format(Locale.ROOT, "%.2f", evaluation.mergeSuccessShare()),
                evaluation.meanSpeed());
    }
}

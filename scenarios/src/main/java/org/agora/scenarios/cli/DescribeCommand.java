package org.agora.scenarios.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.agora.core.event.Event;
import org.agora.core.event.EventTypes;
import org.agora.core.scenario.Action;
import org.agora.core.scenario.Intervention;
import org.agora.core.scenario.Metric;
import org.agora.core.scenario.Parameter;
import org.agora.core.scenario.ParameterSet;
import org.agora.core.scenario.Parameters;
import org.agora.core.scenario.Population;
import org.agora.core.scenario.PopulationKind;
import org.agora.core.scenario.Scenario;
import org.agora.core.scenario.ScenarioCatalog;
import org.agora.core.scenario.ScenarioSpec;
import org.agora.core.scenario.Section;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code agora describe SCENARIO}: parameters with defaults, units and ranges; population; events; metrics. */
@Command(name = "describe", mixinStandardHelpOptions = true,
        description = "Show a scenario's parameters (defaults, units, ranges), population kinds, events and metrics.")
final class DescribeCommand implements Callable<Integer> {

    @Spec
    private CommandSpec command;

    @picocli.CommandLine.Parameters(paramLabel = "SCENARIO", description = "a catalog entry, a scenario id or a scenario file")
    private String target;

    @Override
    public Integer call() {
        ScenarioSpec spec = ScenarioCatalog.installed().resolve(target);
        Scenario scenario = spec.scenario();
        PrintWriter out = command.commandLine().getOut();
        out.println(spec.name() + (spec.name().equals(scenario.id()) ? "" : " (scenario " + scenario.id() + ")")
                + ": " + spec.description());
        if (!scenario.description().equals(scenario.summary())) {
            out.println();
            out.println(scenario.description());
        }
        out.println();
        out.println("Stop time: " + SummaryText.time(scenario, spec.until()) + " (default " + SummaryText.time(scenario, scenario.defaultUntil())
                + "); seed " + spec.seed() + ". Override with --until and --seed.");
        out.println();
        out.println("Parameters (set under 'parameters:' or with --set NAME=VALUE):");
        printParameters(out, scenario.parameters(), spec.parameters(), "  ");
        if (!scenario.populationKinds().isEmpty()) {
            out.println();
            out.println("Population kinds (under 'population:', each - {kind: K, count: N, ...}):");
            for (PopulationKind kind : scenario.populationKinds()) {
                out.println("  " + kind.name() + ": " + kind.description());
                if (!kind.parameters().isEmpty()) {
                    printParameters(out, kind.parameters(), kind.parameters().defaults(), "      ");
                }
            }
            out.println("  population here: " + describe(spec.population()));
        }
        if (!scenario.sections().isEmpty()) {
            out.println();
            out.println("Blocks of its own (top-level keys; set one key with --set BLOCK.KEY=VALUE):");
            for (Section section : scenario.sections()) {
                out.println("  " + section.key() + ": " + section.description()
                        + (spec.sections().containsKey(section.key()) ? " (given here)" : ""));
            }
        }
        if (!scenario.actions().isEmpty()) {
            out.println();
            out.println("Actions (under 'interventions:', each - {" + (scenario.roundLength() > 0 ? "at: TIME or round: N" : "at: TIME")
                    + ", action: A, ...}" + (scenario.roundLength() > 0 ? "; a round is " + SummaryText.time(scenario, scenario.roundLength()) : "") + "):");
            for (Action action : scenario.actions()) {
                out.println("  " + action.name() + ": " + action.description());
                if (!action.arguments().isEmpty()) {
                    printParameters(out, action.arguments(), action.arguments().defaults(), "      ");
                }
            }
            if (!spec.interventions().isEmpty()) {
                List<String> scheduled = new ArrayList<>();
                for (Intervention intervention : spec.interventions()) {
                    scheduled.add(intervention.action() + (intervention.round() > 0 ? " in round " + intervention.round()
                            : " at " + SummaryText.time(scenario, intervention.time())));
                }
                out.println("  interventions here: " + String.join(", ", scheduled));
            }
        }
        out.println();
        out.println("Events:");
        for (Class<? extends Event> type : scenario.events()) {
            out.println("  " + EventTypes.nameOf(type) + components(type));
        }
        out.println();
        out.println("Metrics (summary.json):");
        for (Metric metric : scenario.metrics()) {
            out.println("  " + metric.name() + (metric.unit().isEmpty() ? "" : " [" + metric.unit() + "]") + ": " + metric.description());
        }
        return 0;
    }

    private static void printParameters(PrintWriter out, ParameterSet declared, Parameters values, String indent) {
        if (declared.isEmpty()) {
            out.println(indent + "(none)");
            return;
        }
        List<String[]> rows = new ArrayList<>();
        rows.add(new String[] {"name", "type", "value", "default", "unit", "range", "description"});
        for (Parameter<?> parameter : declared.all()) {
            rows.add(new String[] {parameter.name(), parameter.type().label(), format(parameter, values.get(parameter.name())),
                parameter.defaultText(), parameter.unit(), parameter.rangeText(), parameter.description()});
        }
        int[] widths = new int[rows.get(0).length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) {
                widths[i] = Math.max(widths[i], row[i].length());
            }
        }
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder(indent);
            for (int i = 0; i < row.length; i++) {
                line.append(i == row.length - 1 ? row[i] : String.format("%-" + widths[i] + "s  ", row[i]));
            }
            out.println(line.toString().stripTrailing());
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> String format(Parameter<T> parameter, Object value) {
        return parameter.format((T) value);
    }

    private static String describe(Population population) {
        if (population.isEmpty()) {
            return "nobody";
        }
        List<String> parts = new ArrayList<>();
        for (Population.Group group : population.groups()) {
            String settings = group.parameters().asMap().isEmpty() ? "" : " " + group.parameters().asMap();
            parts.add(group.count() + " × " + group.kind() + settings);
        }
        return String.join(", ", parts);
    }

    private static String components(Class<? extends Event> type) {
        List<String> names = new ArrayList<>();
        var components = type.getRecordComponents();
        for (int i = 1; i < components.length; i++) {
            names.add(components[i].getName());
        }
        return names.isEmpty() ? "" : " (" + String.join(", ", names) + ")";
    }
}

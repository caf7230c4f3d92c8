package org.agora.scenarios.family;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.agora.core.config.ConfigNode;
import org.agora.core.event.EventTypes;
import org.agora.core.event.RunFinished;
import org.agora.core.run.HeadlessRun;
import org.agora.core.run.RunResult;
import org.agora.core.run.Simulation;
import org.agora.core.scenario.EventSummary;
import org.agora.core.scenario.Metric;
import org.agora.core.scenario.MetricSet;
import org.agora.core.scenario.Parameter;
import org.agora.core.scenario.Scenario;
import org.agora.core.scenario.ScenarioCatalog;
import org.agora.core.scenario.ScenarioFile;
import org.agora.core.scenario.ScenarioSpec;
import org.agora.core.sink.MemorySink;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Keeps "Adding a scenario family" in docs/architecture.md honest: its code is the worked
 * example's code word for word, the example runs from the scenario file the section shows, and
 * every shipped family has the places the section's list names.
 */
class AddingAFamilyTest {

    private static final Path DOC = Path.of("../docs/architecture.md");
    private static final Path EXAMPLE = Path.of("src/test/java/org/agora/scenarios/family/QueueScenario.java");
    private static final ScenarioCatalog EXAMPLE_ONLY = ScenarioCatalog.of(List.of(new QueueScenario()), List.of());

    @TempDir
    Path dir;

    /** The section's block marked {@code <!-- example: NAME -->}. */
    private static String documented(String name) throws IOException {
        String doc = Files.readString(DOC);
        String section = doc.substring(doc.indexOf("## Adding a scenario family"));
        Matcher block = Pattern.compile("<!-- example: " + name + " -->\n```\\w+\n(.*?)\n```", Pattern.DOTALL).matcher(section);
        assertThat(block.find()).as("docs/architecture.md shows the example's %s", name).isTrue();
        return block.group(1);
    }

    /** The example's region between {@code // doc:begin NAME} and {@code // doc:end}, unindented. */
    private static String region(String name) throws IOException {
        Matcher region = Pattern.compile("// doc:begin " + name + "\n(.*?)\n\\s*// doc:end", Pattern.DOTALL)
                .matcher(Files.readString(EXAMPLE));
        assertThat(region.find()).as("QueueScenario marks its %s", name).isTrue();
        List<String> lines = region.group(1).lines().toList();
        int indent = lines.stream().filter(l -> !l.isBlank()).mapToInt(l -> l.length() - l.stripLeading().length()).min().orElse(0);
        return String.join("\n", lines.stream().map(l -> l.isBlank() ? "" : l.substring(indent)).toList());
    }

    @Test
    void theDocumentShowsTheExamplesCodeWordForWord() throws IOException {
        for (String name : List.of("scenario", "summary", "model")) {
            assertThat(documented(name)).as(name).isEqualTo(region(name));
        }
    }

    @Test
    void theExampleRunsFromTheDocumentsScenarioFileAndItsSummaryComesFromItsEvents() throws IOException {
        ScenarioSpec spec = new ScenarioFile(EXAMPLE_ONLY).parse(ConfigNode.parseYaml(documented("file"), "queue.yaml"), "queue");
        MemorySink events = new MemorySink();
        Map<String, Object> summary = Simulation.of(spec, events).runToEnd();
        assertThat(events.ofType(CustomerArrived.class)).hasSizeGreaterThan(50);
        assertThat(events.ofType(CustomerServed.class)).hasSizeGreaterThan(50)
                .allSatisfy(served -> assertThat(served.waitS()).isGreaterThanOrEqualTo(0));
        assertThat(events.ofType(RunFinished.class)).hasSize(1);
        EventSummary fromEvents = new QueueScenario().summaryFromEvents().orElseThrow();
        events.events().forEach(fromEvents::accept);
        assertThat(fromEvents.summary()).isEqualTo(summary);
        assertThat((double) summary.get("meanWaitS")).as("a busy server makes customers wait").isPositive();

        RunResult first = new HeadlessRun(spec, dir.resolve("first")).execute();
        RunResult second = new HeadlessRun(spec, dir.resolve("second")).execute();
        assertThat(first.done()).isTrue();
        assertThat(Files.readString(dir.resolve("second").resolve(HeadlessRun.EVENTS_FILE)))
                .as("same file, same seed, same bytes").isEqualTo(Files.readString(dir.resolve("first").resolve(HeadlessRun.EVENTS_FILE)));
        assertThat(second.summary()).isEqualTo(summary);
    }

    @Test
    void everyShippedFamilyHasThePlacesTheListNames() throws IOException {
        ScenarioCatalog installed = ScenarioCatalog.installed();
        String scenariosDoc = Files.readString(Path.of("../docs/scenarios.md"));
        List<Scenario> shipped = installed.scenarios().stream()
                .filter(s -> !s.getClass().getPackageName().startsWith("org.agora.core.testing")).toList();
        assertThat(shipped).extracting(Scenario::id).contains("govsim-fishery", "v2x-merge", "smallcell-market");
        for (Scenario scenario : shipped) {
            assertThat(EventTypes.installed().all().values()).as("%s's events are in a registered EventCatalog", scenario.id())
                    .containsAll(scenario.events());
            assertThat(scenario.summaryFromEvents()).as("%s recomputes its summary from events", scenario.id()).isPresent();
            assertThat(installed.entries()).as("%s has a catalog entry", scenario.id())
                    .anyMatch(entry -> entry.content().contains("scenario: " + scenario.id() + "\n"));
            assertThat(scenariosDoc).as("docs/scenarios.md mentions %s", scenario.id()).contains(scenario.id());
        }
    }

    /**
     * Each parameter and metric of a shipped family is declared once, as a constant of its package:
     * a {@code Parameter} per parameter (the key its value is read with) and one {@code MetricSet}
     * holding exactly its metrics (the keys its summary is written with).
     */
    @Test
    void everyShippedFamilyDeclaresEachParameterAndMetricAsAConstant() throws Exception {
        for (Scenario scenario : ScenarioCatalog.installed().scenarios()) {
            String family = scenario.getClass().getPackageName();
            if (family.startsWith("org.agora.core.testing")) {
                continue;
            }
            List<Object> constants = constantsOf(scenario.getClass());
            List<String> keys = constants.stream().filter(Parameter.class::isInstance).map(c -> ((Parameter<?>) c).name())
                    .toList();
            assertThat(keys).as("%s's parameters are constants of %s", scenario.id(), family)
                    .containsAll(scenario.parameters().names());
            List<String> metrics = scenario.metrics().stream().map(Metric::name).toList();
            assertThat(constants).as("%s's metrics are one MetricSet of %s", scenario.id(), family)
                    .filteredOn(MetricSet.class::isInstance)
                    .anyMatch(set -> ((MetricSet) set).all().stream().map(Metric::name).toList().equals(metrics));
        }
    }

    /** The values of the static final fields of the classes in the package of {@code scenario} (from its module). */
    private static List<Object> constantsOf(Class<?> scenario) throws Exception {
        String folder = scenario.getPackageName().replace('.', '/') + "/";
        Path module = Path.of(scenario.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<String> classFiles = new ArrayList<>();
        if (Files.isDirectory(module)) {
            try (var files = Files.list(module.resolve(folder))) {
                files.forEach(file -> classFiles.add(folder + file.getFileName()));
            }
        } else {
            try (JarFile jar = new JarFile(module.toFile())) {
                jar.stream().map(JarEntry::getName).filter(name -> name.startsWith(folder))
                        .filter(name -> name.indexOf('/', folder.length()) < 0).forEach(classFiles::add);
            }
        }
        List<Object> constants = new ArrayList<>();
        for (String file : classFiles.stream().filter(name -> name.endsWith(".class")).sorted().toList()) {
            Class<?> type = Class.forName(file.substring(0, file.length() - ".class".length()).replace('/', '.'));
            for (Field field : type.getDeclaredFields()) {
                if (Modifier.isStatic(field.getModifiers()) && Modifier.isFinal(field.getModifiers())) {
                    field.setAccessible(true);
                    constants.add(field.get(null));
                }
            }
        }
        return constants;
    }
}

package org.agora.viz.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.agora.core.config.BadInputException;
import org.agora.core.config.ConfigNode;
import org.agora.core.event.EventTypes;
import org.agora.core.experiment.ExperimentFile;
import org.agora.core.scenario.ScenarioCatalog;
import org.agora.core.scenario.ScenarioFile;
import org.agora.core.sink.EventJsonCodec;
import org.agora.scenarios.cli.Agora;
import org.agora.vehicles.learning.TrainingFile;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The code blocks of README.md and docs/ are what the code accepts, so they cannot drift: every
 * YAML block reads as a scenario file or an experiment (a fragment of one — a design, a list of
 * interventions — reads inside some catalog scenario), every JSON block is an event the codec
 * reads, and every {@code ./agora} command of a bash block parses; those without placeholders run
 * (a run shortened to a moment, a sweep as a dry run; gui, the Kafka commands and runs that need a
 * language-model endpoint only parsed).
 */
class DocumentationExamplesTest {

    private static final Path ROOT = Path.of("..");
    /** Scenarios a fragment is tried in, with a stop time that leaves room for its interventions. */
    private static final List<String> SCENARIO_HOSTS = List.of("scenario: govsim-fishery\nuntil: 12 months\n",
            "scenario: v2x-merge\nuntil: 300 s\nparameters: {density: inflow}\n", "scenario: smallcell-market\nuntil: 600 s\n");
    /** Scenarios a design is tried in. */
    private static final List<String> EXPERIMENT_HOSTS = List.of("scenario: govsim-fishery\n", "scenario: v2x-merge\n",
            "scenario: smallcell-market\n");
    private static final Set<String> DESIGNS = Set.of("grid", "points", "sample");
    private static final Set<String> PARSED_ONLY = Set.of("gui", "analyze", "broker", "worker", "resend");

    @TempDir
    Path dir;

    /** A fenced block: its file, line, language and text. */
    record Block(Path file, int line, String language, String text) {
        @Override
        public String toString() {
            return ROOT.relativize(file) + ":" + line;
        }
    }

    static List<Block> blocks() throws IOException {
        List<Path> files = new ArrayList<>();
        files.add(ROOT.resolve("README.md"));
        try (Stream<Path> docs = Files.walk(ROOT.resolve("docs"))) {
            docs.filter(p -> p.toString().endsWith(".md")).sorted().forEach(files::add);
        }
        List<Block> blocks = new ArrayList<>();
        for (Path file : files) {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                // a block marked "<!-- example: NAME -->" belongs to the worked example of a new family,
                // whose scenario is registered only in AddingAFamilyTest, which checks it word for word
                boolean workedExample = i > 0 && lines.get(i - 1).startsWith("<!-- example:");
                if (lines.get(i).startsWith("```") && lines.get(i).length() > 3 && !workedExample) {
                    int start = i;
                    StringBuilder text = new StringBuilder();
                    while (++i < lines.size() && !lines.get(i).startsWith("```")) {
                        text.append(lines.get(i)).append('\n');
                    }
                    blocks.add(new Block(file, start + 1, lines.get(start).substring(3).strip(), text.toString()));
                }
            }
        }
        return blocks;
    }

    @TestFactory
    Stream<DynamicTest> everyYamlBlockReadsAsAScenarioOrAnExperiment() throws IOException {
        ScenarioCatalog catalog = ScenarioCatalog.installed();
        return blocks().stream().filter(b -> b.language().equals("yaml"))
                .map(block -> DynamicTest.dynamicTest(block.toString(), () -> checkYaml(catalog, block)));
    }

    private static void checkYaml(ScenarioCatalog catalog, Block block) {
        String name = block.toString();
        ConfigNode root = ConfigNode.parseYaml(block.text(), name);
        Set<String> keys = root.fields().keySet();
        if (keys.contains("algorithm")) {
            TrainingFile.parse(root, "example");
            return;
        }
        if (keys.contains("scenario")) {
            boolean experiment = keys.stream().anyMatch(k -> DESIGNS.contains(k) || k.equals("replications") || k.equals("metrics"));
            if (experiment) {
                new ExperimentFile(catalog).parse(root, ROOT.resolve("examples/experiments"), "example");
            } else {
                new ScenarioFile(catalog).parse(root, "example");
            }
            return;
        }
        if (keys.equals(Set.of("interventions"))) {
            for (String item : block.text().lines().filter(l -> l.strip().startsWith("- ")).toList()) {
                readsInSomeHost(catalog, name, "interventions:\n" + item + "\n", false);
            }
            return;
        }
        assertThat(DESIGNS).as(name + ": a YAML block that is neither a scenario, an experiment nor a fragment of one")
                .containsAll(keys);
        readsInSomeHost(catalog, name, block.text(), true);
    }

    private static void readsInSomeHost(ScenarioCatalog catalog, String name, String fragment, boolean experiment) {
        List<String> problems = new ArrayList<>();
        for (String host : experiment ? EXPERIMENT_HOSTS : SCENARIO_HOSTS) {
            String text = host + fragment;
            try {
                ConfigNode root = ConfigNode.parseYaml(text, name);
                if (experiment) {
                    new ExperimentFile(catalog).parse(root, ROOT, "example");
                } else {
                    new ScenarioFile(catalog).parse(root, "example");
                }
                return;
            } catch (BadInputException e) {
                problems.add(e.getMessage());
            }
        }
        throw new AssertionError(name + ": reads in none of the catalog's scenarios: " + problems);
    }

    @TestFactory
    Stream<DynamicTest> everyJsonBlockIsAnEventTheCodecReads() throws IOException {
        EventJsonCodec codec = new EventJsonCodec(EventTypes.installed());
        return blocks().stream().filter(b -> b.language().equals("json"))
                .map(block -> DynamicTest.dynamicTest(block.toString(), () -> {
                    for (String line : block.text().lines().filter(l -> l.startsWith("{\"type\"")).toList()) {
                        assertThat(EventJsonCodec.toJson(codec.decode(line))).isEqualTo(line);
                    }
                }));
    }

    @TestFactory
    Stream<DynamicTest> everyAgoraCommandOfABashBlockParsesAndRuns() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (Block block : blocks()) {
            if (!block.language().equals("bash")) {
                continue;
            }
            String joined = block.text().replace("\\\n", " ");
            int n = 0;
            for (String line : joined.lines().toList()) {
                String command = withoutComment(line).strip();
                if (command.endsWith("&")) {
                    command = command.substring(0, command.length() - 1).strip();
                }
                if (command.startsWith("./agora ")) {
                    List<String> args = words(command.substring("./agora ".length()));
                    tests.add(DynamicTest.dynamicTest(block + " #" + (++n) + ": " + command, () -> check(args)));
                }
            }
        }
        return tests.stream();
    }

    private void check(List<String> written) throws IOException {
        List<String> args = new ArrayList<>();
        for (String arg : written) {
            args.add(!arg.startsWith("-") && arg.contains("/") && Files.exists(ROOT.resolve(arg)) ? ROOT.resolve(arg).toString() : arg);
        }
        StringWriter err = new StringWriter();
        if (args.stream().anyMatch(a -> a.startsWith("[") || a.startsWith("<"))) {
            return;
        }
        CommandLine commandLine = Agora.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(err));
        commandLine.parseArgs(args.toArray(String[]::new));
        String name = args.get(0);
        boolean placeholders = args.stream().anyMatch(a -> a.matches(".*\\b[A-Z][A-Z-]{2,}\\b.*") || a.startsWith("runs/x"));
        // a policy that a training shown beside it would write (the trainings are checked with --dry-run)
        boolean trainedHere = args.stream().anyMatch(a -> a.startsWith("model=runs/") || a.matches("runs/.*/policy\\.json"));
        boolean needsAService = args.contains("--kafka") || args.stream().anyMatch(a -> a.contains("-llm"));
        if (placeholders || trainedHere || PARSED_ONLY.contains(name) || needsAService) {
            return;
        }
        List<String> executed = new ArrayList<>(args);
        if (name.equals("run")) {
            if (!args.contains("--until") && ScenarioCatalog.installed().resolve(args.get(1)).scenario().roundLength() == 0) {
                executed.addAll(List.of("--until", "2"));
            }
            executed.addAll(List.of("--out", Files.createTempDirectory(dir, "run").resolve("r").toString()));
        } else if ((name.equals("sweep") || name.equals("train")) && !args.contains("--dry-run")) {
            // a sweep or a training is checked as its file is read; TrainCommandTest and the sweep tests run them
            executed.add("--dry-run");
        }
        int status = Agora.execute(executed.toArray(String[]::new), new PrintWriter(new StringWriter()), new PrintWriter(err, true));
        assertThat(status).as(String.join(" ", executed) + ": " + err).isZero();
    }

    private static String withoutComment(String line) {
        boolean quoted = false;
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c == '\'' || c == '"') {
                quoted = !quoted;
            } else if (c == '#' && !quoted && (i == 0 || Character.isWhitespace(line.charAt(i - 1)))) {
                return line.substring(0, i);
            }
        }
        return line;
    }

    /** Splits a command as a shell does for the simple quoting the docs use. */
    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        char quote = 0;
        boolean inWord = false;
        for (char c : text.toCharArray()) {
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                } else {
                    word.append(c);
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
                inWord = true;
            } else if (Character.isWhitespace(c)) {
                if (inWord) {
                    words.add(word.toString());
                    word.setLength(0);
                    inWord = false;
                }
            } else {
                word.append(c);
                inWord = true;
            }
        }
        if (inWord) {
            words.add(word.toString());
        }
        return words;
    }
}

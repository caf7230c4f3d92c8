package org.agora.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.agora.agents.commons.events.CommonsCollapsed;
import org.agora.agents.commons.events.HarvestAllocated;
import org.agora.agents.commons.events.PoolHarvested;
import org.agora.agents.llm.ChatServer;
import org.agora.agents.llm.Embeddings;
import org.agora.agents.llm.LanguageModelCalled;
import org.agora.core.config.ConfigNode;
import org.agora.core.run.Simulation;
import org.agora.core.scenario.ScenarioCatalog;
import org.agora.core.scenario.ScenarioFile;
import org.agora.core.sink.MemorySink;

/**
 * GovSim's own code (the study's fishing run, persona_v3 agents, run unchanged by
 * {@code peer/govsim/govsim_peer.py}) and Agora's language-model members, one after the other
 * against the same test chat server on 127.0.0.1 answering by {@link GovSimPeerRule}: per month
 * the pool, each member's catch, whether the lake collapsed, calls and tokens (as the server
 * counts them: a quarter of the characters); per run the months survived and the wall time (the
 * study's: from building its models to the end of its run, imports excluded; Agora's: the run,
 * the embedding model loaded beforehand). Baseline, no communication and universalization, {@code
 * AGORA_GOVSIM_MONTHS} months (default 12), {@code AGORA_GOVSIM_REPEATS} runs of each (default 3,
 * medians reported; the months are the same every run); the server answers after {@code
 * AGORA_GOVSIM_DELAY_MS} (default 0), to see the wall time against a model's latency.
 *
 * <p>Needs {@code AGORA_GOVSIM_DIR}, a checkout of github.com/giorgiopiatti/GovSim (1d11adf) with
 * its pathfinder submodule (PathFinder at 69b8d64) in {@code pathfinder/}, and Debian's
 * {@code python3-numpy python3-pandas python3-torch python3-omegaconf python3-backoff python3-regex
 * python3-pygtrie} for {@code /usr/bin/python3} ({@code AGORA_STUDY_PYTHON} names another);
 * without them it says what is missing and is skipped.
 */
public final class GovSimPeerComparison implements Comparison {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> NAMES = List.of("John", "Kate", "Jack", "Emma", "Luke");
    private static final List<String> VARIANTS = List.of("baseline", "no-communication", "universalization");
    /** Agora's parameters for each variant of GovSim's experiments. */
    private static final Map<String, String> PARAMETERS = Map.of("baseline", "", "no-communication",
            "parameters: {communication: false}\n", "universalization", "parameters: {universalization: true}\n");
    private static final String[] SCRIPTS = {"govsim_peer.py", "stand_ins.py"};

    @Override
    public String name() {
        return "GovSimPeer";
    }

    @Override
    public List<String> run() throws Exception {
        String python = PeerPython.env("AGORA_STUDY_PYTHON", "/usr/bin/python3");
        String missing = missingPython(python);
        if (missing != null) {
            return List.of("GovSim's code needs " + missing + " (`apt-get install -y python3-numpy python3-pandas "
                    + "python3-torch python3-omegaconf python3-backoff python3-regex python3-pygtrie`): comparison skipped");
        }
        String govsim = System.getenv("AGORA_GOVSIM_DIR");
        if (govsim == null || !Files.isRegularFile(Path.of(govsim, "simulation", "scenarios", "fishing", "run.py"))
                || !Files.isRegularFile(Path.of(govsim, "pathfinder", "pathfinder", "api.py"))) {
            return List.of("GovSim's code is not given: AGORA_GOVSIM_DIR must name a checkout of https://github.com/giorgiopiatti/GovSim "
                    + "(1d11adf) with its pathfinder submodule checked out; comparison skipped");
        }
        int months = Integer.parseInt(PeerPython.env("AGORA_GOVSIM_MONTHS", "12"));
        int repeats = Integer.parseInt(PeerPython.env("AGORA_GOVSIM_REPEATS", "3"));
        long delayMillis = Long.parseLong(PeerPython.env("AGORA_GOVSIM_DELAY_MS", "0"));
        Path work = harness();
        Embeddings.of("warm up the embedding model");
        List<String> lines = new ArrayList<>();
        lines.add("GovSim (1d11adf, persona_v3, its code unchanged) and Agora's llm members against one test server answering by "
                + "GovSimPeerRule after " + delayMillis + " ms; " + months + " months, " + repeats + " runs of each; the rule's "
                + "answers are deterministic, so only the wall times vary between runs");
        try {
            try (ChatServer server = ChatServer.start().rule(GovSimPeerRule::answer).delay(delayMillis)) {
                for (String variant : VARIANTS) {
                    Side study = null;
                    Side agora = null;
                    double[] studySeconds = new double[repeats];
                    double[] agoraSeconds = new double[repeats];
                    for (int r = 0; r < repeats; r++) {
                        study = study(python, work, Path.of(govsim), server.baseUrl(), variant, months, r);
                        agora = agora(server.baseUrl(), variant, months);
                        studySeconds[r] = study.seconds;
                        agoraSeconds[r] = agora.seconds;
                    }
                    lines.addAll(table(variant, study, agora, studySeconds, agoraSeconds));
                }
            }
        } finally {
            deleteTree(work);
        }
        return lines;
    }

    /** A new folder holding the harness's scripts, copied from the test resources. */
    static Path harness() throws IOException {
        Path work = Files.createTempDirectory("govsim-peer");
        for (String script : SCRIPTS) {
            try (InputStream in = GovSimPeerComparison.class.getResourceAsStream("/peer/govsim/" + script)) {
                Files.write(work.resolve(script), in.readAllBytes());
            }
        }
        return work;
    }

    /** Deletes the harness's folder and the study's output in it. */
    static void deleteTree(Path folder) throws IOException {
        try (var paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }

    /** What one side did, month by month. */
    static final class Side {
        final Map<Integer, long[]> pool = new TreeMap<>();
        final Map<Integer, int[]> caught = new TreeMap<>();
        final Map<Integer, long[]> calls = new TreeMap<>();
        int collapsedIn;
        double seconds;
        /** GovSim: calls whose exception its model wrapper turned into a default value; Agora: re-asks after an unreadable answer. */
        long fallbacks;
        /** Calls by the step they served (GovSim: its logger's chain name; Agora: the call's purpose). */
        final Map<String, Long> callsByStep = new TreeMap<>();

        long[] callsOf(int month) {
            return calls.computeIfAbsent(month, m -> new long[3]);
        }
    }

    /** One run of GovSim's fishing run by the harness in {@code work}, against {@code baseUrl}. */
    static Side study(String python, Path work, Path govsim, String baseUrl, String variant, int months, int run)
            throws IOException, InterruptedException {
        List<String> command = List.of(python, work.resolve("govsim_peer.py").toString(), "--govsim", govsim.toString(),
                "--base-url", baseUrl, "--variant", variant, "--months", Integer.toString(months),
                "--out", work.resolve(variant + "-" + run).toString());
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int status = process.waitFor();
        Side side = new Side();
        boolean ended = false;
        for (String line : output.lines().filter(l -> l.startsWith("{")).toList()) {
            JsonNode node = JSON.readTree(line);
            if (node.has("month")) {
                int month = node.get("month").asInt();
                side.pool.put(month, new long[] {node.get("pool").asLong(), node.get("after").asLong()});
                int[] caught = new int[NAMES.size()];
                for (int i = 0; i < NAMES.size(); i++) {
                    caught[i] = node.get("catch").path(NAMES.get(i)).asInt();
                }
                side.caught.put(month, caught);
                side.calls.put(month, new long[] {node.get("calls").asLong(), node.get("prompt_tokens").asLong(),
                        node.get("completion_tokens").asLong()});
                if (node.get("collapsed").asBoolean()) {
                    side.collapsedIn = month;
                }
            } else if (node.has("run")) {
                side.seconds = node.get("seconds").asDouble();
                side.fallbacks = node.get("fallbacks").asLong();
                node.get("calls_by_step").fields().forEachRemaining(step -> side.callsByStep.put(step.getKey(), step.getValue().asLong()));
                ended = true;
            }
        }
        if (status != 0 || !ended) {
            throw new IllegalStateException("GovSim's run failed (exit " + status + "): " + output);
        }
        return side;
    }

    /** One run of Agora's fishery of five llm members against {@code baseUrl}. */
    static Side agora(String baseUrl, String variant, int months) {
        String yaml = "scenario: govsim-fishery\nuntil: " + months + " months\n"
                + PARAMETERS.get(variant)
                + "population:\n  - {kind: llm, count: 5, model: peer-model}\n"
                + "llm:\n  endpoint: " + baseUrl + "\n  cacheMode: off\n";
        MemorySink events = new MemorySink();
        long start = System.nanoTime();
        Simulation.of(new ScenarioFile(ScenarioCatalog.installed()).parse(ConfigNode.parseYaml(yaml, "peer.yaml"), "peer"), events)
                .runToEnd();
        Side side = new Side();
        side.seconds = (System.nanoTime() - start) / 1e9;
        for (PoolHarvested harvest : events.ofType(PoolHarvested.class)) {
            side.pool.put(harvest.round(), new long[] {harvest.stock(), harvest.remaining()});
        }
        for (HarvestAllocated allocated : events.ofType(HarvestAllocated.class)) {
            int member = Integer.parseInt(allocated.header().source().replaceAll("\\D", ""));
            side.caught.computeIfAbsent(allocated.round(), m -> new int[NAMES.size()])[member] = allocated.taken();
        }
        for (LanguageModelCalled call : events.ofType(LanguageModelCalled.class)) {
            long[] month = side.callsOf(call.round());
            month[0]++;
            month[1] += call.promptTokens();
            month[2] += call.completionTokens();
            side.fallbacks += call.sample() > 0 ? 1 : 0;
            side.callsByStep.merge(call.purpose().word(), 1L, Long::sum);
        }
        for (CommonsCollapsed collapse : events.ofType(CommonsCollapsed.class)) {
            side.collapsedIn = collapse.round();
        }
        return side;
    }

    private static List<String> table(String variant, Side study, Side agora, double[] studySeconds, double[] agoraSeconds) {
        List<String> lines = new ArrayList<>();
        lines.add("");
        lines.add("### " + variant + " (each cell: GovSim / Agora)");
        lines.add("| month | pool before → after | " + String.join(" | ", NAMES) + " | collapsed | calls | prompt tokens | completion tokens |");
        lines.add("|---" .repeat(NAMES.size() + 6) + "|");
        int last = Math.max(study.pool.keySet().stream().mapToInt(i -> i).max().orElse(0),
                agora.pool.keySet().stream().mapToInt(i -> i).max().orElse(0));
        for (int month = 1; month <= last; month++) {
            StringBuilder row = new StringBuilder("| " + month + " | " + pool(study, month) + " / " + pool(agora, month));
            for (int i = 0; i < NAMES.size(); i++) {
                row.append(" | ").append(caught(study, month, i)).append(" / ").append(caught(agora, month, i));
            }
            row.append(" | ").append(study.collapsedIn == month ? "yes" : "no").append(" / ").append(agora.collapsedIn == month ? "yes" : "no");
            for (int k = 0; k < 3; k++) {
                row.append(" | ").append(study.callsOf(month)[k]).append(" / ").append(agora.callsOf(month)[k]);
            }
            lines.add(row.append(" |").toString());
        }
        lines.add(String.format(Locale.ROOT, "%s: months survived %d / %d; calls %d / %d; tokens in %d / %d, out %d / %d; calls answered"
                + " by a fallback (GovSim's default value) / re-asked (Agora) %d / %d; wall time per run median %.2f s (runs %s) / %.2f s"
                + " (runs %s)", variant, survived(study), survived(agora), total(study, 0), total(agora, 0), total(study, 1), total(agora, 1),
                total(study, 2), total(agora, 2), study.fallbacks, agora.fallbacks, Bench.medianOf(studySeconds),
                seconds(studySeconds), Bench.medianOf(agoraSeconds), seconds(agoraSeconds)));
        lines.add("calls by step, GovSim: " + study.callsByStep + "; Agora: " + agora.callsByStep);
        return lines;
    }

    private static String seconds(double[] values) {
        return Arrays.stream(values).mapToObj(v -> String.format(Locale.ROOT, "%.2f", v)).toList().toString();
    }

    private static String pool(Side side, int month) {
        long[] pool = side.pool.get(month);
        return pool == null ? "—" : pool[0] + " → " + pool[1];
    }

    private static String caught(Side side, int month, int member) {
        int[] caught = side.caught.get(month);
        return caught == null ? "—" : Integer.toString(caught[member]);
    }

    private static int survived(Side side) {
        return side.collapsedIn > 0 ? side.collapsedIn : side.pool.size();
    }

    private static long total(Side side, int index) {
        return side.calls.values().stream().mapToLong(month -> month[index]).sum();
    }

    /** What {@code python} lacks to run GovSim's code, or null. */
    static String missingPython(String python) {
        return PeerPython.missing(python, "numpy", "pandas", "torch", "omegaconf", "backoff", "regex", "pygtrie", "jinja2");
    }
}

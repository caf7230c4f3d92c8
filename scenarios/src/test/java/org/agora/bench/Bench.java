package org.agora.bench;

import java.io.IOException;
import java.lang.reflect.Method;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs the benchmarks whose class (or comparison) name matches a pattern and prints one report:
 * per benchmark the median of its measurement iterations, the spread, the ratio to the
 * {@code reference…} methods of its class with the same parameters, and its {@link Goal}.
 * The report also goes to {@code target/bench/report.md}.
 */
public final class Bench {

    private Bench() {
    }

    public static void main(String[] args) throws Exception {
        String pattern = args.length > 0 ? args[0] : ".*";
        List<String> report = new ArrayList<>();
        report.add("# Agora benchmarks (" + pattern + ") on " + Runtime.getRuntime().availableProcessors()
                + " cores, Java " + System.getProperty("java.version"));
        boolean ranSomething = false;
        Pattern jmhPattern = Pattern.compile("org\\.agora\\.bench\\.\\w*(?:" + pattern + ")\\w*\\.");
        List<String> expected = jmhBenchmarks(jmhPattern);
        if (!expected.isEmpty()) {
            report.addAll(jmh(jmhPattern.pattern(), expected));
            ranSomething = true;
        }
        Pattern comparisonPattern = Pattern.compile(pattern);
        for (Comparison comparison : ServiceLoader.load(Comparison.class)) {
            if (comparisonPattern.matcher(comparison.name()).find()) {
                report.add("");
                report.add("## " + comparison.name());
                report.addAll(comparison.run());
                ranSomething = true;
            }
        }
        if (!ranSomething) {
            System.err.println("bench: no benchmark matches '" + pattern + "'");
            System.exit(2);
        }
        Path out = Path.of("target", "bench", "report.md");
        Files.createDirectories(out.getParent());
        Files.write(out, report);
        System.out.println();
        report.forEach(System.out::println);
    }

    /** The JMH benchmarks (class.method) matching the pattern. */
    private static List<String> jmhBenchmarks(Pattern pattern) throws IOException {
        try (var in = Bench.class.getResourceAsStream("/META-INF/BenchmarkList")) {
            if (in == null) {
                return List.of();
            }
            // Each line lists, among other tokens, the benchmark's class (4th) and method (10th).
            return new String(in.readAllBytes()).lines()
                    .map(line -> line.split(" "))
                    .filter(tokens -> tokens.length > 9)
                    .map(tokens -> tokens[3] + "." + tokens[9])
                    .filter(name -> pattern.matcher(name).find())
                    .sorted()
                    .toList();
        }
    }

    private static List<String> jmh(String include, List<String> expected) throws RunnerException, ClassNotFoundException {
        Collection<RunResult> results = new Runner(new OptionsBuilder().include(include).build()).run();
        List<String> failed = new ArrayList<>(expected);
        results.forEach(result -> failed.remove(result.getParams().getBenchmark()));
        Map<String, List<RunResult>> byClass = new TreeMap<>();
        for (RunResult result : results) {
            String benchmark = result.getParams().getBenchmark();
            byClass.computeIfAbsent(benchmark.substring(0, benchmark.lastIndexOf('.')), k -> new ArrayList<>()).add(result);
        }
        List<String> lines = new ArrayList<>();
        for (Map.Entry<String, List<RunResult>> entry : byClass.entrySet()) {
            lines.add("");
            lines.add("## " + entry.getKey().substring(entry.getKey().lastIndexOf('.') + 1));
            lines.add("| benchmark | parameters | median | unit | min … max | ratio to reference | goal |");
            lines.add("|---|---|---|---|---|---|---|");
            Class<?> type = Class.forName(entry.getKey());
            Map<String, Double> references = new LinkedHashMap<>();
            for (RunResult result : entry.getValue()) {
                if (method(result).startsWith("reference")) {
                    references.put(parameters(result.getParams()), median(result));
                }
            }
            for (RunResult result : entry.getValue()) {
                lines.add(row(type, result, references));
            }
        }
        for (String benchmark : failed) {
            lines.add("");
            lines.add("**" + benchmark + ": FAILED, no result** (its error is in the log above)");
        }
        return lines;
    }

    private static String row(Class<?> type, RunResult result, Map<String, Double> references) {
        double[] scores = scores(result);
        double median = median(result);
        String parameters = parameters(result.getParams());
        Double reference = references.get(parameters);
        boolean isReference = method(result).startsWith("reference");
        String ratio = reference == null || isReference ? "" : String.format(Locale.ROOT, "%.2f", median / reference);
        String goal = "";
        Goal declared = goalOf(type, method(result));
        if (declared != null) {
            boolean met = true;
            if (declared.minRatio() > 0) {
                met = reference != null && median / reference >= declared.minRatio();
            }
            if (declared.minScore() > 0) {
                met &= median >= declared.minScore();
            }
            if (declared.maxScore() > 0) {
                met &= median <= declared.maxScore();
            }
            goal = declared.text() + (met ? ": met" : ": MISSED");
        }
        return String.format(Locale.ROOT, "| %s | %s | %s | %s | %s … %s | %s | %s |", method(result), parameters,
                number(median), result.getPrimaryResult().getScoreUnit(), number(scores[0]),
                number(scores[scores.length - 1]), ratio, goal);
    }

    private static Goal goalOf(Class<?> type, String method) {
        for (Method candidate : type.getMethods()) {
            if (candidate.getName().equals(method)) {
                return candidate.getAnnotation(Goal.class);
            }
        }
        return null;
    }

    private static String method(RunResult result) {
        String benchmark = result.getParams().getBenchmark();
        return benchmark.substring(benchmark.lastIndexOf('.') + 1);
    }

    private static String parameters(BenchmarkParams params) {
        List<String> parts = new ArrayList<>();
        for (String key : params.getParamsKeys()) {
            parts.add(key + "=" + params.getParam(key));
        }
        return String.join(", ", parts);
    }

    /** The scores of the measurement iterations of every fork, sorted. */
    static double[] scores(RunResult result) {
        List<Double> all = new ArrayList<>();
        for (BenchmarkResult fork : result.getBenchmarkResults()) {
            for (IterationResult iteration : fork.getIterationResults()) {
                all.add(iteration.getPrimaryResult().getScore());
            }
        }
        double[] scores = all.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(scores);
        return scores;
    }

    static double median(RunResult result) {
        return median(scores(result));
    }

    /** The median of sorted values. */
    public static double median(double[] sorted) {
        int n = sorted.length;
        return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
    }

    /** The median of values in any order. */
    static double medianOf(double[] values) {
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return median(sorted);
    }

    /** Values rounded to whole numbers, for a report's list of runs. */
    static long[] rounded(double[] values) {
        return Arrays.stream(values).mapToLong(Math::round).toArray();
    }

    /** A number with three significant digits and thousands separators. */
    public static String number(double value) {
        if (Math.abs(value) >= 1000) {
            return String.format(Locale.ROOT, "%,.0f", value);
        }
        return String.format(Locale.ROOT, "%.3g", value);
    }
}

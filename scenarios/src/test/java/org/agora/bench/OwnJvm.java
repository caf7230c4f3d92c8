package org.agora.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Runs a measurement in a JVM of its own, as JMH forks do: the JIT compiles a model's calls for
 * the classes that JVM has seen, so a measurement after other workloads in the same JVM measures
 * them too. The new JVM gets the Bench JVM's options (the launcher's collector) and a heap of
 * fixed size (a heap that grows during a measurement makes the thread fault in fresh pages, and
 * the faults count as its CPU time). The measuring class's {@code main} prints one line starting
 * with {@link #RESULT}.
 */
final class OwnJvm {

    /** The start of the line that carries a measurement's figures. */
    static final String RESULT = "result ";

    private OwnJvm() {
    }

    /** Runs {@code main.main(arguments)} in a new JVM; returns the fields of its first result line. */
    static String[] run(Class<?> main, List<String> arguments) throws IOException, InterruptedException {
        return results(main, arguments).get(0).split(" ");
    }

    /** Runs {@code main.main(arguments)} in a new JVM; returns its result lines, without {@link #RESULT}. */
    static List<String> results(Class<?> main, List<String> arguments) throws IOException, InterruptedException {
        Process process = start(main, arguments);
        List<String> output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        List<String> results = output.stream().filter(line -> line.startsWith(RESULT))
                .map(line -> line.substring(RESULT.length())).toList();
        if (process.waitFor() != 0 || results.isEmpty()) {
            throw new IllegalStateException(main.getSimpleName() + " " + arguments + " failed in its JVM:\n"
                    + String.join("\n", output));
        }
        return results;
    }

    /**
     * Starts {@code main.main(arguments)} in a new JVM with the Bench JVM's options and a 1 GB heap;
     * its standard error goes into its standard output.
     */
    static Process start(Class<?> main, List<String> arguments) throws IOException {
        return start(main, List.of(), arguments);
    }

    /** As {@link #start(Class, List)}, with these JVM options added. */
    static Process start(Class<?> main, List<String> jvmOptions, List<String> arguments) throws IOException {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(ManagementFactory.getRuntimeMXBean().getInputArguments());
        command.addAll(jvmOptions);
        command.addAll(List.of("-Xms1g", "-Xmx1g", "-cp", System.getProperty("java.class.path"), main.getName()));
        command.addAll(arguments);
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    /** Prints a result line (in the measuring JVM). */
    static void print(Object... fields) {
        System.out.println(RESULT + String.join(" ", Arrays.stream(fields).map(String::valueOf).toList()));
    }

    /** Rates as one field. */
    static String joined(double[] values) {
        return String.join(",", Arrays.stream(values).mapToObj(v -> String.format(Locale.ROOT, "%.1f", v)).toList());
    }

    /** One field back as rates. */
    static double[] rates(String field) {
        return Arrays.stream(field.split(",")).mapToDouble(Double::parseDouble).toArray();
    }
}

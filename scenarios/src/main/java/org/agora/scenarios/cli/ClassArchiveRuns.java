package org.agora.scenarios.cli;

import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The short commands {@code ./agora} makes its class-data archive from (the JDK's CDS: the classes
 * they load are listed with {@code -XX:DumpLoadedClassList}, then dumped with {@code -Xshare:dump}):
 * the catalog's listing and one scenario of each family, one after the other in this JVM, so that
 * the archive holds the classes of every family and later commands of any family start from it.
 * Their output is dropped; their run directories go under the directory given.
 *
 * <p>Usage: {@code ClassArchiveRuns DIR}. Exit status 0 when every command succeeded, else the
 * first failure's. Threading: the calling thread.
 */
public final class ClassArchiveRuns {

    /** The commands, runs without {@code --out}; runs that would take seconds are cut short. */
    static final List<List<String>> COMMANDS = List.of(
            List.of("list"),
            List.of("run", "govsim-fishery"),
            List.of("run", "v2x-merge-hard", "--until", "20"),
            List.of("run", "smallcell-market", "--until", "5"));

    private ClassArchiveRuns() {
    }

    public static void main(String[] args) {
        System.setProperty("java.awt.headless", "true");
        if (args.length != 1) {
            System.err.println("usage: ClassArchiveRuns DIR");
            System.exit(Agora.BAD_INPUT);
        }
        System.exit(run(Path.of(args[0])));
    }

    /** Runs every command, runs into numbered directories under {@code directory}; the first failure's status, or 0. */
    static int run(Path directory) {
        PrintWriter nowhere = new PrintWriter(Writer.nullWriter());
        int first = 0;
        for (int i = 0; i < COMMANDS.size(); i++) {
            List<String> args = new ArrayList<>(COMMANDS.get(i));
            if (args.get(0).equals("run")) {
                args.addAll(List.of("--out", directory.resolve("run-" + i).toString()));
            }
            int status = Agora.execute(args.toArray(String[]::new), nowhere, nowhere);
            if (first == 0) {
                first = status;
            }
        }
        return first;
    }
}

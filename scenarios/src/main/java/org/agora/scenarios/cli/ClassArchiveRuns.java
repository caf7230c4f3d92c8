package org.agora.scenarios.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The short commands {@code ./agora} makes its class-data archive from (the JDK's CDS: the classes
 * they load are listed with {@code -XX:DumpLoadedClassList}, then dumped with {@code -Xshare:dump}):
 * the catalog's listing and one scenario of each family, one after the other in this JVM, so that
 * the archive holds the classes of every family and later commands of any family start from it;
 * then two months of a society of language-model members against a {@link RehearsalEndpoint}
 * (which needs no model), with a response cache and memories ranked by the embedding model, so that
 * the first run of a language-model scenario starts from the archive too. Their output is dropped;
 * their run directories go under the directory given.
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

    /** The language-model society's run directory under the directory given, and its scenario file. */
    static final String LANGUAGE_MODEL_RUN = "run-llm";
    static final String LANGUAGE_MODEL_SCENARIO = "llm-rehearsal.yaml";

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
        int society = runLanguageModelSociety(directory, nowhere);
        return first != 0 ? first : society;
    }

    /**
     * Two months of three language-model members of the fishery against a rehearsal endpoint: every
     * phase of a month (act, report, meeting, summary, limit, reflection), a read-write cache, and
     * two memories recalled a prompt so that retrieval ranks by the embedding model.
     */
    private static int runLanguageModelSociety(Path directory, PrintWriter nowhere) {
        try (RehearsalEndpoint endpoint = RehearsalEndpoint.start()) {
            Path scenario = directory.resolve(LANGUAGE_MODEL_SCENARIO);
            Files.writeString(scenario, String.join("\n",
                    "scenario: govsim-fishery",
                    "until: 2 months",
                    "population:",
                    "  - {kind: llm, count: 3, model: rehearsal}",
                    "llm:",
                    "  endpoint: " + endpoint.url(),
                    "  cache: '" + directory.resolve("llm-cache").toString().replace("'", "''") + "'",
                    "  memories: 2",
                    ""));
            return Agora.execute(new String[] {"run", scenario.toString(), "--out", directory.resolve(LANGUAGE_MODEL_RUN).toString()},
                    nowhere, nowhere);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot rehearse a language-model society in " + directory, e);
        }
    }
}

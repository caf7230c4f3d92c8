package org.agora.scenarios.cli;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;
import org.agora.core.config.BadInputException;
import org.agora.core.run.IoFailure;
import org.agora.core.run.Versions;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code agora} command line. Exit status: 0 done, 1 the run failed, 2 bad input (one line on
 * stderr naming the file, line and key; never a stack trace).
 */
@Command(name = "agora", mixinStandardHelpOptions = true, versionProvider = Agora.Version.class,
        description = "Agora: event-driven multi-agent simulations of societies that share something scarce.")
public final class Agora {

    /** The built-in subcommands, in the order the usage help lists them; installed ones (plugins) follow, by name. */
    static final List<Class<?>> COMMANDS = List.of(ListCommand.class, DescribeCommand.class,
            ValidateCommand.class, RunCommand.class, BrokerCommand.class, ResendCommand.class, SweepCommand.class,
            WorkerCommand.class, TrainCommand.class, EvaluateCommand.class);

    /** Exit status of a run that failed. */
    public static final int FAILED = 1;
    /** Exit status of bad input. */
    public static final int BAD_INPUT = 2;

    public static void main(String[] args) {
        if (args.length == 0 || !args[0].equals("gui")) {
            System.setProperty("java.awt.headless", "true");
        }
        System.exit(execute(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
    }

    /**
     * Runs the command line with these streams; returns the exit status. A command naming a
     * subcommand first gets a command line with that subcommand alone: picocli reads every
     * subcommand's options when it is added, about 0.1 s for all of them at a JVM's start
     * (docs/benchmarks.md, "One subcommand per command line"); help, the version and a name that is
     * no subcommand get them all.
     */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return commandLine(args.length > 0 ? args[0] : null, out, err).execute(args);
    }

    /** The configured command line, with every installed subcommand. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        return commandLine(null, out, err);
    }

    /**
     * The configured command line with the subcommand named {@code name} alone, or with every
     * installed subcommand when {@code name} is null or names none.
     */
    static CommandLine commandLine(String name, PrintWriter out, PrintWriter err) {
        List<Object> commands = new ArrayList<>();
        for (Class<?> command : COMMANDS) {
            if (name == null || name(command).equals(name)) {
                commands.add(command);
            }
        }
        // Installed subcommands are chosen by their classes' annotations, so the others are not even made.
        ServiceLoader.load(Subcommand.class).stream()
                .filter(plugin -> name == null || name(plugin.type()).equals(name))
                .sorted(Comparator.comparing(plugin -> name(plugin.type())))
                .forEach(plugin -> commands.add(plugin.get()));
        if (commands.isEmpty()) {
            return commandLine(null, out, err);
        }
        CommandLine commandLine = new CommandLine(new Agora());
        for (Object command : commands) {
            commandLine.addSubcommand(command);
        }
        commandLine.setUsageHelpAutoWidth(true);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler(Agora::badArguments);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> failure(e, cmd));
        return commandLine;
    }

    /** A subcommand's name, as its {@code @Command} annotation gives it. */
    private static String name(Class<?> command) {
        Command annotation = command.getAnnotation(Command.class);
        if (annotation == null) {
            throw new IllegalStateException(command.getName() + " is a subcommand without @Command");
        }
        return annotation.name();
    }

    private static int badArguments(CommandLine.ParameterException e, String[] args) {
        CommandLine command = e.getCommandLine();
        String message = e.getMessage();
        if (e instanceof CommandLine.UnmatchedArgumentException unmatched && !unmatched.getSuggestions().isEmpty()) {
            message = message + " (did you mean '" + unmatched.getSuggestions().get(0) + "'?)";
        }
        command.getErr().println(prefix(command) + oneLine(message) + "; see '" + command.getCommandSpec().qualifiedName() + " --help'");
        return BAD_INPUT;
    }

    private static int failure(Exception e, CommandLine command) {
        if (e instanceof BadInputException) {
            command.getErr().println(prefix(command) + oneLine(e.getMessage()));
            return BAD_INPUT;
        }
        String fullDisk = IoFailure.fullDiskCause(e);
        if (fullDisk != null) {
            // the machine's failure, not Agora's: what could not be written and why, and what to do
            String what = oneLine(e.getMessage());
            command.getErr().println(prefix(command) + "failed: " + what + (what.contains(fullDisk) ? "" : " (" + fullDisk + ")")
                    + "; make room and run the same command again");
            return FAILED;
        }
        command.getErr().println(prefix(command) + "internal error: " + e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + oneLine(e.getMessage())));
        return FAILED;
    }

    private static String prefix(CommandLine command) {
        return command.getCommandSpec().qualifiedName() + ": ";
    }

    static String oneLine(String message) {
        return message == null ? "" : message.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    /** The version line: Agora's, MASON's and Java's. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"agora " + Versions.agora() + " (MASON " + Versions.mason() + ", Java " + Versions.java() + ")"};
        }
    }
}

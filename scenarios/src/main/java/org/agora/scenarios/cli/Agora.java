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
        description = "Agora: event-driven multi-agent simulations of societies that share something scarce.",
        subcommands = {ListCommand.class, DescribeCommand.class, ValidateCommand.class, RunCommand.class,
            BrokerCommand.class, ResendCommand.class, SweepCommand.class, WorkerCommand.class, TrainCommand.class,
            EvaluateCommand.class})
public final class Agora {

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

    /** Runs the command line with these streams; returns the exit status. */
    public static int execute(String[] args, PrintWriter out, PrintWriter err) {
        return commandLine(out, err).execute(args);
    }

    /** The configured command line, with every installed subcommand. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine commandLine = new CommandLine(new Agora());
        List<Subcommand> plugins = new ArrayList<>();
        ServiceLoader.load(Subcommand.class).forEach(plugins::add);
        plugins.sort(Comparator.comparing(p -> new CommandLine(p).getCommandName()));
        for (Subcommand plugin : plugins) {
            commandLine.addSubcommand(plugin);
        }
        commandLine.setUsageHelpAutoWidth(true);
        commandLine.setOut(out);
        commandLine.setErr(err);
        commandLine.setParameterExceptionHandler(Agora::badArguments);
        commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> failure(e, cmd));
        return commandLine;
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

package org.agora.scenarios.cli;

import java.util.Stack;
import org.agora.core.config.BadInputException;
import org.agora.core.config.ConfigNode;
import org.agora.core.config.SimTime;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Reads {@code --until TIME} as the help writes it, quoted ({@code --until '12 months'}) or not
 * ({@code --until 12 months}): a number followed by a separate word that is a time unit is one value.
 */
public final class UntilConsumer implements CommandLine.IParameterConsumer {

    @Override
    public void consumeParameters(Stack<String> args, ArgSpec argSpec, CommandSpec commandSpec) {
        if (args.isEmpty()) {
            throw new CommandLine.MissingParameterException(commandSpec.commandLine(), argSpec,
                    "Missing required parameter for option '--until' (TIME)");
        }
        String value = args.pop();
        if (!args.isEmpty() && isNumber(value) && isUnit(args.peek())) {
            value = value + " " + args.pop();
        }
        argSpec.setValue(value);
    }

    private static boolean isNumber(String text) {
        try {
            Double.parseDouble(text.replace("_", ""));
            return true;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean isUnit(String word) {
        if (word.isEmpty() || !Character.isLetter(word.charAt(0))) {
            return false;
        }
        try {
            SimTime.seconds(ConfigNode.text("1 " + word, "--until", null));
            return true;
        } catch (BadInputException e) {
            return false;
        }
    }
}

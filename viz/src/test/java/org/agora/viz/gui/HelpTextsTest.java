package org.agora.viz.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.agora.scenarios.cli.Agora;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * Every command's help (here, where gui and analyze are installed too) is written in whole
 * sentences: picocli prints each element of a description on a line of its own, so an element
 * that ends mid-sentence shows as a sentence cut in two.
 */
class HelpTextsTest {

    @Test
    void everyDescriptionLineIsAWholeSentenceOrPhrase() {
        CommandLine root = Agora.commandLine(new PrintWriter(new StringWriter()), new PrintWriter(new StringWriter()));
        List<String> cut = new ArrayList<>();
        for (CommandLine command : root.getSubcommands().values()) {
            CommandSpec spec = command.getCommandSpec();
            for (String line : spec.usageMessage().description()) {
                if (!line.endsWith(".") && !line.endsWith(")")) {
                    cut.add(spec.qualifiedName() + ": \"" + line + "\"");
                }
            }
            for (ArgSpec arg : spec.args()) {
                String[] lines = arg.description();
                String last = lines.length == 0 ? "" : lines[lines.length - 1].strip();
                if (lines.length > 1 || last.endsWith(":") || last.endsWith(",") || last.endsWith(";")) {
                    cut.add(spec.qualifiedName() + " " + arg.paramLabel() + ": \"" + String.join("|", lines) + "\"");
                }
            }
        }
        assertThat(cut).as("description lines that end mid-sentence").isEmpty();
        assertThat(root.getSubcommands()).containsKeys("gui", "analyze", "resend", "run", "sweep", "worker");
    }
}

package org.agora.viz.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.agora.scenarios.cli.Agora;
import org.junit.jupiter.api.Test;

/** {@code agora gui} without a display (these unit tests run headless). */
class GuiCommandTest {

    @Test
    void withoutADisplayItSaysSoInOneLineAndExitsWithBadInput() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = Agora.execute(new String[] {"gui", "test-walkers"}, new PrintWriter(out, true), new PrintWriter(err, true));
        assertThat(status).isEqualTo(Agora.BAD_INPUT);
        assertThat(err.toString().strip()).startsWith("agora gui: no display").doesNotContain("\n").contains("xvfb-run");
    }

    @Test
    void anUnknownScenarioIsBadInput() {
        StringWriter err = new StringWriter();
        int status = Agora.execute(new String[] {"gui", "no-such-scenario"}, new PrintWriter(new StringWriter(), true),
                new PrintWriter(err, true));
        assertThat(status).isEqualTo(Agora.BAD_INPUT);
        assertThat(err.toString()).contains("unknown scenario 'no-such-scenario'");
    }

    @Test
    void theCommandLineListsIt() {
        StringWriter out = new StringWriter();
        Agora.execute(new String[] {"--help"}, new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
        assertThat(out.toString()).contains("gui");
    }
}

package org.agora.viz.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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
    void anUnreachableDisplayIsOneLineAndBadInputNotAStackTrace() throws Exception {
        Path javaHome = Path.of(System.getProperty("java.home"), "bin", "java");
        ProcessBuilder builder = new ProcessBuilder(javaHome.toString(), "-cp", System.getProperty("java.class.path"),
                Agora.class.getName(), "gui", "test-walkers");
        builder.environment().put("DISPLAY", "127.0.0.1:97");
        builder.redirectErrorStream(true);
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isEqualTo(Agora.BAD_INPUT);
        assertThat(output.strip().lines()).as(output).containsExactly("agora gui: cannot open a window on the display "
                + "'127.0.0.1:97' (is an X server running there?); without one, run it under Xvfb: xvfb-run ./agora gui test-walkers");
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

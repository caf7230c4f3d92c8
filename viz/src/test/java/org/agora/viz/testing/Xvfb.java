package org.agora.viz.testing;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/**
 * A virtual X server (Xvfb) on a display number it picks itself among the free ones
 * ({@code -displayfd}), for the GUI tests of a machine without a display. Stopped when the test
 * run ends (JUnit closes it with the root store of the extension context).
 */
final class Xvfb implements AutoCloseable {

    /** A common laptop screen: too small for the GUI's windows at their preferred sizes side by side. */
    private static final String SCREEN = "1600x1000x24";

    private final Process process;
    private final String display;

    private Xvfb(Process process, String display) {
        this.process = process;
        this.display = display;
    }

    /** Starts a server; fails with a message that says what to install if Xvfb is absent. */
    static Xvfb start(Path log) throws IOException, InterruptedException {
        String executable = findXvfb();
        Files.createDirectories(log.getParent());
        ProcessBuilder builder = new ProcessBuilder(executable, "-displayfd", "1", "-screen", "0", SCREEN,
                "-nolisten", "tcp", "-ac")
                .redirectError(log.toFile());
        Process process = builder.start();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.US_ASCII));
        String number = out.readLine();
        if (number == null || !number.strip().matches("\\d+")) {
            process.destroyForcibly();
            process.waitFor(5, TimeUnit.SECONDS);
            throw new IllegalStateException("Xvfb did not report a display number (see " + log + ")");
        }
        Xvfb server = new Xvfb(process, ":" + number.strip());
        Runtime.getRuntime().addShutdownHook(new Thread(server::close, "xvfb-stop"));
        return server;
    }

    private static String findXvfb() {
        for (String folder : System.getenv().getOrDefault("PATH", "/usr/bin:/bin").split(":")) {
            Path candidate = Path.of(folder, "Xvfb");
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        throw new IllegalStateException("the GUI tests need an X display: DISPLAY is not set and Xvfb is not installed "
                + "(apt-get install xvfb x11-utils fonts-dejavu-core)");
    }

    /** The display name, for example {@code :1}. */
    String display() {
        return display;
    }

    @Override
    public void close() {
        if (process.isAlive()) {
            process.destroy();
            try {
                if (!process.waitFor(5, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                process.destroyForcibly();
            }
        }
    }
}

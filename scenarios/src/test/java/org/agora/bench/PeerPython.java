package org.agora.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What a peer's Python code (a study run beside Agora) needs from this machine. */
final class PeerPython {

    private static final Pattern NO_MODULE = Pattern.compile("No module named '([^']+)'");

    private PeerPython() {
    }

    /**
     * What {@code python} lacks to import {@code modules} ("PYTHON with the module X"), or null if it
     * imports them all. Blocks while the interpreter runs.
     */
    static String missing(String python, String... modules) {
        try {
            Process process = new ProcessBuilder(python, "-c", "import " + String.join(", ", modules))
                    .redirectErrorStream(true).start();
            String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            if (process.waitFor() == 0) {
                return null;
            }
            Matcher module = NO_MODULE.matcher(output);
            return python + " with " + (module.find() ? "the module " + module.group(1) : String.join(", ", modules));
        } catch (IOException | InterruptedException e) {
            return "a working interpreter at " + python;
        }
    }

    /** The environment variable {@code name}, or {@code fallback} when it is unset or blank. */
    static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}

package org.agora.viz.testing;

import java.awt.Rectangle;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The top-level windows as the X server holds them, asked with {@code xwininfo} (Debian package
 * {@code x11-utils}) on this process's display. Without a window manager, as under Xvfb, AWT's own
 * record of a window's bounds is not read back from the server (not even by
 * {@code getLocationOnScreen}), so a test that wants to know what a user sees asks the server.
 */
public final class XServerWindows {

    /** One line of {@code xwininfo -root -children}: {@code 0x2000ec "title": ("res" "class")  960x540+0+100  +0+100}. */
    private static final Pattern CHILD = Pattern.compile(
            "^\\s*0x\\p{XDigit}+ \"(.*)\": \\(.*\\)\\s+(\\d+)x(\\d+)\\+-?\\d+\\+-?\\d+\\s+\\+(-?\\d+)\\+(-?\\d+)\\s*$");

    private XServerWindows() {
    }

    /**
     * The named children of the root window with their bounds on the screen; a name held by
     * several windows keeps the first that xwininfo lists.
     */
    public static Map<String, Rectangle> byTitle() throws IOException, InterruptedException {
        Process xwininfo = new ProcessBuilder("xwininfo", "-root", "-children").redirectErrorStream(true).start();
        String out = new String(xwininfo.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!xwininfo.waitFor(30, TimeUnit.SECONDS) || xwininfo.exitValue() != 0) {
            throw new IllegalStateException("xwininfo failed (apt-get install x11-utils): " + out);
        }
        return parse(out);
    }

    static Map<String, Rectangle> parse(String xwininfoOutput) {
        Map<String, Rectangle> windows = new LinkedHashMap<>();
        for (String line : xwininfoOutput.split("\n")) {
            Matcher child = CHILD.matcher(line);
            if (child.matches()) {
                windows.putIfAbsent(child.group(1), new Rectangle(Integer.parseInt(child.group(4)), Integer.parseInt(child.group(5)),
                        Integer.parseInt(child.group(2)), Integer.parseInt(child.group(3))));
            }
        }
        return windows;
    }
}

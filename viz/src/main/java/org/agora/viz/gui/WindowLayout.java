package org.agora.viz.gui;

import java.awt.Dimension;
import java.awt.Rectangle;
import java.util.ArrayList;
import java.util.List;

/**
 * Where the windows of {@code agora gui} go on a screen so that none covers another: the Console
 * in the bottom-right corner; the family's displays where they were put (the top-left corner),
 * within the screen, and narrowed or shortened where they would reach under the Console (they
 * scroll); the charts in the largest free space right of or below the displays, shrunk to fit it.
 * On a screen too small for any free space the charts keep their size at the top-left corner.
 *
 * <p>Pure arithmetic on rectangles in screen pixels, so that it can be checked on any screen size.
 */
final class WindowLayout {

    /** Where each window goes. */
    record Placement(List<Rectangle> displays, Rectangle charts, Rectangle console) {

        /** Every window, the displays first, then the charts and the Console. */
        List<Rectangle> all() {
            List<Rectangle> all = new ArrayList<>(displays);
            all.add(charts);
            all.add(console);
            return all;
        }
    }

    private WindowLayout() {
    }

    /**
     * @param screen the screen's usable bounds
     * @param displays the display windows' bounds as their families placed them
     * @param console the Console's size
     * @param charts the charts window's preferred size
     */
    static Placement arrange(Rectangle screen, List<Rectangle> displays, Dimension console, Dimension charts) {
        int consoleWidth = Math.min(console.width, screen.width);
        int consoleHeight = Math.min(console.height, screen.height);
        Rectangle consoleAt = new Rectangle(screen.x + screen.width - consoleWidth, screen.y + screen.height - consoleHeight,
                consoleWidth, consoleHeight);

        List<Rectangle> placed = new ArrayList<>();
        Rectangle used = new Rectangle(screen.x, screen.y, 0, 0);
        for (Rectangle display : displays) {
            Rectangle within = display.intersection(screen);
            Rectangle clear = clearOf(within.isEmpty() ? new Rectangle(screen.x, screen.y, Math.min(display.width,
                    screen.width), Math.min(display.height, screen.height)) : within, consoleAt);
            placed.add(clear);
            used = used.union(clear);
        }

        int right = screen.x + screen.width;
        int bottom = screen.y + screen.height;
        Rectangle[] free = {
            span(used.x + used.width, screen.y, right, consoleAt.y),                 // right of the displays, above the Console
            span(used.x + used.width, screen.y, consoleAt.x, bottom),                // right of the displays, left of the Console
            span(screen.x, used.y + used.height, consoleAt.x, bottom),               // below the displays, left of the Console
            span(screen.x, used.y + used.height, right, consoleAt.y),                // below the displays, above the Console
        };
        Rectangle chartsAt = new Rectangle(screen.x, screen.y, charts.width, charts.height);
        long best = 0;
        for (Rectangle space : free) {
            int width = Math.min(charts.width, space.width);
            int height = Math.min(charts.height, space.height);
            if (width > 0 && height > 0 && (long) width * height > best) {
                best = (long) width * height;
                chartsAt = new Rectangle(space.x, space.y, width, height);
            }
        }
        return new Placement(List.copyOf(placed), chartsAt, consoleAt);
    }

    /** {@code window} cut so that it does not reach under {@code console}: the cut that keeps more of it. */
    private static Rectangle clearOf(Rectangle window, Rectangle console) {
        if (!window.intersects(console)) {
            return window;
        }
        int narrower = console.x - window.x;
        int shorter = console.y - window.y;
        long keptNarrower = narrower > 0 ? (long) narrower * window.height : 0;
        long keptShorter = shorter > 0 ? (long) window.width * shorter : 0;
        if (keptNarrower == 0 && keptShorter == 0) {
            return window;
        }
        return keptNarrower >= keptShorter ? new Rectangle(window.x, window.y, narrower, window.height)
                : new Rectangle(window.x, window.y, window.width, shorter);
    }

    /** The rectangle from (x0, y0) to (x1, y1), empty if they are the wrong way round. */
    private static Rectangle span(int x0, int y0, int x1, int y1) {
        return new Rectangle(x0, y0, Math.max(0, x1 - x0), Math.max(0, y1 - y0));
    }
}

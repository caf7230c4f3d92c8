package org.agora.viz.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Rectangle;
import java.util.Map;
import org.junit.jupiter.api.Test;

class XServerWindowsTest {

    private static final String LISTING = """

            xwininfo: Window id: 0x50d (the root window) (has no name)

              Root window id: 0x50d (the root window) (has no name)
              Parent window id: 0x0 (none)
                 5 children:
                 0x2000fc "Agora — v2x-merge": ("org-agora-Main" "org-agora-Main")  380x380+1220+620  +1220+620
                 0x200103 "sun-awt-X11-XIconWindow": ()  16x16+0+0  +0+0
                 0x2000ec "Charts — v2x-merge": ("org-agora-Main" "org-agora-Main")  960x540+0+100  +0+100
                 0x2000eb (has no name): ()  1x1+-1+-1  +-1+-1
                 0x2000ea "Charts — v2x-merge": ("org-agora-Main" "org-agora-Main")  960x540+0+0  +0+0

            """;

    @Test
    void readsEachNamedWindowsPlaceOnTheScreenAndSize() {
        Map<String, Rectangle> windows = XServerWindows.parse(LISTING);

        assertThat(windows).containsOnlyKeys("Agora — v2x-merge", "sun-awt-X11-XIconWindow", "Charts — v2x-merge");
        assertThat(windows.get("Agora — v2x-merge")).isEqualTo(new Rectangle(1220, 620, 380, 380));
        assertThat(windows.get("Charts — v2x-merge")).as("the first listed of two with one name").isEqualTo(new Rectangle(0, 100, 960, 540));
    }
}

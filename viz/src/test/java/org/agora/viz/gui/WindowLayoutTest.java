package org.agora.viz.gui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Dimension;
import java.awt.Rectangle;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class WindowLayoutTest {

    private static final Rectangle LAPTOP = new Rectangle(0, 0, 1600, 1000);
    /** The Console's size as MASON makes it. */
    private static final Dimension CONSOLE = new Dimension(380, 380);

    private static void assertNoneCoversAnother(Rectangle screen, WindowLayout.Placement placement) {
        List<Rectangle> all = placement.all();
        for (int i = 0; i < all.size(); i++) {
            assertThat(screen.contains(all.get(i))).as("%s within %s", all.get(i), screen).isTrue();
            assertThat(all.get(i).isEmpty()).as("%s empty", all.get(i)).isFalse();
            for (int j = i + 1; j < all.size(); j++) {
                assertThat(all.get(i).intersects(all.get(j))).as("%s covering %s", all.get(i), all.get(j)).isFalse();
            }
        }
    }

    @Test
    void onALaptopTheCommonsChartsGoBelowItsDisplayAndTheConsoleInTheCorner() {
        WindowLayout.Placement placement = WindowLayout.arrange(LAPTOP, List.of(new Rectangle(0, 0, 1057, 581)), CONSOLE,
                new Dimension(960, 540));
        assertNoneCoversAnother(LAPTOP, placement);
        assertThat(placement.displays()).containsExactly(new Rectangle(0, 0, 1057, 581));
        assertThat(placement.charts()).isEqualTo(new Rectangle(0, 581, 960, 419));
        assertThat(placement.console()).isEqualTo(new Rectangle(1220, 620, 380, 380));
    }

    @Test
    void onALaptopTheSmallCellChartsGoRightOfItsTallDisplay() {
        WindowLayout.Placement placement = WindowLayout.arrange(LAPTOP, List.of(new Rectangle(0, 0, 837, 861)), CONSOLE,
                new Dimension(960, 540));
        assertNoneCoversAnother(LAPTOP, placement);
        assertThat(placement.charts()).isEqualTo(new Rectangle(837, 0, 763, 540));
    }

    @Test
    void withoutADisplayTheChartsKeepTheirSizeAtTheTopLeft() {
        WindowLayout.Placement placement = WindowLayout.arrange(LAPTOP, List.of(), CONSOLE, new Dimension(480, 270));
        assertNoneCoversAnother(LAPTOP, placement);
        assertThat(placement.charts()).isEqualTo(new Rectangle(0, 0, 480, 270));
    }

    @Test
    void aDisplayReachingUnderTheConsoleIsCutWhereItKeepsMore() {
        Rectangle screen = new Rectangle(0, 0, 1366, 768);
        WindowLayout.Placement placement = WindowLayout.arrange(screen, List.of(new Rectangle(0, 0, 1057, 581)), CONSOLE,
                new Dimension(960, 540));
        assertNoneCoversAnother(screen, placement);
        assertThat(placement.displays()).containsExactly(new Rectangle(0, 0, 986, 581));
    }

    @Property
    void onAnyScreenTheWindowsStayOnItAndNoneCoversAnother(
            @ForAll @IntRange(min = 1024, max = 3840) int screenWidth, @ForAll @IntRange(min = 600, max = 2160) int screenHeight,
            @ForAll @IntRange(min = 0, max = 100) int screenX, @ForAll @IntRange(min = 0, max = 60) int screenY,
            @ForAll @IntRange(min = 100, max = 4000) int displayWidth, @ForAll @IntRange(min = 50, max = 3000) int displayHeight,
            @ForAll @IntRange(min = 200, max = 1200) int chartsWidth, @ForAll @IntRange(min = 150, max = 900) int chartsHeight,
            @ForAll boolean withDisplay) {
        Rectangle screen = new Rectangle(screenX, screenY, screenWidth, screenHeight);
        List<Rectangle> displays = withDisplay ? List.of(new Rectangle(screenX, screenY, displayWidth, displayHeight)) : List.of();
        WindowLayout.Placement placement = WindowLayout.arrange(screen, displays, CONSOLE, new Dimension(chartsWidth, chartsHeight));
        assertNoneCoversAnother(screen, placement);
    }
}

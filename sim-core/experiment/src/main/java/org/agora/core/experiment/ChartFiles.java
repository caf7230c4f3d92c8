package org.agora.core.experiment;

import java.nio.file.Path;
import java.util.List;

/**
 * The chart files a sweep drew, or why it drew none.
 *
 * @param files the files written (PNG and SVG), in order
 * @param note why there are none (no renderer installed, nothing varies, a failure); null if drawn
 */
public record ChartFiles(List<Path> files, String note) {

    public ChartFiles {
        files = List.copyOf(files);
    }

    /** No chart files, for the reason given. */
    public static ChartFiles none(String why) {
        return new ChartFiles(List.of(), why);
    }
}

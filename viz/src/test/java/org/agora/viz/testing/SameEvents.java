package org.agora.viz.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/** Compares two events files line by line, naming the first line that differs. */
public final class SameEvents {

    private SameEvents() {
    }

    public static void assertSameLines(Path actual, Path expected) throws IOException {
        List<String> got = Files.readAllLines(actual);
        List<String> want = Files.readAllLines(expected);
        for (int i = 0; i < Math.min(got.size(), want.size()); i++) {
            assertThat(got.get(i)).as("line %d of %s against %s", i + 1, actual, expected).isEqualTo(want.get(i));
        }
        assertThat(got).as("lines of %s", actual).hasSameSizeAs(want);
    }
}

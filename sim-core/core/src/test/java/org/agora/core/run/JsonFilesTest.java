package org.agora.core.run;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Writing JSON files on a disk that is full. */
class JsonFilesTest {

    @TempDir
    Path dir;

    @Test
    void aFileThatMustStayWholeKeepsItsOldContentWhenTheDiskIsFull() throws Exception {
        try (SmallDisk disk = SmallDisk.mount(dir, "1m")) {
            Path checkpoint = disk.path().resolve("checkpoint.json");
            // three pages of the file system, nearly: the next version needs a fourth
            JsonFiles.writeWhole(checkpoint, Map.of("state", "x".repeat(3 * 4096 - 200)));
            String before = Files.readString(checkpoint);
            disk.fillUp();

            assertThatThrownBy(() -> JsonFiles.writeWhole(checkpoint, Map.of("state", "y".repeat(3 * 4096 + 200))))
                    .isInstanceOf(UncheckedIOException.class).hasMessageContaining("no space left on device");

            assertThat(checkpoint).hasContent(before);
            assertThat(disk.path().resolve("checkpoint.json.tmp")).doesNotExist();
        }
    }
}

package org.agora.core.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import org.agora.core.config.JsonMapping;

/** Writes the small JSON files of a run (summary, manifest) atomically: a reader sees the old file or the new one. */
public final class JsonFiles {

    private JsonFiles() {
    }

    /** The mapper for reading run files: the shared {@link JsonMapping#mapper()}. */
    public static ObjectMapper mapper() {
        return JsonMapping.mapper();
    }

    /**
     * Writes {@code value} as indented JSON to {@code file}, through a temporary file and a rename.
     * If the disk is full, the temporary file is removed and the file is rewritten in place (its
     * old content frees the room the new one needs; a reader may then see it half-written).
     *
     * @throws UncheckedIOException saying what could not be written and the system's reason
     */
    public static void write(Path file, Object value) {
        write(file, value, true);
    }

    /**
     * Writes {@code value} as indented JSON to {@code file}, through a temporary file and a rename,
     * and never in place: if the disk is full, the file keeps its old content whole. For a file
     * that is worth more whole and old than new and cut, such as a training's checkpoint.
     *
     * @throws UncheckedIOException saying what could not be written and the system's reason
     */
    public static void writeWhole(Path file, Object value) {
        write(file, value, false);
    }

    private static void write(Path file, Object value, boolean inPlaceIfFull) {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        byte[] bytes;
        try {
            byte[] json = JsonMapping.indented().writeValueAsBytes(value);
            bytes = java.util.Arrays.copyOf(json, json.length + 1);
            bytes[json.length] = '\n';
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
        try {
            Files.write(temporary, bytes);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            try {
                Files.deleteIfExists(temporary);
                if (inPlaceIfFull && IoFailure.fullDisk(e, file) != null && Files.exists(file)) {
                    Files.write(file, bytes);
                    return;
                }
            } catch (IOException again) {
                e.addSuppressed(again);
            }
            throw IoFailure.unchecked("cannot write " + file, e);
        }
    }
}

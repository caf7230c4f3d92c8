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

    /** Writes {@code value} as indented JSON to {@code file}, through a temporary file and a rename. */
    public static void write(Path file, Object value) {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            byte[] bytes = JsonMapping.indented().writeValueAsBytes(value);
            Files.write(temporary, bytes);
            Files.write(temporary, new byte[] {'\n'}, java.nio.file.StandardOpenOption.APPEND);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}

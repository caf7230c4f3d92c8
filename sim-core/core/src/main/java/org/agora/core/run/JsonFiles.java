package org.agora.core.run;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/** Writes the small JSON files of a run (summary, manifest) atomically: a reader sees the old file or the new one. */
public final class JsonFiles {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .enable(SerializationFeature.INDENT_OUTPUT)
            .build();

    private JsonFiles() {
    }

    /** The mapper used for run files, for readers of them. */
    public static ObjectMapper mapper() {
        return MAPPER;
    }

    /** Writes {@code value} as indented JSON to {@code file}, through a temporary file and a rename. */
    public static void write(Path file, Object value) {
        Path temporary = file.resolveSibling(file.getFileName() + ".tmp");
        try {
            byte[] bytes = MAPPER.writeValueAsBytes(value);
            Files.write(temporary, bytes);
            Files.write(temporary, new byte[] {'\n'}, java.nio.file.StandardOpenOption.APPEND);
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + file, e);
        }
    }
}
